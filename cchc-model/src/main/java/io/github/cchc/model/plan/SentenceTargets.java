package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The targets of one sentence: each percentage with its qualifier, each rank and each relative
 * target is a figure; its subject is read after or before it, a list of values shares the subject
 * of the first, and a share held down turns its comparator to a ceiling.
 */
final class SentenceTargets {
  /** The longest text of a value that shares the subject of an earlier one in its sentence. */
  private static final int MAX_LIST_TEXT = 600;

  private static final Pattern IMPROVE =
      Pattern.compile(
          "(?:tiep\\s+tuc\\s+)?\\b(?:cai\\s+thien|tang|cao|nang\\s+cao|tot)"
              + "(?:\\s+hon\\s+(?:so\\s+voi\\s+)?|\\s+so\\s+voi\\s+)"
              + "(?:ket\\s+qua\\s+)?(?:danh\\s+gia\\s+)?(?:cua\\s+)?"
              + "nam\\s+(?<year>\\d{4})");

  /**
   * Goals themselves just before an {@link #IMPROVE} comparison, on folded text: "một số chỉ tiêu
   * đề ra tăng so với năm 2023" (baobackan on Bắc Kạn's 16 goals for 2024) says the goals are set
   * higher than the year before, not that an indicator is to improve on it.
   */
  private static final Pattern GOALS_COMPARED =
      Pattern.compile(
          "\\b(?:chi|muc)\\s+tieu(?:\\s+(?:de\\s+ra|dat\\s+ra|duoc\\s+giao|giao|ke\\s+hoach))?\\s*$");

  /**
   * Units picked out by a share of their own, just before the figure that picks them, on folded
   * text: "các xã có tỷ lệ hộ nghèo cao trên 25%" (baothuathienhue.vn on Huế's poverty plan), "các
   * huyện có tỷ lệ hộ nghèo trên 30%": a condition on whom a goal after it is for, not a goal.
   */
  private static final Pattern GROUP_DEFINED =
      Pattern.compile(
          "\\b(?:xa|phuong|huyen|tinh|dia\\s+phuong|don\\s+vi|doanh\\s+nghiep|vung|thon|ban|ho)"
              + "\\s+co\\s+t[yi]\\s+(?:le|trong)\\b[^,;:.%()]{0,50}$");

  /** How far before a figure {@link #GROUP_DEFINED} looks. */
  private static final int MAX_GROUP = 90;

  /**
   * A figure found in a sentence. {@code bare}: a percentage with no qualifier of direction, or
   * only "chiếm" ("chiếm 42%"), whose comparator the subject may still turn; {@code high}: the
   * upper end of a range ("từ 13,9% đến 31%": 31), else null; {@code level}: a percentage after
   * "đạt" alone ({@link Qualifiers#LEVEL_ONLY}).
   */
  private record Hit(
      int start,
      int end,
      Comparison comparison,
      BigDecimal value,
      TargetUnit unit,
      Integer baseYear,
      boolean subjectAfter,
      boolean clauseStart,
      boolean bare,
      BigDecimal high,
      boolean level) {

    /** A rank target: within the first {@code rank}. */
    static Hit rank(int start, int end, String rank) {
      return new Hit(
          start,
          end,
          Comparison.RANK_WITHIN,
          new BigDecimal(rank),
          TargetUnit.RANK,
          null,
          false,
          false,
          false,
          null,
          false);
    }
  }

  /**
   * Adds the targets of one sentence to {@code out}, but none of the figures that start before
   * {@code from} (they still bound the parts of the sentence the others take their subjects from).
   */
  static void extractSentence(String s, List<Target> out, int from) {
    extractSentence(s, out, from, new int[] {0, 0});
  }

