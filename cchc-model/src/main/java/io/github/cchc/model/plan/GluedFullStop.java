package io.github.cchc.model.plan;

/**
 * A full stop glued to the sentence after it, as web copies lose the space: "Cổng dịch vụ công quốc
 * gia đánh giá dịch vụ công trực tuyến của Hải Phòng có tỷ lệ giải quyết đúng hạn trên 98%, cao
 * nhất toàn quốc.Từ kết quả ấn tượng trên, mục tiêu trong năm 2023 … là …" (baomoi on Hải Phòng's
 * digital transformation workshop of 2022): two sentences, the result before the stop and the goal
 * after it, so the word of intent of the second does not take the figures of the first. The stop
 * must end a word of at least three letters, its last in lower case, and a capital and a lower-case
 * letter open the next word: not an abbreviation ("Tp.Phan Rang", "TP.HCM") nor a decimal.
 */
final class GluedFullStop {
  private GluedFullStop() {}

  /** The place between the glued stop and the next sentence, as a regular expression. */
  static final String AT = "(?<=\\p{L}\\p{L}\\p{Ll}\\.)(?=\\p{Lu}\\p{Ll})";
}
