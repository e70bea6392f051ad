package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * Words before a figure that say only when and how, naming nothing measured: a word of intent, a
 * time, a verb of change, a level's words ("phấn đấu đến cuối năm 2020, giảm còn dưới 3%", after
 * "Đến cuối năm 2018, tỉ lệ hộ nghèo toàn tỉnh còn 5,65%, giảm 2,2% so với năm 2017;", baophuyen.vn
 * on Phú Yên's poor households). The figure measures what the figure before it in its sentence
 * measures ({@link MeasureOfResult#last}).
 */
final class WhenAndHow {
  private WhenAndHow() {}

  /** One word or phrase of when and how, on folded text, with the separators around it. */
  private static final Pattern WORD =
      Pattern.compile(
          "(?:^|[\\s,;:()]+)(?:phan\\s+dau|dat\\s+muc\\s+tieu|muc\\s+tieu|de\\s+ra|dat\\s+ra"
              + "|giai\\s+doan|binh\\s+quan|tiep\\s+tuc|o\\s+muc|ca\\s+nam|(?:19|20)\\d{2}"
              + "(?:\\s*-\\s*(?:19|20)\\d{2})?|den|toi|vao|trong|cuoi|het|dau|nam|moi|hang|giam|tang"
              + "|con|xuong|len|dat|khoang|tu|va|thi|se|dua|nua|co|la)(?=$|[\\s,;:()])");

  /** True when the subject says only when and how. */
  static boolean only(String subject) {
    String f = VietnameseText.fold(subject.strip());
    return !f.isEmpty() && WORD.matcher(f).replaceAll("").strip().isEmpty();
  }
}