  /**
   * As {@link #extractSentence(String, List, int)}, and none of the figures that start inside
   * {@code estimated} ({@code [start, end)}: the figures a sentence gives as estimated results).
   */
  static void extractSentence(String s, List<Target> out, int from, int[] estimated) {
    if (s.indexOf('%') < 0 && !mayHaveRelativeOrRank(s)) {
      return;
    }
    String f = VietnameseText.fold(s);
    if (f.length() != s.length()) {
      throw new IllegalStateException("folding changed the length of: " + s);
    }
    if ((RuleTextQuoted.is(f) || CriterionOfRecognition.is(f)) && !GoalOfRuleText.sets(s)) {
      // the text of a rule of law, quoted or proposed: its rates and limits (RuleTextQuoted); the
      // criteria of a recognition (CriterionOfRecognition)
      return;
    }
    List<Hit> hits = new ArrayList<>();
    boolean percent = f.indexOf('%') >= 0;
    // a dash-joined series of three or more sector shares is no range: one figure a sector
    List<SectorSeries.Item> series = SectorSeries.in(f);
    for (SectorSeries.Item it : series) {
      hits.add(
          new Hit(
              it.start(),
              it.end(),
              it.ceiling() ? Comparison.LE : Comparison.GE,
              it.value(),
              TargetUnit.PERCENT,
              null,
              false,
              false,
              false,
              null,
              false));
    }
    Matcher m = Qualifiers.PERCENT.matcher(percent ? f : "");
    while (m.find()) {
      if ((m.start() > 0 && Character.isDigit(f.charAt(m.start() - 1)))
          || SectorSeries.covers(series, m.start(), m.end())) {
        continue;
      }
      int start = m.start();
      String qual = null;
      Matcher q = Qualifiers.QUALIFIER.matcher(f);
      q.region(Math.max(0, start - 30), start);
      q.useTransparentBounds(true);
      if (q.find()) {
        qual = q.group();
        start = q.start();
      }
      if (qual != null
          && qual.strip().equals("tu")
          && m.group("tail") == null
          && Qualifiers.CHANGE_TO.matcher(f).region(m.end(), f.length()).lookingAt()) {
        // the base a change starts from, not a goal: "từ 4,0% xuống còn 3,3 - 3,5%"
        continue;
      }
      if (ChangeBase.bounded(f, qual, start, m.end(), m.group("tail"))) {
        // a bounded base: "từ trên 20% hiện nay xuống dưới 10%" (ChangeBase)
        continue;
      }
      if (PayNorm.is(f, start, m.end())) {
        // a pay norm of a legal text: "được hưởng 85% lương bậc 2" (PayNorm)
        continue;
      }
      if (MarginOnPrescribedLevel.is(f, start, m.end())) {
        // "cao hơn từ trên 15% đến không quá 30% so với mức giá quy định": a norm's margin
        // (MarginOnPrescribedLevel)
        continue;
      }
      if (RateApplied.is(f, start)) {
        // a rate a rule applies: "theo mức chi phí quản lý bằng 1,7%" (RateApplied)
        continue;
      }
      if (ShortOfStandard.is(f, m.start(), m.end())) {
        // "các đơn vị hành chính cấp xã chưa đạt 50% tiêu chuẩn": a criterion (ShortOfStandard)
        continue;
      }
      if (ReachedInBrackets.is(f, m.start(), m.end())) {
        // "(đến nay mới đạt 39,5%)", a tally's "(đạt 62,8%)": reached, not to reach
        continue;
      }
      String low = m.group("low");
      BigDecimal num = new BigDecimal(m.group("num").replace(',', '.'));
      BigDecimal value = low != null ? new BigDecimal(low.replace(',', '.')) : num;
      // a bare percentage opening a clause ("..., 100% đơn vị cấp xã"): its subject follows it
      int before = start;
      while (before > 0 && f.charAt(before - 1) == ' ') {
        before--;
      }
      boolean clauseStart =
          qual == null
              && (before == 0 || f.charAt(before - 1) == ',' || f.charAt(before - 1) == ';');
      Comparison cmp = Qualifiers.comparison(qual, m.group("tail"), value);
      Comparison sign = qual == null ? ComparisonSign.before(f, start) : null;
      if (sign != null) {
        // "< 3%", "≥ 95%": the sign is the word of comparison
        cmp = sign;
      }
      if (cmp == Comparison.GE
          && Qualifiers.COUNT_DOWN_SHARE
              .matcher(f)
              .region(Math.max(0, start - Qualifiers.MAX_COUNT_DOWN), start)
              .useTransparentBounds(true)
              .find()) {
        cmp = Comparison.LE;
      }
      // "xuống 2% so với năm 2023": a cut of 2 points, not a level of 2%
      cmp = DownAgainstBaseYear.turned(f, qual, m.end(), cmp);
      // "không còn xã nào có trên 15% hộ nghèo": no unit above, every unit at most
      cmp = NoneBeyond.turned(f, start, cmp);
      // "Duy trì tỷ lệ phường đạt chuẩn … 100%": a level kept, at least (MaintainedLevel)
      cmp = MaintainedLevel.turned(f, start, cmp);
      hits.add(
          new Hit(
              start,
              m.end(),
              cmp,
              value,
              TargetUnit.PERCENT,
              null,
              true,
              clauseStart,
              (qual == null || Qualifiers.SHARE_ONLY.matcher(qual).matches())
                  && m.group("tail") == null,
              low != null ? num : null,
              qual != null
                  && Qualifiers.LEVEL_ONLY.matcher(qual).matches()
                  && m.group("tail") == null));
    }
    Matcher r = Ranks.RANK.matcher(f.contains("nhom") || f.contains("top") ? f : "");
    while (r.find()) {
      if (RatingBand.is(f, r.end())) {
        // "nhóm 1 (nhóm cao)": a rating's band, no place (RatingBand)
        continue;
      }
      hits.add(Hit.rank(r.start(), r.end(), r.group("rank")));
    }
    // a rank group whose size is written in words: "nhóm ba nước dẫn đầu" (RankInWords)
    for (int[] w : RankInWords.in(f)) {
      hits.add(Hit.rank(w[0], w[1], String.valueOf(w[2])));
    }
    Matcher listed = Ranks.LISTED_RANK.matcher(hits.isEmpty() ? "" : f);
    while (listed.find()) {
      if (overlaps(hits, listed.start(), listed.end())
          || hits.stream()
              .noneMatch(h -> h.unit() == TargetUnit.RANK && h.end() <= listed.start())) {
        continue;
      }
      hits.add(Hit.rank(listed.start(), listed.end(), Ranks.listedRank(listed)));
    }
    Matcher leaders = Ranks.ONE_OF_LEADERS.matcher(f.contains("trong") ? f : "");
    while (leaders.find()) {
      if (overlaps(hits, leaders.start(), leaders.end())) {
        continue;
      }
      hits.add(Hit.rank(leaders.start(), leaders.end(), leaders.group("rank")));
    }
    Matcher atMost = Ranks.PLACE_AT_MOST.matcher(f.indexOf('≤') >= 0 || f.contains("<=") ? f : "");
    while (atMost.find()) {
      if (!overlaps(hits, atMost.start(), atMost.end())) {
        hits.add(Hit.rank(atMost.start(), atMost.end(), atMost.group("rank")));
      }
    }
    Matcher place = Ranks.PLACE.matcher(f.indexOf('/') >= 0 ? f : "");
    boolean placed = !hits.isEmpty() && hits.get(hits.size() - 1).unit() == TargetUnit.RANK;
    while (place.find()) {
      if ((place.group("lead") == null && !placed) || overlaps(hits, place.start(), place.end())) {
        continue;
      }
      placed = true;
      hits.add(Hit.rank(place.start(), place.end(), place.group("rank")));
    }
    Matcher i = IMPROVE.matcher(f.contains("nam ") ? f : "");
    while (i.find()) {
      if (overlaps(hits, i.start(), i.end())
          || GOALS_COMPARED.matcher(f.substring(Math.max(0, i.start() - 40), i.start())).find()) {
        continue;
      }
      hits.add(
          new Hit(
              i.start(),
              i.end(),
              Comparison.IMPROVE,
              null,
              null,
              Integer.valueOf(i.group("year")),
              false,
              false,
              false,
              null,
              false));
    }
    hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
    // The first target of a sentence sets its orientation: "100% A; 100% B" names each subject
    // after its number, "Tỷ lệ A đạt 30%, tỷ lệ B đạt trên 98%" before it.
    boolean afterMode =
        !hits.isEmpty()
            && hits.get(0).subjectAfter()
            && Subjects.clean(s.substring(0, hits.get(0).start())).isEmpty();
    String shared = "";
    String sharedShown = "";
    boolean lastFromAfter = false;
    List<String> shownSoFar = new ArrayList<>();
    int sharedFrom = 0;
    for (int k = 0; k < hits.size(); k++) {
      Hit h = hits.get(k);
      int segStart = k == 0 ? 0 : hits.get(k - 1).end();
      int segEnd = k + 1 < hits.size() ? hits.get(k + 1).start() : s.length();
      String after = Subjects.clean(s.substring(h.end(), segEnd));
      String before = Subjects.clean(s.substring(segStart, h.start()));
      String subject;
      boolean fromAfter;
      String when = "";
      // "Đồng Tháp phấn đấu trên 92% dân số tham gia …", "giảm gần 4% hộ nghèo": the figure counts
      // the noun after it, the words before it name no measure (ObjectOfFigure). The subject shown
      // is that noun; the words before still turn the figure's comparator as they did
      boolean counted =
          h.subjectAfter()
              && Subjects.words(after) >= 2
              && ObjectOfFigure.counts(f, segStart, h.start(), h.end());
      if (k > 0 && LevelHeldOn.continues(before)) {
        // "… ở mức khoảng 1% vào năm 2015 và ổn định ở mức khoảng 1% vào năm 2020": the measure
        // before held on, its subject left out (LevelHeldOn)
        subject = "";
        fromAfter = false;
      } else if (h.subjectAfter()
          && (afterMode || before.isEmpty() || h.clauseStart())
          && Subjects.words(after) >= 2) {
        subject = after;
        fromAfter = true;
      } else if (!before.isEmpty() && !(Subjects.onlyWhen(before) && Subjects.words(after) >= 2)) {
        subject = before;
        fromAfter = false;
      } else if (!before.isEmpty()) {
        // "Đến năm 2030, ít nhất 80% người dân …": the words before only say when
        subject = after;
        fromAfter = true;
        when = before;
      } else {
        subject = after;
        fromAfter = true;
      }
      Matcher tail = Subjects.TRAILING_NOISE.matcher(VietnameseText.fold(subject));
      if (tail.find()) {
        subject = subject.substring(0, tail.start()).strip();
      }
      subject = Subjects.ownClause(Subjects.ownSentence(subject), fromAfter);
      boolean heldOn = false;
      // a list of values with one subject ("tương ứng 40%, 30%, 20%, 15%"): the value's text runs
      // from where the subject stands, so that it still contains it; a list running on past
      // MAX_LIST_TEXT characters from its subject is no list of a plan and ends there
      if (k > 0 && !shared.isEmpty() && !fromAfter && LevelForLaterYear.only(subject)) {
        // "… 1% vào năm 2015 và ổn định ở mức khoảng 1% vào năm 2020": the subject of the figure
        // before (LevelForLaterYear)
        subject = shared;
        heldOn = true;
      }
      boolean inherited = subject.isEmpty();
      String shown;
      if (inherited) {
        subject = segEnd - sharedFrom <= MAX_LIST_TEXT ? shared : "";
        shown = subject.isEmpty() ? "" : sharedShown;
        if (when.isEmpty()) {
          // the year the subject shared gives, as before
          when = subject;
        }
      } else if (k > 0
          && !sharedShown.isEmpty()
          && !lastFromAfter
          && !counted
          && s.lastIndexOf(';', h.start()) < segStart
          && YearOfSameMeasure.only(before)) {
        // "Tỷ trọng kinh tế số năm 2025 đạt 15-20%, năm 2030 đạt 25-30% GDP": the measure of the
        // figure before, in its own year (YearOfSameMeasure)
        shown = YearOfSameMeasure.measure(sharedShown);
        // "25% đến năm 2025, 40% đến năm 2030": the year before closes the figure before
        when = YearOfSameMeasure.opensOnYear(after) ? after : before;
        shared = subject;
        sharedShown = shown;
        sharedFrom = segStart;
      } else if (k > 0
          && fromAfter
          && before.isEmpty()
          && !lastFromAfter
          && !sharedShown.isEmpty()
          && closesClause(s, h.end())) {
        // "Tỷ trọng nông - lâm - thủy sản, công nghiệp - xây dựng, dịch vụ, thuế sản phẩm tương ứng
        // 26,62%, 28,94%, 39,84% và 4,6%; GRDP bình quân …": the last value of a list closes its
        // clause, its subject is the list's, not the next clause's words
        shown = sharedShown;
        when = subject;
      } else {
        shown = heldOn ? sharedShown : subject;
        if (counted && !fromAfter && !heldOn) {
          shown = Subjects.counted(after);
          // the year the words before give, as before
          when = subject;
        }
        shared = subject;
        sharedShown = shown;
        sharedFrom = segStart;
      }
      if (!inherited && h.unit() == TargetUnit.RANK) {
        // "Thuộc nhóm 20 địa phương dẫn đầu cả nước về ứng dụng, chuyển giao khoa học, công nghệ
        // …": the field after "về" when the words before name no measure (RankAbout)
        String field = RankAbout.field(s, f, segStart, h.start(), h.end(), segEnd);
        if (!field.isEmpty()) {
          shown = field;
          if (when.isEmpty()) {
            // the year the words before the rank give, as before
            when = subject;
          }
        }
      }
      if (!inherited && !fromAfter && !counted && k > 0 && WhenAndHow.only(shown)) {
        // "…, tỉ lệ hộ nghèo toàn tỉnh còn 5,65%, giảm 2,2% so với năm 2017; phấn đấu đến cuối
        // năm 2020, giảm còn dưới 3%": the measure of the figures before (WhenAndHow)
        String measure = MeasureOfResult.last(shownSoFar);
        if (!measure.isEmpty()) {
          shown = measure;
          if (when.isEmpty()) {
            when = subject;
          }
        }
      }
      if (!inherited) {
        // "đưa tỉ lệ hộ nghèo trong tỉnh từ 11,5% xuống còn 9%": not the level the change starts
        // from (ChangeBase)
        shown = ChangeBase.leftOut(shown);
        if (fromAfter || counted) {
          // "… số xã đạt chuẩn nông thôn mới, trong đó có khoảng 40% …": not the next figure's
          // words
          shown = Subjects.withoutLeadIn(shown);
        }
        sharedShown = shown;
      }
      lastFromAfter = fromAfter && !inherited;
      shownSoFar.add(shown);
      if (subject.isEmpty()) {
        continue;
      }
      if (h.start() < from || (h.start() >= estimated[0] && h.start() < estimated[1])) {
        continue;
      }
      if (k + 1 < hits.size()
          && h.unit() == TargetUnit.PERCENT
          && GROUP_DEFINED
              .matcher(f)
              .region(Math.max(0, h.start() - MAX_GROUP), h.start())
              .useTransparentBounds(true)
              .find()) {
        // a figure that says which units a goal is for: "tỷ lệ hộ nghèo tại các xã có tỷ lệ hộ
        // nghèo cao trên 25% giảm từ 4% trở lên" (the 4% is the goal)
        continue;
      }
      if (h.unit() == TargetUnit.PERCENT && UnitsPickedOut.before(f, h.start())) {
        // a figure that picks out units no subject of the sentence: "được triển khai ở các xã,
        // thôn miền núi có tỷ lệ hộ dân tộc thiểu số từ 15% trở lên" (UnitsPickedOut)
        continue;
      }
      // one target: the sentence; several: each its own part of it, so that the output stays
      // proportional to the input however many targets a sentence lists
      String text = hits.size() == 1 ? s : clause(s, inherited ? sharedFrom : segStart, segEnd);
      Comparison comparison = h.comparison();
      BigDecimal value = h.value();
      if (comparison == Comparison.GE
          && (h.bare()
              || h.high() != null
              || (h.level()
                  && (HeldDown.SHARE_OF_STRUCTURE.matcher(VietnameseText.fold(subject)).find()
                      // the farm sector named in a structure, "Cơ cấu kinh tế …: công nghiệp -
                      // xây dựng đạt 36,29%; nông - lâm - ngư nghiệp đạt 20,97%; …"
                      || HeldDown.agricultureShare(f, subject)
                      // the catch's share of fish output (HeldDown.catchShare)
                      || HeldDown.catchShare(f, subject))))
          && (HeldDown.lowerIsBetter(subject)
              || HeldDown.agricultureShare(f, subject)
              || HeldDown.catchShare(f, subject))
          // "giảm 2% A và 1% B": the second a cut too (CutsListed)
          && !(k > 0
              && CutsListed.further(
                  f, hits.get(k - 1).start(), hits.get(k - 1).end(), h.start()))) {
        // a share of what is to come down is a ceiling: bare, "Tỷ lệ lao động nông nghiệp trong
        // tổng lao động năm 2025: 50%", "tỷ lệ bội chi NSNN … bình quân 3,7% GDP"; and a range of
        // it at its worst end, the upper ("tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thấp còi theo
        // vùng miền từ 13,9% đến 31%": at most 31)
        comparison = Comparison.LE;
        if (h.high() != null) {
          value = h.high();
        }
      } else if ((comparison == Comparison.LE || comparison == Comparison.LT) && h.high() != null) {
        // a ceiling given as a range is at its worst end too, the upper: "Tỷ lệ hộ nghèo giảm còn
        // 2,5-3,5%" (xã Phúc Khánh's goals for 2030, dantri.com.vn) is at most 3,5
        value = h.high();
      }
      TargetBuilder b = Target.builder().text(text).subject(shown).comparator(comparison);
      if (value != null) {
        b.value(value).unit(h.unit());
      }
      if (h.baseYear() != null) {
        b.baseYear(h.baseYear());
      }
      List<String> ids = TargetExtractor.indicators(shown);
      if (h.comparison() == Comparison.RANK_WITHIN) {
        ids = SubjectIndicators.ranks(ids);
      }
      if (!ids.isEmpty()) {
        b.indicator(ids.get(0)).additionalIndicators(ids.subList(1, ids.size()));
      }
      Subjects.year(when.isEmpty() ? shown : when, h.baseYear()).ifPresent(b::year);
      Matcher sc = Subjects.SCOPE.matcher(VietnameseText.fold(shown));
      if (sc.find()) {
        b.scope(shown.substring(sc.start(), sc.end()).strip());
      }
      out.add(b.build());
    }
  }

