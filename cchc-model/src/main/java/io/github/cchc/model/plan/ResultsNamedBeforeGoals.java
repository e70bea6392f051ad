package io.github.cchc.model.plan;

/**
 * Results named in general, without a figure, in a clause opening a sentence that goes on to set
 * goals: "Bên cạnh tập trung đánh giá những kết quả đạt được của nhiệm kỳ trước, Đại hội xác định
 * trong nhiệm kỳ 2025-2030 phấn đấu có trên 90% tổ chức cơ sở đảng …; tỷ lệ kết nạp đảng viên mới
 * đạt từ 3%/năm." (baogialai on xã Ia Dreh's first congress). The "đạt được" of the clause is the
 * past term's, and tells nothing of the figures the clause of intent after it sets: how the
 * sentence tells its figures is read from that clause on. A word of result in the clause of intent
 * itself ("Tỉnh đã hoàn thành mục tiêu 95%") or a figure in the opening clause is read as before.
 */
final class ResultsNamedBeforeGoals {
  private ResultsNamedBeforeGoals() {}

  /**
   * The (NFC) sentence with its opening clauses blanked out (same length) when its first word of
   * intent stands after a comma, they hold no figure and no percentage comes before that word (a
   * year may: "Đại hội xác định trong nhiệm kỳ 2025-2030 phấn đấu …"); else the sentence itself.
   */
  static String blanked(String sentence) {
    int at = Goals.intentStart(sentence);
    if (at <= 0) {
      return sentence;
    }
    int comma = sentence.lastIndexOf(',', at);
    if (comma < 0) {
      return sentence;
    }
    if (sentence.lastIndexOf('%', at) >= 0) {
      // a percentage before the word of intent: "Hiện nay, tỷ lệ … đạt 45%; phấn đấu …"
      return sentence;
    }
    for (int i = 0; i < comma; i++) {
      if (Character.isDigit(sentence.charAt(i))) {
        return sentence;
      }
    }
    return " ".repeat(comma + 1) + sentence.substring(comma + 1);
  }
}
