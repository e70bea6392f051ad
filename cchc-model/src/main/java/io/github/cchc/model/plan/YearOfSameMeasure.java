package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * A figure for a later year whose words before it name only that year, after a figure whose measure
 * was named before it: "Tỷ trọng kinh tế số năm 2025 đạt 15-20%, năm 2030 đạt 25-30% GDP; tỷ lệ
 * doanh nghiệp sử dụng nền tảng hợp đồng điện tử năm 2025 đạt 60-80%, năm 2030 đạt 80-100%"
 * (nghean.gov.vn on Nghệ An's Kế hoạch 347 on the digital economy), "Tỷ lệ đô thị hóa đến năm 2030
 * khoảng 60 – 65% và đến năm 2050 khoảng 80%", "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt
 * tối thiểu 10% (đến năm 2030 đạt tối thiểu 20%, …)" (baodanang.vn on Đà Nẵng's plan). The later
 * figure measures what the one before it measures, in its own year: its subject is that measure,
 * without the earlier year, not the words after it, which name the next item's measure.
 */
final class YearOfSameMeasure {
  private YearOfSameMeasure() {}

  /**
   * Words that only name a year, on folded text: "năm 2030", "(đến năm 2030", "và đến năm 2050
   * khoảng", "đến hết năm 2030 là"; after the whole the figure before is a share of ("chiếm tối
   * thiểu 20% GRDP của thành phố, đến năm 2030 đạt 30%", baodanang.vn on Đà Nẵng's digital
   * economy).
   */
  private static final Pattern ONLY_YEAR =
      Pattern.compile(
          "^(?:(?:grdp|gdp)(?:\\s+cua\\s+(?:tinh|thanh\\s+pho|huyen|ca\\s+nuoc))?\\s*,?\\s*)?"
              + "\\(?\\s*(?:va\\s+)?(?:(?:den|vao|toi)\\s+)?(?:(?:het|cuoi)\\s+)?nam\\s+(?:19|20)\\d{2}"
              + "(?:\\s*[:,]?\\s*(?:la|dat|khoang|o\\s+muc))*$");

  /** A year closing a subject, on folded text: " năm 2025", " đến năm 2030 khoảng". */
  private static final Pattern YEAR_AT_END =
      Pattern.compile(
          "\\s+(?:(?:den|vao|toi|trong)\\s+)?(?:(?:het|cuoi)\\s+)?nam\\s+(?:19|20)\\d{2}"
              + "(?:\\s+(?:la|dat|khoang|o\\s+muc))*$");

  /** A year right after a figure, on folded text: "đến năm 2030 trong GRDP …". */
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "^(?:(?:den|vao|toi|trong)\\s+)?(?:(?:het|cuoi)\\s+)?nam\\s+(?:19|20)\\d{2}\\b");

  /**
   * True when the words after a figure open on its year: the year before it then closes the figure
   * before ("kinh tế số đóng góp khoảng 25% đến năm 2025, 40% đến năm 2030 trong GRDP của thành
   * phố", danviet.vn on Hồ Chí Minh City's goals for 2020-2025).
   */
  static boolean opensOnYear(String after) {
    return YEAR_FIRST.matcher(VietnameseText.fold(after.strip())).lookingAt();
  }

  /** True when the (cleaned) words before a figure only name its year. */
  static boolean only(String before) {
    return ONLY_YEAR.matcher(VietnameseText.fold(before.strip())).matches();
  }

  /** The measure of the figure before, without the year that closes it. */
  static String measure(String subject) {
    String f = VietnameseText.fold(subject);
    java.util.regex.Matcher m = YEAR_AT_END.matcher(f);
    m.region(Math.max(0, f.length() - Subjects.TAIL), f.length());
    if (m.find() && Subjects.words(subject.substring(0, m.start())) >= 2) {
      return subject.substring(0, m.start()).strip();
    }
    return subject;
  }
}
