package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A news page's headline that restates figures its body sets as goals. A headline is a summary:
 * when it sets no goal by itself (no word of intent, no deadline opening it: "Tinh gọn bộ máy: Công
 * chức cắt giảm 15%, viên chức tối thiểu 10% đến hết 2026") and a sentence of the body sets each of
 * its figures ("Bộ Nội vụ đề xuất cắt giảm biên chế mạnh, công chức giảm 15%, viên chức tối thiểu
 * 10%, …"), the targets are the body's; the headline's figures are not counted again. A headline
 * with a word of intent ("Hải Phòng phấn đấu Top 3 cả nước …") or opening on its deadline ("Đến năm
 * 2025, 80% hồ sơ …") states a goal of its own and keeps it, unless the body states the same goal
 * (below).
 *
 * <p>The page's other short lines, subheadings and captions ("80% hộ gia đình kinh doanh ở Lạng Sơn
 * sẽ có gian hàng số", "Kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 20%"), are summaries
 * too: one that sets no goal by itself (no word of intent, no deadline opening it) and whose figure
 * a longer line of the body gives again, in most of its words, is counted once, in the body.
 *
 * <p>A headline, subheading or photo caption with a word of intent or a deadline that repeats a
 * goal the body states (the same comparator, value and unit, on a longer line holding most of its
 * words: "Vĩnh Phúc phấn đấu 100% người dân được cấp định danh và xác thực điện tử" over "100%
 * người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được cấp định danh và xác thực điện tử
 * …", "Chính phủ đặt mục tiêu năm 2025 giảm ít nhất 30% thời gian … Ảnh: Nhã Chi") is the body's
 * goal told again and is counted once, in the body; one whose goal the body does not state keeps
 * it. A photo caption is a line that ends on its credit ("Ảnh: …", "(Ảnh mh)"), however long.
 */
final class RestatedHeadline {
  private RestatedHeadline() {}

  /**
   * The targets of an article without those its headline restates.
   *
   * @param headline the page's headline (its title)
   * @param text the page's text
   * @param targets the targets read from the whole page, headline first
   */
  static List<Target> withoutRestated(String headline, String text, List<Target> targets) {
    if (targets.isEmpty()) {
      return targets;
    }
    int lead = 0;
    while (lead < targets.size() && headline.contains(targets.get(lead).text())) {
      lead++;
    }
    if (lead == 0 || lead == targets.size()) {
      return targets;
    }
    List<Target> body = targets.subList(lead, targets.size());
    if (Goals.intentStart(headline) >= 0
        || TimeAhead.opensOnDeadline(VietnameseText.fold(headline))) {
      // a goal of its own, unless a sentence of the body says it again word for word
      return saidAgainInASentence(headline, text) ? List.copyOf(body) : targets;
    }
    for (Target t : targets.subList(0, lead)) {
      if (body.stream().noneMatch(b -> sameFigure(t, b))) {
        return targets;
      }
    }
    return List.copyOf(body);
  }

  /**
   * True when the headline is one line of the text and a longer line says it again word for word
   * ("Hướng tới mục tiêu trở thành 1 trong 5 địa phương dẫn đầu cả nước về chuyển đổi số" in "… để
   * hướng tới mục tiêu trở thành 1 trong 5 địa phương dẫn đầu cả nước về chuyển đổi số và xây dựng
   * chính quyền điện tử vào năm 2025"): the same statement, counted once, in the body.
   */
  private static boolean saidAgainInASentence(String headline, String text) {
    String h = VietnameseText.fold(headline).strip();
    if (h.isEmpty()) {
      return false;
    }
    int alone = 0;
    boolean inLonger = false;
    for (String line : WrappedLines.join(TargetExtractor.plain(text))) {
      String l = VietnameseText.fold(line).strip();
      if (l.equals(h)) {
        alone++;
      } else if (l.contains(h)) {
        inLonger = true;
      }
    }
    return alone == 1 && inLonger;
  }

  /** The most words of a short line: a subheading or a caption, not a sentence of a paragraph. */
  private static final int SHORT_LINE_WORDS = 20;

  /**
   * The targets of an article without those its summary lines (subheadings, photo captions, a
   * headline the reader did not take as the title, the headline's own line when it sets a goal by
   * itself) restate. A target read from a summary line that sets no goal by itself is left out when
   * a target of the same figure is read from a longer line holding at least half of the summary's
   * words; one read from a summary line with a word of intent or a deadline, when a target of the
   * same goal (comparator, value and unit) is.
   *
   * @param headline the page's headline (its title), whose line, when it opens the page (with a
   *     dateline or a time around it) and sets no goal by itself, is left to {@link
   *     #withoutRestated}; empty if none
   * @param text the page's text
   * @param targets the targets read from the whole page, in order
   */
  static List<Target> withoutRestatedShortLines(
      String headline, String text, List<Target> targets) {
    if (targets.size() < 2) {
      return targets;
    }
    List<String> lines = new ArrayList<>();
    for (String line : WrappedLines.join(TargetExtractor.plain(text))) {
      lines.add(line.strip());
    }
    String title = VietnameseText.fold(headline).strip();
    int first = 0;
    while (first < lines.size() && lines.get(first).isEmpty()) {
      first++;
    }
    int[] at = readFrom(lines, targets);
    if (at == null) {
      return targets;
    }
    // each line is looked at once, however many targets it holds: a sentence of 4,000 goals is
    // one line, and looking at it once per target made the reading grow with their square
    int opening = first;
    Map<Integer, Boolean> summaryLine = new HashMap<>();
    // a tag or listing page's headline, printed twice, is a summary whatever its length
    Set<String> twice = ListingHeadline.printedTwice(lines);
    boolean[] summary = new boolean[targets.size()];
    for (int k = 0; k < targets.size(); k++) {
      // the page's opening line is its headline, printed with its full stop or not ("Tỷ lệ người
      // dân tham gia BHYT phải đạt từ 85% trở lên.", where the reader took a caption for the title)
      int l = at[k];
      summary[k] =
          summaryLine.computeIfAbsent(
              l,
              i ->
                  isSummary(lines.get(i))
                      || (i == opening && isHeadline(lines.get(i)))
                      || twice.contains(lines.get(i)));
    }
    Map<Integer, String> statedLine = new HashMap<>();
    Map<Integer, Boolean> ownGoalLine = new HashMap<>();
    List<Target> kept = new ArrayList<>();
    for (int k = 0; k < targets.size(); k++) {
      String line = lines.get(at[k]);
      boolean titleLine =
          at[k] == first && !title.isEmpty() && VietnameseText.fold(line).contains(title);
      // the words the line states: the headline without the dateline or time around it, a
      // caption without its credit
      String stated =
          titleLine ? headline : statedLine.computeIfAbsent(at[k], i -> withoutCredit(line));
      boolean ownGoal = ownGoalLine.computeIfAbsent(at[k], i -> setsGoalByItself(stated));
      if (titleLine ? !ownGoal : !summary[k]) {
        // a headline without a goal of its own is left to withoutRestated
        kept.add(targets.get(k));
        continue;
      }
      boolean restated = false;
      for (int j = 0; j < targets.size() && !restated; j++) {
        restated =
            !summary[j]
                && at[j] != at[k]
                && (ownGoal
                    ? sameGoal(targets.get(k), targets.get(j))
                    : sameFigure(targets.get(k), targets.get(j)))
                && mostWordsIn(stated, lines.get(at[j]));
      }
      if (!restated) {
        kept.add(targets.get(k));
      }
    }
    return kept.size() == targets.size() ? targets : List.copyOf(kept);
  }

  /**
   * The targets of an article without those read from a headline, subheading or caption that sets
   * no goal: a summary line (or the headline's own line) with no word of intent, no deadline
   * opening it, no threshold and no future ("Cắt giảm, đơn giản hoá 100% điều kiện đầu tư kinh
   * doanh không cần thiết", a subheading taken for the title of thoibaotaichinh's page on Quyết
   * định 84/QĐ-BTC) gives a figure of the page, not a goal; the sentence that sets a goal is the
   * body's. A short line that stands in a list (after a line announcing it, or next to another
   * short line with a figure) is an item of a list of chỉ tiêu, not a subheading, and keeps its
   * figure.
   *
   * @param headline the page's headline (its title); empty if none
   * @param text the page's text
   * @param targets the targets read from the whole page, in order
   */
  static List<Target> withoutBareSummaries(String headline, String text, List<Target> targets) {
    if (targets.isEmpty()) {
      return targets;
    }
    List<String> lines = new ArrayList<>();
    for (String line : WrappedLines.join(TargetExtractor.plain(text))) {
      lines.add(line.strip());
    }
    int[] at = readFrom(lines, targets);
    if (at == null) {
      return targets;
    }
    String title = VietnameseText.fold(headline).strip();
    int first = 0;
    while (first < lines.size() && lines.get(first).isEmpty()) {
      first++;
    }
    int latestYear = TimeAhead.latestYear(VietnameseText.fold(text));
    int opening = first;
    // each line is judged once, however many targets it holds (a sentence of 4,000 goals is one
    // line)
    Map<Integer, Boolean> bareLine = new HashMap<>();
    List<Target> kept = new ArrayList<>();
    for (int k = 0; k < targets.size(); k++) {
      boolean bare =
          bareLine.computeIfAbsent(
              at[k],
              i -> {
                String line = lines.get(i);
                boolean titleLine =
                    i == opening && !title.isEmpty() && VietnameseText.fold(line).contains(title);
                String stated = titleLine ? headline : withoutCredit(line);
                boolean summary =
                    titleLine
                        || (isSummary(line) && !inList(lines, i))
                        || (i == opening && isHeadline(line));
                return summary
                    && !setsGoalByItself(stated)
                    && !TimeAhead.looksAhead(stated, VietnameseText.fold(stated), latestYear);
              });
      if (!bare) {
        kept.add(targets.get(k));
      }
    }
    return kept.size() == targets.size() ? targets : List.copyOf(kept);
  }

  /**
   * True when line {@code i} stands in a list: the line before it announces one ("… các chỉ tiêu:")
   * or a line next to it is another short line with a figure ("Tỷ lệ hồ sơ trực tuyến đạt 80%⏎100%
   * thủ tục hành chính được công khai"), so that it is an item of a list of chỉ tiêu, not a
   * subheading.
   */
  private static boolean inList(List<String> lines, int i) {
    int before = i - 1;
    while (before >= 0 && lines.get(before).isEmpty()) {
      before--;
    }
    int after = i + 1;
    while (after < lines.size() && lines.get(after).isEmpty()) {
      after++;
    }
    if (before >= 0 && lines.get(before).endsWith(":")) {
      return true;
    }
    return (before >= 0 && shortFigure(lines.get(before)))
        || (after < lines.size() && shortFigure(lines.get(after)));
  }

  /** A short line with a percentage: an item of a list of figures. */
  private static boolean shortFigure(String line) {
    return line.indexOf('%') >= 0 && line.split("\\s+").length <= SHORT_LINE_WORDS;
  }

  /**
   * The index of the line each target was read from, in order; {@code null} when a target's text is
   * on no line.
   */
  private static int[] readFrom(List<String> lines, List<Target> targets) {
    int[] at = new int[targets.size()];
    int cursor = 0;
    for (int k = 0; k < targets.size(); k++) {
      String t = targets.get(k).text();
      int found = -1;
      for (int i = cursor; i < lines.size() && found < 0; i++) {
        if (lines.get(i).contains(t)) {
          found = i;
        }
      }
      if (found < 0) {
        return null;
      }
      at[k] = found;
      cursor = found;
    }
    return at;
  }

  /** The line without a caption's credit at its end; the line itself when it has none. */
  private static String withoutCredit(String line) {
    int credit = PhotoCaption.creditStart(VietnameseText.fold(line));
    return credit >= 0 ? line.substring(0, credit).strip() : SiteSummaryLines.withoutCredit(line);
  }

  /**
   * A summary line: a photo caption (a line ending on its credit, of any length), or a short line
   * of at most {@link #SHORT_LINE_WORDS} words that ends no sentence and is no list item (a
   * subheading, a caption in a table cell).
   */
  private static boolean isSummary(String cell) {
    if (!withoutCredit(cell).equals(cell) || SiteSummaryLines.is(cell)) {
      // a caption, or a site's closing line quoting the headline (SiteSummaryLines)
      return true;
    }
    // a caption in a table cell: its bars are no words
    String line = cell.replace('|', ' ').strip();
    if (line.isEmpty() || GoalHeadings.isListItem(VietnameseText.fold(line))) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last == '.' || last == ';' || last == ':' || last == '!' || last == '?' || last == ',') {
      return false;
    }
    if (line.indexOf("; ") >= 0) {
      // clauses of a sentence the page's excerpt cut off ("Tỷ trọng trong GRDP của ngành công
      // nghiệp - xây dựng chiếm khoảng 27%; ngành dịch vụ chiếm kh", congluan.vn's last line): a
      // subheading lists no clauses
      return false;
    }
    return line.split("\\s+").length <= SHORT_LINE_WORDS;
  }

  /** A headline: one sentence of at most {@link #SHORT_LINE_WORDS} words, its full stop or not. */
  private static boolean isHeadline(String line) {
    String l = line.replace('|', ' ').strip();
    return !l.isEmpty()
        && !GoalHeadings.isListItem(VietnameseText.fold(l))
        && Sentences.sentences(l).size() == 1
        && l.split("\\s+").length <= SHORT_LINE_WORDS;
  }

  /** True when a line sets a goal by itself: a word of intent, or a deadline opening it. */
  private static boolean setsGoalByItself(String line) {
    return Goals.intentStart(line) >= 0 || TimeAhead.opensOnDeadline(VietnameseText.fold(line));
  }

  /** True when at least half of the words of {@code shortLine} are words of {@code line}. */
  private static boolean mostWordsIn(String shortLine, String line) {
    Set<String> words = new HashSet<>(List.of(VietnameseText.fold(line).split("[^\\p{L}\\d]+")));
    String[] own = VietnameseText.fold(shortLine).split("[^\\p{L}\\d]+");
    int n = 0;
    int in = 0;
    for (String w : own) {
      if (!w.isEmpty()) {
        n++;
        if (words.contains(w)) {
          in++;
        }
      }
    }
    return n > 0 && 2 * in >= n;
  }

  /** The same goal: the same comparator, value and unit. */
  private static boolean sameGoal(Target a, Target b) {
    return a.comparator() == b.comparator() && sameFigure(a, b);
  }

  private static boolean sameFigure(Target a, Target b) {
    return a.unit().equals(b.unit())
        && a.value().isPresent()
        && b.value().isPresent()
        && a.value().get().compareTo(b.value().get()) == 0;
  }
}
