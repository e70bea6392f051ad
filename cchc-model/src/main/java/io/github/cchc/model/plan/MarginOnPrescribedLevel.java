package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A margin a rule allows around a level it prescribes: "d) Điều chỉnh mức giá máy móc, thiết bị …
 * cao hơn từ trên 15% đến không quá 30% so với mức giá quy định tại Mục A Phụ lục II …" (Hải
 * Phòng's Quyết định 218/2025 on the norms of office machines, unseen53), "không vượt quá 10% so
 * với định mức". The figure is measured against a norm ("mức giá quy định", "mức … quy định", "định
 * mức", "tiêu chuẩn, định mức"), not a level the text sets out to reach: a norm a decision fixes,
 * as a pay norm ({@link PayNorm}) or a rate applied ({@link RateApplied}) is, no target. A word of
 * intent in the sentence makes it a goal again ("Phấn đấu tiết kiệm 10% so với định mức"), and a
 * figure set against a past level or the average ("giảm 20% so với mức trung bình năm 2024", "cao
 * hơn so với mức bình quân đã đề ra") is no norm.
 */
final class MarginOnPrescribedLevel {
  private MarginOnPrescribedLevel() {}

  /**
   * After the figure, on folded text: the other end of its range if any ("đến không quá 30%"), then
   * "so với" and the norm.
   */
  private static final Pattern AGAINST_NORM =
      Pattern.compile(
          "(?:\\s*(?:den|-|–)\\s*(?:khong\\s+(?:vuot\\s+)?qua\\s+|toi\\s+da\\s+)?\\d{1,3}(?:[,.]\\d+)?\\s?%)?"
              + "\\s*,?\\s+so\\s+voi\\s+(?:dinh\\s+muc"
              + "|muc(?:\\s+(?!quy\\b)\\p{L}+){0,3}?\\s+(?:da\\s+|duoc\\s+)?quy\\s+dinh"
              + "|tieu\\s+chuan(?:\\s*,\\s*dinh\\s+muc)?\\s+(?:da\\s+|duoc\\s+)?quy\\s+dinh)\\b");

  /** "bằng" just before the figure, on folded text. */
  private static final Pattern EQUAL_TO = Pattern.compile("\\bbang\\s+$");

  /**
   * After a figure given "bằng", on folded text: a level a rule prescribes, its share ("bằng 70%
   * mức học phí theo quy định tại khoản 1 Điều này").
   */
  private static final Pattern SHARE_OF_NORM =
      Pattern.compile(
          "\\s+(?:cua\\s+)?muc(?:\\s+(?!theo\\b|quy\\b)\\p{L}+){0,3}?\\s+(?:theo\\s+|da\\s+|duoc\\s+)?quy\\s+dinh\\b");

  /**
   * Whether the figure at {@code [start, end)} of the folded sentence {@code folded} is a norm: a
   * margin on a prescribed level, or a share of one given "bằng", in a sentence with no word of
   * intent.
   */
  static boolean is(String folded, int start, int end) {
    return (is(folded, end)
            || (EQUAL_TO
                    .matcher(folded)
                    .region(Math.max(0, start - 8), start)
                    .useTransparentBounds(true)
                    .find()
                && SHARE_OF_NORM.matcher(folded).region(end, folded.length()).lookingAt()))
        && !Goals.intent(folded);
  }

  /**
   * Whether the figure ending at {@code end} of the folded sentence {@code folded} is a margin on a
   * prescribed level, in a sentence with no word of intent.
   */
  static boolean is(String folded, int end) {
    return AGAINST_NORM.matcher(folded).region(end, folded.length()).lookingAt()
        && !Goals.intent(folded);
  }
}
