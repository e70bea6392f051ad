package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * A unit column's "điểm" on a row of a rate: percentage points. The class: a goal table's row whose
 * indicator names a rate ("tỷ lệ") and whose unit cell is "điểm" or "điểm phần trăm" alone, as
 * qdnd.vn's 2019 table of chỉ tiêu gives "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo tiếp cận đa
 * chiều | điểm | 1-1,5": the rate goes down by 1 to 1,5 points of percent. A row of a score ("Chỉ
 * số PAR INDEX | điểm | 85") names no rate, and its points stay a count of points.
 */
final class PointsOfARate {
  private PointsOfARate() {}

  private static final Pattern POINTS = Pattern.compile("diem(?:\\s+phan\\s+tram)?");

  private static final Pattern RATE = Pattern.compile("\\bty\\s+le\\b");

  /**
   * Whether {@code unit} is "điểm" of the rate {@code indicator} names: points of percent.
   *
   * @param unit the row's unit cell
   * @param indicator the row's indicator cell
   */
  static boolean isPercentPoints(String unit, String indicator) {
    String u = VietnameseText.fold(unit.strip()).replaceAll("\\s+", " ");
    return POINTS.matcher(u).matches()
        && RATE.matcher(VietnameseText.fold(indicator).replaceAll("\\s+", " ")).find();
  }
}
