package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * A review of the past named as a lead-in to the sentence's own clause, with no figure of its own:
 * "Bên cạnh tập trung đánh giá những kết quả đạt được của nhiệm kỳ trước, Đại hội xác định trong
 * nhiệm kỳ 2025-2030 phấn đấu có trên 90% tổ chức cơ sở đảng …" (baogialai.com.vn on xã Ia Dreh's
 * congress), "Sau khi tổng kết kết quả thực hiện năm 2024, Hội nghị thống nhất …". The class: a
 * clause opening the sentence on "bên cạnh", "cùng với", "sau khi" or "ngoài" and a verb of
 * reviewing ("đánh giá", "tổng kết", "kiểm điểm", "nhìn lại"), up to its comma. It names what was
 * reviewed, not what the sentence tells of its figures: its "kết quả đạt được" makes no result of
 * the goals the main clause sets. A lead-in that gives a figure ("Bên cạnh đánh giá tăng trưởng đạt
 * 7,2%, …") tells a result and is kept.
 */
final class ReviewLeadIn {
  private ReviewLeadIn() {}

  /** The lead-in, on folded text, up to (not with) its comma. */
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "^(?:ben\\s+canh|cung\\s+voi|sau\\s+khi|ngoai)\\s+(?:viec\\s+)?(?:tap\\s+trung\\s+)?"
              + "(?:danh\\s+gia|tong\\s+ket|kiem\\s+diem|nhin\\s+lai)\\b[^,;:\\d]*(?=,)");

  /**
   * The (NFC) sentence with its figure-less review lead-in blanked out (same length), or the
   * sentence itself when it opens on none.
   *
   * @param sentence the sentence, NFC
   * @return the sentence without its lead-in
   */
  static String without(String sentence) {
    String folded = VietnameseText.fold(sentence);
    if (folded.length() != sentence.length()) {
      return sentence;
    }
    var m = LEAD_IN.matcher(folded);
    if (!m.lookingAt()) {
      return sentence;
    }
    return " ".repeat(m.end()) + sentence.substring(m.end());
  }
}
