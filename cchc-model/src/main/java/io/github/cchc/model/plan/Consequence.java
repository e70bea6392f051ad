package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A figure told as the consequence of something ("khiến", "làm cho") is what happened or would
 * happen, not a level set to reach: "Việc giảm công suất này khiến GRDP năm 2025 giảm khoảng 0,8%."
 * (nld.com.vn on Khánh Hòa's 2025 growth, below its plan of 8,1%), "… ảnh hưởng uy tín của bộ máy
 * hành chính công vụ, khiến mức độ hài lòng chỉ đạt 92,58%". A sentence saying so is told as a
 * result ({@link ResultWords#toldAsResult}). "Việc làm cho" is jobs for someone, no cause ("giải
 * quyết việc làm cho khoảng 84 - 85% …").
 */
final class Consequence {
  private Consequence() {}

  /** "khiến" or "làm cho" before a figure in the same clause, on folded text. */
  private static final Pattern CAUSED =
      Pattern.compile("\\b(?:khien|(?<!viec\\s)lam\\s+cho)\\s+[^.;:]{0,80}?\\d+(?:[,.]\\d+)?\\s?%");

  /** True when the (folded) sentence gives a figure as the consequence of something. */
  static boolean told(String folded) {
    return CAUSED.matcher(folded).find();
  }
}
