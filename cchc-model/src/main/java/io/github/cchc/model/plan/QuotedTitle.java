package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's title quoted in a sentence, opening on "Về" as the titles of resolutions and
 * decisions do: "Sau 2 năm thực hiện Nghị quyết số 01-NQ/TU ngày 16/11/2020, … “Về phát triển
 * nhanh, bền vững ngành công nghiệp chế biến, chế tạo giai đoạn 2020-2025, định hướng đến năm
 * 2030”, tốc độ tăng trưởng ngành công nghiệp chế biến, chế tạo của Quảng Ninh đạt xấp xỉ 19%"
 * (quangninh.gov.vn's press review). Its words ("định hướng", "mục tiêu", "nâng cao") name the
 * document, they set no figure of the sentence: no word of intent. A quote with a figure of its own
 * ("… đề ra mục tiêu “về đích trước 80% …”") is left alone.
 */
final class QuotedTitle {
  /**
   * On NFC text: an opening quote, "Về", and the title up to its closing quote, no figure in it.
   */
  private static final Pattern TITLE = Pattern.compile("[“\"]\\s*[Vv]ề\\s[^“”\"%]{1,300}[”\"]");

  private QuotedTitle() {}

  /** Blanks out, in {@code blanked} (the sentence's copy), each title quoted. */
  static void blank(String sentence, StringBuilder blanked) {
    Matcher m = TITLE.matcher(sentence);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    }
  }
}
