package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A section of tasks in a text whose figures are results by default (a Thông báo kết luận, a
 * report): its heading names the tasks or the solutions to carry out, or the proposals made ("III.
 * NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ" of the Government Office's Thông báo 624/TB-VPCP of 2025,
 * "II. MỘT SỐ KIẾN NGHỊ CỦA TỈNH" of its Thông báo 648/TB-VPCP, "II. NHIỆM VỤ THỜI GIAN TỚI"). What
 * it asks for is to be done, so a figure told there without a word of a result is a goal ("Hoàn
 * thành mục tiêu 100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến", "số hoá 100% dữ
 * liệu văn bằng, chứng chỉ trong năm 2026"), as in a plan; a figure told as a result ("đến nay mới
 * đạt 39,5%") stays a result. The section ends at a heading of results or at another heading of the
 * top level that opens no section of tasks.
 */
final class TaskSection {
  private TaskSection() {}

  /** On a folded heading: the tasks, the solutions, the proposals; not their results. */
  private static final Pattern TASKS =
      Pattern.compile("\\b(?:nhiem\\s+vu|giai\\s+phap|kien\\s+nghi|de\\s+xuat)\\b");

  /** True when the folded heading opens a section of tasks (and not one of results). */
  static boolean opens(String foldedHeading, Boolean resultHeading) {
    return resultHeading != Boolean.TRUE && TASKS.matcher(foldedHeading).find();
  }
}
