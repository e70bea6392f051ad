package io.github.cchc.model.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The goal a result is judged against, its figure after the goal's own name. The class: a verdict
 * on a result, "vượt", "chưa đạt", "không đạt", "cao hơn", "thấp hơn" or a goal not completed,
 * "(không thể) hoàn thành" after "không" or "chưa" ("Năm 2022, TP.HCM đã không thể hoàn thành mục
 * tiêu giải ngân vốn đầu tư công trên 95%", vov.vn), followed by the goal it judges by and the
 * goal's figure: "vượt mục tiêu tối thiểu 85% của Thành phố" (tttt.danang.gov.vn on Đà Nẵng's
 * online services in 2022), "(vượt chỉ tiêu toàn quốc là 60%)" (vnmedia.vn), "vượt chỉ tiêu Nghị
 * quyết đề ra là 1%" (thvl.vn on Vĩnh Long's poverty), "(chưa đạt mục tiêu đề ra, trên 20%)"
 * (kinhtetrunguong.vn on Thanh Hóa's GRDP); and the plan's level named after the verdict: "thấp hơn
 * mức 8,1% theo kế hoạch" (nld.com.vn on Khánh Hòa's 2025 growth); and the goal's figure in
 * parentheses after its words: "vượt mức kế hoạch đề ra cho cả năm 2007 (16%)" (mpi.gov.vn's 2007
 * report on industry), "vượt kế hoạch đề ra (2,5%/năm)" (baomoi.com on Đắk Lắk), a range too ("GRDP
 * tăng 7,61%, vượt so với kế hoạch HĐND tỉnh giao (7 - 7,5%)", vietnamnet on Bình Định's 2023). The
 * goal's measure may stand between its name and its bound: "ước tăng 10,2% (vượt mục tiêu tăng trên
 * 9%)" (haiduongdost on Hải Dương's 2024), the goal to grow by more than 9%; after "là" too, with
 * up to eight words naming the goal ("không đạt mục tiêu đề ra tại Đại hội XI của Đảng là tăng từ
 * 7% đến 7,5%/năm", the Wikipedia page of Vietnam's economy). The goal's figure is a goal, the
 * result beside it stays a result.
 *
 * <p>A bare figure after the goal's name (no "là", no word of a bound, no comma) may be the margin
 * instead ("tăng 7,36% so với năm 2016 (vượt mục tiêu Nghị quyết 0,36%)",
 * xuctiendautuhagiang.gov.vn on Hà Giang's 2017): it is read as the goal only when it is at least
 * half the percentage the sentence reports before it ("57,8% lao động … (vượt mục tiêu 50%)"),
 * since a margin past a goal is smaller than half the level reached unless the goal was less than
 * half of it.
 */
final class GoalVerdict {
  private GoalVerdict() {}

  private static final String FIGURE = "\\d{1,3}(?:[,.]\\d+)?\\s?%";

  /** A percentage or a range of them: "16%", "7 - 7,5%". */
  private static final String RANGE =
      "\\d{1,3}(?:[,.]\\d+)?(?:\\s?[-–]\\s?\\d{1,3}(?:[,.]\\d+)?)?\\s?%";

  private static final String GOAL = "(?:muc\\s+tieu|chi\\s+tieu|ke\\s+hoach)";

  /**
   * The level a body set, named by who set it: "mức Quốc hội đề ra", "mức do Quốc hội đề ra" (the
   * Wikipedia page on Vietnam's economy: "tỷ lệ lạm phát … ước khoảng 22,97%, cao hơn nhiều mức
   * Quốc hội đề ra là dưới 8,5 – 9%"); "mức" alone is any level.
   */
  private static final String LEVEL_SET =
      "muc(?=(?:\\s+do)?(?:\\s+[a-z]+){1,5}?\\s+(?:da\\s+)?(?:de|dat)\\s+ra\\b)";

  /**
   * Who set the goal, after its figure: "vượt chỉ tiêu 6,7% do Quốc hội đề ra" (the same page on
   * 2017); part of the goal's name, no word of intent of the sentence.
   */
  private static final String SET_BY =
      "(?:\\s+(?:do|cua)(?:\\s+[a-z]+){1,5}?\\s+(?:da\\s+)?(?:de\\s+ra|dat\\s+ra|giao)\\b)?";

  /**
   * On folded text: the verdict, the goal's name with up to five words naming whose or which it is
   * ("toàn quốc", "Nghị quyết đề ra", "của Thành phố"), then "là", a comma or a word of a bound,
   * and the figure.
   */
  private static final Pattern VERDICT =
      Pattern.compile(
          "\\b(?:vuot|(?:chua|khong)\\s+dat|(?:cao|thap)\\s+hon(?:\\s+nhieu)?"
              // a goal not completed: "đã không thể hoàn thành mục tiêu giải ngân … trên 95%"
              + "|(?:chua|khong)(?:\\s+the)?\\s+hoan\\s+thanh)\\s+(?:so\\s+voi\\s+)?"
              + "(?<goal>(?:"
              + GOAL
              + "|"
              + LEVEL_SET
              // "đầu tư" folds to "dau tu", whose "tu" is no bound ("từ") there
              + ")(?:\\s+(?:dau\\s+tu\\b|(?!la\\b|tren\\b|duoi\\b|khoang\\b|tu\\b|toi\\s|it\\s|va\\b|tang\\b|giam\\b|dat\\b)(?:[a-z]+|\\d{4}\\b))){0,8}?"
              + "(?<lead>\\s*,\\s*|\\s+la\\s+(?:(?:tang|giam|dat)\\s+"
              + "(?=(?:toi\\s+thieu|toi\\s+da|tren|duoi|khoang|tu|it\\s+nhat)\\s))?|\\s+(?:(?:tang|giam|dat)\\s+)?"
              + "(?=(?:toi\\s+thieu|toi\\s+da|tren|duoi|khoang|tu|it\\s+nhat)\\s))?"
              + "\\s*(?:(?:toi\\s+thieu|toi\\s+da|tren|duoi|khoang|tu|it\\s+nhat)\\s+)?"
              + "(?<figure>"
              + RANGE
              + ")(?:\\s?/\\s?nam)?"
              + SET_BY
              + ")");

  /**
   * On folded text: the goal's figure in parentheses after the verdict and the goal's words, with
   * no figure between: "tăng 17,5% vượt mức kế hoạch đề ra cho cả năm 2007 (16%)", "đạt mức tăng
   * trưởng cao hơn kế hoạch đề ra cho toàn ngành (16%)" (the Ministry of Planning and Investment's
   * report on industry in the first two months of 2007, a TCVN3 file on mpi.gov.vn).
   */
  private static final Pattern VERDICT_PARENTHESISED =
      Pattern.compile(
          "\\b(?:vuot|(?:chua|khong)\\s+dat|(?:cao|thap)\\s+hon)\\s+(?:muc\\s+)?(?:so\\s+voi\\s+)?"
              + "(?<goal>"
              + GOAL
              + "(?:\\s+(?!va\\b|tang\\b|giam\\b|dat\\b)(?:[a-z]+|\\d{4}\\b)){0,8}?\\s*\\(\\s*(?<figure>"
              + RANGE
              + ")(?:\\s?/\\s?nam)?\\s*\\))");

  /** On folded text: "thấp hơn mức 8,1% theo kế hoạch", "cao hơn mức 6% của chỉ tiêu". */
  private static final Pattern LEVEL_OF_PLAN =
      Pattern.compile(
          "\\b(?:cao|thap)\\s+hon\\s+(?:so\\s+voi\\s+)?muc\\s+(?<goal>"
              + FIGURE
              + "\\s+(?:theo|cua)\\s+(?:"
              + GOAL
              + "|nghi\\s+quyet))"
              // the result set against the level the goal names, its bound before the figure: "bình
              // quân đạt 3,81%, đạt so với mức trên 3% mục tiêu kế hoạch Thủ tướng Chính phủ giao"
              // (mic.gov.vn on the ethnic minorities' poverty in 2023)
              + "|\\b(?:(?:cao|thap)\\s+hon|dat)\\s+so\\s+voi\\s+muc\\s+(?<boundedGoal>"
              + "(?:(?:tren|duoi|toi\\s+thieu|khoang)\\s+)?"
              + FIGURE
              + "\\s+(?:(?:theo|cua)\\s+)?"
              + GOAL
              + ")");

  /** A percentage, for the result a bare figure is weighed against. */
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[,.]\\d+)?)\\s?%");

  /**
   * An indicator named as the subject of its result, on folded text: "chỉ tiêu tổng sản phẩm trên
   * địa bàn (GRDP) Khánh Hòa ước đạt …" (nld.com.vn): "chỉ tiêu" names the measure, it sets
   * nothing.
   */
  private static final Pattern INDICATOR_SUBJECT =
      Pattern.compile(
          "\\bchi\\s+tieu(?=(?:\\s+[a-z()]+){1,10}?\\s+(?:uoc\\s+)?(?:dat|tang|giam)\\b)");

  /**
   * The spans of the goals the folded sentence judges its results against, each from the goal's
   * name (or its figure) to the figure, when the rest of {@code sentence} (the sentence as given,
   * judged by {@link Goals#besides}) sets no goal of its own; empty otherwise.
   */
  static List<int[]> spans(String folded, String sentence) {
    List<int[]> out = spans(folded);
    if (out.isEmpty()) {
      return out;
    }
    String others = INDICATOR_SUBJECT.matcher(Goals.besides(sentence, out)).replaceAll(" ");
    return Goals.intent(others) ? List.of() : out;
  }

  /**
   * The spans of the goals the folded sentence judges its results against, each from the goal's
   * name (or its figure) to the figure; empty when none.
   */
  static List<int[]> spans(String folded) {
    List<int[]> out = new ArrayList<>();
    Matcher m = VERDICT.matcher(folded);
    while (m.find()) {
      if (m.group("lead") == null && isMargin(folded, m.start(), m.group("figure"))) {
        continue;
      }
      out.add(new int[] {m.start("goal"), m.end("goal")});
    }
    Matcher p = VERDICT_PARENTHESISED.matcher(folded);
    while (p.find()) {
      if (!isMargin(folded, p.start(), p.group("figure"))) {
        out.add(new int[] {p.start("goal"), p.end("goal")});
      }
    }
    Matcher l = LEVEL_OF_PLAN.matcher(folded);
    while (l.find()) {
      String group = l.group("goal") != null ? "goal" : "boundedGoal";
      out.add(new int[] {l.start(group), l.end(group)});
    }
    out.sort((a, b) -> Integer.compare(a[0], b[0]));
    return out;
  }

  /**
   * True when the bare figure is less than half the last percentage the sentence gives before the
   * verdict: the margin by which the result passed or missed the goal, not the goal.
   */
  private static boolean isMargin(String folded, int verdictAt, String figure) {
    Matcher p = PERCENT.matcher(folded.substring(0, verdictAt));
    BigDecimal result = null;
    while (p.find()) {
      result = value(p.group(1));
    }
    Matcher f = PERCENT.matcher(figure);
    if (result == null || !f.find()) {
      return false;
    }
    return value(f.group(1)).multiply(BigDecimal.valueOf(2)).compareTo(result) < 0;
  }

  private static BigDecimal value(String number) {
    return new BigDecimal(number.replace(',', '.'));
  }
}
