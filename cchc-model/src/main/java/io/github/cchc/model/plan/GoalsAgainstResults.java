package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goals set against results, on folded text: a goal given beside a result ("đạt 63,47% (mục tiêu
 * 70%)", "45,2%/45%"), a share of a goal ("đạt 76,5% mục tiêu"), which is a result, and a rule
 * sharing out money ("nộp 100% tiền lệ phí …"), which is no goal.
 */
final class GoalsAgainstResults {
  /**
   * The goal a result is set against, in the same sentence: "(mục tiêu 70%)", "(Nghị quyết 6,5%)"
   * (the goal of the resolution a report follows), "trong khi mục tiêu đề ra là 50%", and the goal
   * a result is told to exceed or reach in parentheses: "đạt 100% (vượt so với Nghị quyết đề ra là
   * 40%)", "(đạt so với kế hoạch là 98%)"; and the goal named by the document that set it, its
   * figure in parentheses after it: "vượt 0,05% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU
   * ngày 10/12/2021 của Tỉnh ủy (38%)" (baobariavungtau.com.vn on the province's insurance cover);
   * and the goal a result is told to be above or below in parentheses: "Năm 2025, Tây Ninh đạt tốc
   * độ tăng trưởng kinh tế ước tăng 9,52% (cao hơn chỉ tiêu Chính phủ giao là 9,3%)" (sggp.org.vn);
   * the goal's figure may have a decimal comma ("vượt so với mục tiêu Chính phủ giao là 8,5%",
   * plo.vn on Đồng Nai's 2025: not cut at "8"), and the goal's words end at a clause joined by "và"
   * ("đạt 90,36% so với kế hoạch và đạt 98,24% so với cùng kỳ", nghean24h: a result, the plan has
   * no figure there); the figure in parentheses after the goal may be a yearly one: "bình quân giảm
   * 5,25%/năm; vượt 1,25% so với mục tiêu đề ra (4%/năm)" (infonet on Quảng Ngãi's poverty to
   * 2020), or a range ("GRDP tăng 7,61%, vượt so với kế hoạch HĐND tỉnh giao (7 - 7,5%)",
   * vietnamnet on Bình Định's 2023).
   */
  private static final Pattern CONTRAST_GOAL =
      Pattern.compile(
          "\\(\\s*(?:(?:vuot|dat|bang)\\s+so\\s+voi\\s+|(?:cao|thap)\\s+hon\\s+)?"
              + "(?:muc\\s+tieu|chi\\s+tieu|ke\\s+hoach|nghi\\s+quyet)[^()]*\\)"
              + "|\\b(?:trong\\s+khi|so\\s+voi)\\s+(?:muc\\s+tieu|chi\\s+tieu|ke\\s+hoach)"
              + "(?:(?!\\bva\\s)[^,;()]|(?<=\\d),(?=\\d))*"
              + "(?:\\(\\s*\\d{1,3}(?:[,.]\\d+)?(?:\\s?[-–]\\s?\\d{1,3}(?:[,.]\\d+)?)?\\s?%"
              + "(?:\\s?/\\s?nam)?\\s*\\))?");

  /**
   * A share of a goal, a plan or a budget: "đạt 76,5% mục tiêu", "đạt 42,15% kế hoạch", "đạt 51,8%
   * so với nghị quyết đề ra", "đạt 58% dự toán HĐND tỉnh giao"; and a tally of goals by their
   * state, whose shares are of the goals counted ("15 mục tiêu đang được thực hiện (đạt tỷ lệ
   * 88,2%); 2 mục tiêu có khả năng hoàn thành đến năm 2024, đạt tỷ lệ 11,76%", vneconomy.vn on the
   * digital economy strategy); goals counted as met ("Trong 15 chỉ tiêu chủ yếu, có 12 chỉ tiêu đạt
   * và vượt, như: tỷ lệ hộ nghèo giảm còn 1,5%; …", "10 chỉ tiêu vượt", "8 mục tiêu hoàn thành";
   * not "20 chỉ tiêu đặt ra", folded alike), whose figures are the examples of those met.
   */
  private static final Pattern SHARE_OF_GOAL =
      Pattern.compile(
          "\\d\\s?%\\s+(?:so\\s+voi\\s+)?(?:muc\\s+tieu|ke\\s+hoach|chi\\s+tieu)\\b"
              + "|\\b\\d+\\s+(?:muc\\s+tieu|chi\\s+tieu)\\s+"
              + "(?:da|dang|co\\s+kha\\s+nang|con|chua|vuot|hoan\\s+thanh|dat(?!\\s+ra)(?!\\s+muc))\\b");