  /**
   * True when the figure ending at {@code end} closes its clause: a ';', a full stop or the end.
   */
  private static boolean closesClause(String s, int end) {
    int i = end;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i == s.length() || s.charAt(i) == ';' || s.charAt(i) == '.';
  }

  /** The part {@code s[from, to)} of a sentence, without the separators around it. */
  private static String clause(String s, int from, int to) {
    while (from < to
        && (Character.isWhitespace(s.charAt(from)) || ",;:".indexOf(s.charAt(from)) >= 0)) {
      from++;
    }
    while (to > from
        && (Character.isWhitespace(s.charAt(to - 1)) || ",;".indexOf(s.charAt(to - 1)) >= 0)) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * A cheap test before folding: only these words can start a relative or a rank target ("tốp", the
   * Vietnamese spelling of "top", too: "đặt mục tiêu đưa tỉnh lọt tốp 10 cả nước về chỉ số năng lực
   * cạnh tranh cấp tỉnh (PCI)", thanhnien.vn on Khánh Hòa's 2025 congress).
   */
  private static boolean mayHaveRelativeOrRank(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.contains("nhóm")
        || l.contains("top")
        || l.contains("tốp")
        || l.contains(" trong ")
        || l.contains("so với")
        || l.contains("hơn")
        || l.indexOf('/') >= 0
        || l.indexOf('≤') >= 0
        || l.contains("<=");
  }

  private static boolean overlaps(List<Hit> hits, int start, int end) {
    for (Hit h : hits) {
      if (start < h.end() && h.start() < end) {
        return true;
      }
    }
    return false;
  }

  private SentenceTargets() {}
}
