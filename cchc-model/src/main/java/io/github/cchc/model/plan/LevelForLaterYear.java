package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * A figure for a later year joined by "và" to the figure before it, naming no subject of its own:
 * "phấn đấu tốc độ tăng dân số ở mức khoảng 1% vào năm 2015 và ổn định ở mức khoảng 1% vào năm
 * 2020" (the population strategy 2011-2020 on baokhanhhoa). The words before it only say when the
 * figure before is due and how the level is kept ("ổn định ở mức", "giữ ở mức", "duy trì ở mức"):
 * its subject is the one of the figure before, so a level held down stays a ceiling. The whole the
 * figure before is a share of may stand before its year: "cơ cấu kinh tế khu vực nông, lâm nghiệp
 * và thuỷ sản chiếm khoảng 29,7% GRDP của tỉnh vào năm 2025 và từ 12,5%– 14,5% GRDP của tỉnh vào
 * năm 2030" (thtg on Tiền Giang's new countryside to 2025: the farm share, at most 14,5).
 */
final class LevelForLaterYear {
  private LevelForLaterYear() {}

  /**
   * On folded text: "vào năm 2015 và ổn định ở mức khoảng", "năm 2015 và giữ ở mức", "vào năm 2015
   * và duy trì ở mức"; the bare "vào năm 2015 và" too, before a figure with its own words of
   * direction ("và xuống 16%") or none; after the base the figure before is a share of ("GRDP của
   * tỉnh vào năm 2025 và", the class comment's Tiền Giang).
   */
  private static final Pattern ONLY_WHEN_AND_LEVEL =
      Pattern.compile(
          "^(?:(?:grdp|gdp)(?:\\s+cua\\s+(?:tinh|thanh\\s+pho|huyen|ca\\s+nuoc))?\\s+)?"
              + "(?:vao\\s+|den\\s+)?(?:(?:het|cuoi)\\s+)?(?:nam\\s+)?(?:19|20)\\d{2}\\s+va"
              + "(?:\\s+(?:on\\s+dinh|giu(?:\\s+vung)?|duy\\s+tri))?(?:\\s+o\\s+muc)?(?:\\s+khoang)?$");

  /**
   * True when the words before a figure only close the figure before with its year and keep its
   * level for a later one: the subject is the figure before's.
   */
  static boolean only(String subject) {
    return ONLY_WHEN_AND_LEVEL.matcher(VietnameseText.fold(subject.strip())).matches();
  }
}