  /**
   * A goal reached with its figure in parentheses after it, on folded text: "… giảm 1,17%, đạt chỉ
   * tiêu của Chương trình do Quốc hội, Chính phủ giao (từ 1-1,5%)", "đạt mục tiêu của Chương trình
   * (giảm hơn 3%/năm)" (tayninh.dcs.vn's poverty results): the parentheses hold the goal, the words
   * before them name it. Parentheses that break the result down into its parts, items parted by ";"
   * ("… ước đạt 7%, đạt chỉ tiêu nghị quyết (khu vực I tăng 3,94%; khu vực II tăng 10,3%; khu vực
   * III tăng 8,96%)", sggp.org.vn on Sóc Trăng's 2024), hold results, not the goal.
   */
  private static final Pattern REACHED_GOAL =
      Pattern.compile(
          "\\b(?:dat|vuot)\\s+(?:muc\\s+tieu|chi\\s+tieu)\\b[^.;()]{0,80}?"
              + "(?<goal>\\([^();]*\\d\\s?%[^();]*\\))");

  /**
   * The spans of the goals a sentence sets its results against ("(mục tiêu 70%)", "trong khi mục
   * tiêu đề ra là 50%", "đạt chỉ tiêu … giao (4%)"), when the rest of the sentence has no word of
   * intent of its own; empty otherwise.
   */
  static List<int[]> contrastGoals(String folded) {
    return contrastGoals(folded, folded);
  }

