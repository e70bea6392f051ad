package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level a change starts from, qualified: "giảm tổn thất sau thu hoạch sản phẩm khai thác hải
 * sản từ trên 20% hiện nay xuống dưới 10%" (thuysanvietnam.com.vn on the fisheries plan
 * 1445/QĐ-TTg: the present level, above 20%, is where the cut starts; the goal is below 10%), "từ
 * khoảng 30% năm 2020 lên 45%". The bare "từ 4,0% xuống còn" is the same class with no bound
 * ({@link Qualifiers#CHANGE_TO}); this one takes a bound between "từ" and the figure ("trên",
 * "dưới", "khoảng", "hơn", "gần") and a present time after it ("hiện nay", "hiện tại").
 */
final class ChangeBase {
  private ChangeBase() {}

  /**
   * "từ" and a bound just before where the figure's qualifier starts, on folded text: "từ " before
   * the qualifier "trên", or "từ khoảng " (no qualifier) before the figure.
   */
  private static final Pattern FROM_BEFORE =
      Pattern.compile("(?<![\\p{L}\\d])tu\\s+(?:(?:khoang|gan)\\s+)?$");

  /** A bound that the qualifier may be (folded): "trên", "dưới", "hơn". */
  private static final Pattern BOUND = Pattern.compile("(?:tren|duoi|hon)\\s*");

  /** What follows the base's figure: a present time or a year, then "xuống" or "lên" (folded). */
  private static final Pattern THEN_CHANGE =
      Pattern.compile(
          "\\s*(?:(?:hien\\s+(?:nay|tai)|\\(?(?:(?:dau|cuoi|giua)\\s+)?(?:nam\\s+)?\\d{4}\\)?)\\s*)?"
              + ",?\\s*(?:xuong|len)\\b");

  /**
   * A base closing a subject, on folded text: "từ 11,5%", "từ 8,45% năm 2016, xuống còn", "từ hơn
   * 23% năm 2015 lên gần", "từ trên 20% hiện nay xuống".
   */
  private static final Pattern BASE_AT_END =
      Pattern.compile(
          "\\s+tu\\s+(?:(?:tren|duoi|hon|khoang|gan|muc)\\s+)?\\d{1,3}(?:[,.]\\d+)?\\s*%"
              + "(?:\\s*(?:hien\\s+(?:nay|tai)|\\(?(?:(?:dau|cuoi|giua)\\s+)?(?:nam\\s+)?\\d{4}\\)?))?"
              + "\\s*,?(?:\\s*(?:xuong|len)(?:\\s+(?:con|gan|den|toi|muc|khoang|tren|duoi|hon))*)?$");

  /**
   * The subject of a change's goal without the level it starts from, which is no part of what is
   * measured and holds a figure of its own: "đưa tỉ lệ hộ nghèo trong tỉnh từ 11,5% xuống còn 9%"
   * (dangcongsan.vn on Phú Yên's poverty goal for 2010) has the subject "… đưa tỉ lệ hộ nghèo trong
   * tỉnh", "giảm tỷ lệ hộ nghèo từ 8,45% năm 2016, xuống còn dưới 3%" "giảm tỷ lệ hộ nghèo". A
   * subject left with fewer than two words is kept whole.
   */
  static String leftOut(String subject) {
    Matcher m = BASE_AT_END.matcher(VietnameseText.fold(subject));
    m.region(Math.max(0, subject.length() - Subjects.TAIL), subject.length());
    if (!m.find() || Subjects.words(subject.substring(0, m.start())) < 2) {
      return subject;
    }
    return subject.substring(0, m.start()).replaceFirst("[\\s,;:(]+$", "").strip();
  }

  /**
   * Whether the figure ending at {@code end} of the folded sentence {@code folded}, with its
   * qualifier {@code qual} (or none) starting at {@code qualStart}, is the bounded base of a
   * change.
   */
  static boolean bounded(String folded, String qual, int qualStart, int end, String tail) {
    if (tail != null || (qual != null && !BOUND.matcher(qual.strip()).matches())) {
      return false;
    }
    return FROM_BEFORE
            .matcher(folded)
            .region(Math.max(0, qualStart - 16), qualStart)
            .useTransparentBounds(true)
            .find()
        && THEN_CHANGE.matcher(folded).region(end, folded.length()).lookingAt();
  }
}
