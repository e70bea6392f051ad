package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A sentence telling that a plan was issued or approved: "Ngày 1-12, UBND tỉnh Đồng Nai ban hành kế
 * hoạch triển khai thực hiện Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ
 * 2025-2030" (nld.com.vn). The "Theo đó, …" right after it gives what the plan sets: its growth
 * rates and changes by an amount ("Theo đó, tốc độ tăng trưởng GRDP trên địa bàn tỉnh bình quân
 * hằng năm đạt từ 10% - 12%") are goals, as after a word of intent. A plan carried out ("triển khai
 * Kế hoạch …") is not one: what follows it may be its results.
 */
final class PlanJustIssued {
  /** Issued or approved, then the kind of document, on folded text. */
  private static final Pattern ISSUED =
      Pattern.compile(
          "\\b(?:ban\\s+hanh|phe\\s+duyet)\\s+(?:(?:cac|mot)\\s+)?"
              + "(?:ke\\s+hoach|chuong\\s+trinh|de\\s+an|chien\\s+luoc|quy\\s+hoach)\\b");

  private PlanJustIssued() {}

  /**
   * True when the (folded) sentence tells that a plan was issued or approved.
   *
   * @param folded the sentence, folded
   * @return whether it tells a plan issued
   */
  static boolean tells(String folded) {
    return ISSUED.matcher(folded).find();
  }
}
