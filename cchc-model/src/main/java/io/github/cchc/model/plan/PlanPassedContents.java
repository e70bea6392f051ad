package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * What a plan holds, told right after the sentence that tells it passed or issued, on folded text:
 * "… hội nghị đã dành thời gian thảo luận và thông qua Nghị quyết về nhiệm vụ phát triển kinh tế -
 * xã hội 5 năm 2021 - 2025 của huyện A Lưới. Trong đó, cơ cấu kinh tế … nông nghiệp chiếm 45%, dịch
 * vụ chiếm 35% và công nghiệp chiếm 20%." (baothuathienhue). "Trong đó, …" there opens the plan's
 * content, as "Theo đó, …" does after a plan issued ({@link PlanJustIssued}): its figures are the
 * plan's goals until one is told as a result. Elsewhere "Trong đó" opens a part of what the
 * sentence before told, results as often as goals, and is left to the other rules.
 */
final class PlanPassedContents {
  /** A plan passed, issued or approved: "thông qua Nghị quyết về …", "ban hành Kế hoạch …". */
  private static final Pattern PASSED =
      Pattern.compile(
          "\\b(?:ban\\s+hanh|phe\\s+duyet|thong\\s+qua)\\s+(?:(?:cac|mot)\\s+)?"
              + "(?:ke\\s+hoach|chuong\\s+trinh|de\\s+an|chien\\s+luoc|quy\\s+hoach|nghi\\s+quyet)\\b");

  /** A sentence opening on "Trong đó, …". */
  private static final Pattern IN_IT = Pattern.compile("^(?:[-–•+*]\\s*)?trong\\s+do\\s*,");

  private PlanPassedContents() {}

  /** True when the (folded) sentence tells a plan passed, issued or approved. */
  static boolean tellsPassed(String folded) {
    return PASSED.matcher(folded).find();
  }

  /** True when the (folded) sentence opens on "Trong đó, …". */
  static boolean opensOnContents(String folded) {
    return IN_IT.matcher(folded).lookingAt();
  }
}
