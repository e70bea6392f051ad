package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A goal named as the yardstick of a result sets only the figures of its own clause. In a sentence
 * told as a result, a goal named as what the result exceeded, reached or fell short of ("vượt xa
 * chỉ tiêu 80% đề ra", "thấp hơn chỉ tiêu kế hoạch được giao (2,75%)", "đạt mục tiêu 95%") is the
 * sentence's word of goals; its figure is the goal, but the clauses after it, parted by a
 * semicolon, go on with the results: "Tỷ lệ dịch vụ công trực tuyến đạt gần 100%, nằm trong top đầu
 * cả nước và vượt xa chỉ tiêu 80% đề ra; 100% dịch vụ công trực tuyến toàn trình được cung cấp, trở
 * thành địa phương đầu tiên trong cả nước công bố hoàn thành mục tiêu này" (huengaynay.vn on Huế's
 * administrative reform in 2025: the 80% is the goal, the 100% a result). A goal named so without
 * its figure in its clause, up to its comma ("Năm 2014, kinh tế tăng trưởng 5,98% …, là năm đầu
 * tiên vượt mức do Quốc hội khóa XIII đề ra nhưng thấp hơn đề ra trong Kế hoạch 5 năm của Quốc hội
 * khóa XIII, trong khi thấp hơn một số nước xung quanh … như Lào (7,4%, …", the Wikipedia page of
 * Vietnam's economy), has nothing to set, as the corpus labels it: the figures after it are all
 * results.
 */
final class GoalAsYardstick {
  /**
   * A goal named as a result's yardstick, on NFC text (folded, "đạt" would be "đặt", to set:
   * "phường đặt mục tiêu …"), ending where its word of goals starts: "vượt (xa) ", "cao hơn ",
   * "thấp hơn ", "đạt ", "bằng ", with "các" or "so với" between.
   */
  private static final Pattern YARDSTICK =
      Pattern.compile(
          "(?<!\\p{L})(?:vượt(?:\\s+xa)?|cao\\s+hơn|thấp\\s+hơn|đạt|bằng)\\s+(?:so\\s+với\\s+)?"
              + "(?:các\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A level or plan a result is measured against, its "đề ra" (at {@code intentAt}) after it, the
   * body that set it between, on NFC text: "vượt mức do Quốc hội khóa XIII ", "thấp hơn kế hoạch ".
   */
  private static final Pattern LEVEL_SET_OUT =
      Pattern.compile(
          "(?<!\\p{L})(?:vượt(?:\\s+xa)?|cao\\s+hơn|thấp\\s+hơn|đạt|bằng)\\s+(?:so\\s+với\\s+)?"
              + "(?:mức|kế\\s+hoạch|kịch\\s+bản)(?!\\p{L})[^,;%\\d]{0,40}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A goal named, on NFC text: "chỉ tiêu", "mục tiêu". */
  private static final Pattern GOAL_NOUN =
      Pattern.compile(
          "(?<!\\p{L})(?:chỉ|mục)\\s+tiêu(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The end of a clause: a comma (not a decimal one) or a semicolon. */
  private static final Pattern CLAUSE_END = Pattern.compile(",(?!\\d)|;");

  /** A percentage. */
  private static final Pattern PERCENT = Pattern.compile("\\d\\s?%");

  /** The longest stretch before a word of goals that {@link #YARDSTICK} looks at. */
  private static final int WINDOW = 30;

  private GoalAsYardstick() {}

  /**
   * The part {@code [start, end)} of an (NFC) sentence told as a result whose figures are results
   * after a goal named as their yardstick at {@code intentAt}: from the semicolon that ends the
   * goal's clause to the end of the sentence; {@code [0, 0)} when the word of goals at {@code
   * intentAt} is no yardstick or its clause runs to the end.
   */
  static int[] resultsAfter(String sentence, int intentAt) {
    if (intentAt <= 0) {
      return new int[] {0, 0};
    }
    Matcher y = YARDSTICK.matcher(sentence);
    y.region(Math.max(0, intentAt - WINDOW), intentAt);
    y.useTransparentBounds(true);
    Matcher named = LEVEL_SET_OUT.matcher(sentence);
    named.region(Math.max(0, intentAt - 2 * WINDOW), intentAt);
    named.useTransparentBounds(true);
    if (!y.find() && !named.find()) {
      return new int[] {0, 0};
    }
    Matcher clause = CLAUSE_END.matcher(sentence);
    int clauseEnd = clause.find(intentAt) ? clause.start() : sentence.length();
    if (!PERCENT.matcher(sentence).region(intentAt, clauseEnd).find()) {
      // the goal named without its figure has nothing to set: every figure after it is told of
      // the results ("là năm đầu tiên vượt mức do Quốc hội khóa XIII đề ra nhưng thấp hơn đề ra
      // trong Kế hoạch 5 năm của Quốc hội khóa XIII, trong khi thấp hơn một số nước xung quanh
      // … như Lào (7,4%, …")
      // up to a goal the sentence names further on with its own figure ("…, và với đà tăng như
      // vậy, không đạt được chỉ tiêu chung cho kế hoạch 5 năm là tăng 6,5% – 7%/năm")
      Matcher further = GOAL_NOUN.matcher(sentence);
      return new int[] {intentAt, further.find(clauseEnd) ? further.start() : sentence.length()};
    }
    int end = sentence.indexOf(';', intentAt);
    if (end < 0) {
      return new int[] {0, 0};
    }
    // up to a word of intent of a clause after it: "…, vượt chỉ tiêu 6% do Quốc hội đề ra; năm 2025
    // phấn đấu tăng trưởng trên 8%"
    int next = Goals.intentStart(sentence.substring(end));
    return new int[] {end, next <= 0 ? sentence.length() : end + next};
  }
}