  /**
   * {@link #contrastGoals(String)} with the rest of the sentence judged for a word of intent on
   * {@code judged}, the folded sentence of the same length with its phrases naming goals as reached
   * or missed blanked out ({@link Goals#withoutAttained}).
   */
  static List<int[]> contrastGoals(String folded, String judged) {
    List<int[]> spans = new ArrayList<>();
    boolean slashed = false;
    Matcher sl = SLASH_GOAL.matcher(folded.indexOf('/') >= 0 ? folded : "");
    while (sl.find()) {
      // two shares splitting a whole between two parts named with a slash ("công nghiệp
      // nặng/công nghiệp nhẹ năm 1980 là 37,8%/62,2%") are no result and goal (PartsSplit)
      int clause = sl.start();
      while (clause > 0
          && ";:".indexOf(folded.charAt(clause - 1)) < 0
          && !(folded.charAt(clause - 1) == ',' && folded.charAt(clause) == ' ')) {
        clause--;
      }
      if (PartsSplit.splits(folded, clause, folded.indexOf('%', sl.start()) + 1)) {
        continue;
      }
      // the goal after the slash, its subject after it ("83,2%/50% tổng số xã") or, when nothing
      // follows it in its clause, before the result ("tỷ lệ che phủ rừng 45,2%/45%": the clause,
      // the result taken out where the goal is read)
      int start = sl.start();
      if (!folded.substring(sl.start(), sl.end()).matches(".*%\\s*\\p{L}.*")) {
        start = Math.max(0, folded.lastIndexOf('/', sl.start()));
        // back to the clause's start: a ';', a ':' or a ',' before a space (not "45,2")
        while (start > 0
            && ";:".indexOf(folded.charAt(start - 1)) < 0
            && !(folded.charAt(start - 1) == ',' && folded.charAt(start) == ' ')) {
          start--;
        }
      }
      spans.add(new int[] {start, sl.end()});
      slashed = true;
    }
    Matcher m = CONTRAST_GOAL.matcher(folded);
    StringBuilder rest = new StringBuilder(judged);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      for (int i = m.start(); i < m.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    Matcher r = REACHED_GOAL.matcher(folded);
    while (r.find()) {
      if (spans.stream().anyMatch(s -> s[0] < r.end() && r.start() < s[1])) {
        continue;
      }
      // the goal reached and its figure: "đạt chỉ tiêu … giao (4%)" (its subject, for the figure)
      spans.add(new int[] {r.start(), r.end()});
      for (int i = r.start(); i < r.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    for (int[] span : spans) {
      for (int i = span[0]; i < span[1]; i++) {
        rest.setCharAt(i, ' ');
      }
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    String others = rest.toString();
    if (slashed) {
      // "Nhiều chỉ tiêu Nghị quyết đạt cao như …": the goals counted set none
      others = COUNTED_GOALS.matcher(others).replaceAll(" ");
    }
    if (spans.isEmpty() || Goals.intent(others)) {
      return List.of();
    }
    return spans;
  }

  /**
   * A result and its goal written as a fraction of percentages, on folded text: "tỷ lệ xã đạt chuẩn
   * nông thôn mới 83,2%/50% tổng số xã" (the resolution of Tiền Giang's congress on baoapbac.vn,
   * listing the last term's goals reached): the span is the goal after the slash, with the words
   * that follow it to the end of its clause (its subject).
   */
  private static final Pattern SLASH_GOAL =
      Pattern.compile("(?<=\\d\\s?%\\s?/\\s?)\\d{1,3}(?:[,.]\\d+)?\\s?%[^,;.()/]*");

  /** Goals counted as a report counts them, on folded text: "nhiều chỉ tiêu (Nghị quyết)". */
  private static final Pattern COUNTED_GOALS =
      Pattern.compile(
          "\\b(?:nhieu|hau\\s+het|phan\\s+lon|da\\s+so)\\s+(?:cac\\s+)?(?:chi\\s+tieu|muc\\s+tieu)\\b");

  /**
   * A rule sharing out money, on folded text: a share of a sum paid in, kept or drawn ("Tổ chức thu
   * lệ phí thực hiện nộp 100% tiền lệ phí thu được vào ngân sách nhà nước", "được để lại 90% số
   * tiền phí thu được", "nộp 10% vào ngân sách nhà nước"), as a resolution on fees or a budget rule
   * states it: a rule, not a goal.
   */
  private static final Pattern SHARES_OUT_MONEY =
      Pattern.compile(
          "\\b(?:nop|trich|de\\s+lai|duoc\\s+huong|chi\\s+tra|phan\\s+bo)\\s+(?:lai\\s+)?"
              + "(?:(?:toi\\s+da|it\\s+nhat|toi\\s+thieu)\\s+)?\\d+(?:[,.]\\d+)?\\s?%\\s+"
              + "(?:(?:so\\s+)?tien|so\\s+thu|le\\s+phi|phi\\b|kinh\\s+phi|(?:vao\\s+)?ngan\\s+sach)");

  /** True when the (folded) sentence states a rule sharing out money: "nộp 100% tiền lệ phí …". */
  static boolean sharesOutMoney(String folded) {
    return SHARES_OUT_MONEY.matcher(folded).find();
  }

  static boolean shareOfGoal(String folded) {
    return SHARE_OF_GOAL.matcher(folded).find();
  }

  /** A percentage, on folded text. */
  private static final Pattern PERCENT = Pattern.compile("\\d\\s?%");

  /**
   * True when the (folded) sentence sets a goal of its own after every share of a goal it reports:
   * its word of intent ({@code intentAt}) comes after the last share and a percentage after it, the
   * clause set apart by a semicolon ("Riêng năm 2025, đến nay giải ngân đạt 74,58% kế hoạch Thủ
   * tướng giao và 70,99% kế hoạch UBND tỉnh phân bổ; tỉnh phấn đấu đến cuối năm giải ngân 100%.",
   * dantri on Tây Ninh's 2025): the shares are results, the figure after the word of intent its
   * goal, as a word of intent sets only the figures after it.
   */
  static boolean goalSetAfterShares(String folded, int intentAt) {
    if (intentAt < 0) {
      return false;
    }
    Matcher m = SHARE_OF_GOAL.matcher(folded);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last >= 0
        && intentAt > last
        && folded.lastIndexOf(';', intentAt) >= last
        && PERCENT.matcher(folded).region(intentAt, folded.length()).find();
  }

  private GoalsAgainstResults() {}
}
