package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The year or period of a title in capitals that the copy wrapped onto a line of its own: the last
 * title line ends with the word that introduces a time ("NĂM", "GIAI ĐOẠN", "THỜI KỲ", "NHIỆM KỲ",
 * "ĐẾN NĂM") and the line is a year or a period alone, which has no letter to be read as capitals
 * ("… NÂNG CAO NĂNG LỰC CẠNH TRANH CẤP TỈNH NĂM" then "2025", thuvienphapluat's copy of Kế hoạch
 * 22/KH-UBND of Tiền Giang, 2025; "… TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN" then "2021-2025",
 * thuviennhadat's copy of Quyết định 3327/QĐ-UBND of Bình Định, 2022). A figure under a title that
 * ends otherwise ("… KINH TẾ - XÃ HỘI" then "2025") is not taken by this rule.
 */
final class TitleYearTail {
  private TitleYearTail() {}

  /** The word introducing a time at a title line's end, folded. */
  private static final Pattern TIME_WORD_END =
      Pattern.compile("\\b(?:nam|giai doan|thoi ky|nhiem ky|den)$");

  /** A year, or a period of two years, alone: "2025", "2021-2025", "2021 - 2025". */
  private static final Pattern YEAR_OR_PERIOD =
      Pattern.compile("(?:19|20)\\d{2}(?:\\s?[-–—]\\s?(?:19|20)\\d{2})?");

  /** True when {@code c} is the year or period the last line of {@code title} wrapped before. */
  static boolean after(List<String> title, String c) {
    return !title.isEmpty()
        && TIME_WORD_END.matcher(VietnameseText.fold(title.get(title.size() - 1).strip())).find()
        && YEAR_OR_PERIOD.matcher(c.strip()).matches();
  }
}
