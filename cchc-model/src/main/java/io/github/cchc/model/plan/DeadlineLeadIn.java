package io.github.cchc.model.plan;

/**
 * A line of its own that announces a list by the deadline still to come, and nothing else: "Đến năm
 * 2030:" above the population goals of the Chiến lược Dân số Việt Nam (ubmttq.dongnai.gov.vn), "Đến
 * hết năm 2025:", "a) Đến năm 2025:". The lines under it are the goals to reach by then, list items
 * or wrapped paragraphs alike ("Giảm 50% chênh lệch mức sinh …", "giảm 60% số cặp hôn nhân cận
 * huyết thống"), so a reduction or a change by an amount there is a goal, not a result. A year
 * before the latest the text names ("Đến năm 2020:" in a page about 2030) is a past deadline, whose
 * lines may be results; a line that goes on after its colon is a sentence, not a lead-in.
 */
final class DeadlineLeadIn {
  /** The longest lead-in: a deadline and a few words ("Đến năm 2030, tầm nhìn đến năm 2045:"). */
  private static final int MAX_LENGTH = 60;

  private DeadlineLeadIn() {}

  /**
   * True when the line (stripped NFC, and {@code folded}) is a lead-in of goals by a deadline no
   * earlier than {@code latestYear}.
   */
  static boolean announces(String line, String folded, int latestYear) {
    return line.endsWith(":")
        && line.length() <= MAX_LENGTH
        && line.indexOf('%') < 0
        && TimeAhead.deadlineAhead(withoutListMark(folded), latestYear);
  }

  /** The folded line without a list mark such as "a) " or "1. " before the deadline. */
  private static String withoutListMark(String folded) {
    return folded.replaceFirst("^(?:[a-zđ]|\\d{1,2}(?:\\.\\d{1,2})*)[.)]\\s+", "");
  }
}
