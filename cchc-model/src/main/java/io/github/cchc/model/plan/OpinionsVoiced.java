package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opinions voiced in a debate, reported as such: "Tại báo cáo giải trình, tiếp thu, chỉnh lý dự
 * thảo Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2019, Chủ nhiệm Ủy ban Kinh tế của
 * Quốc hội Vũ Hồng Thanh nêu có ý kiến đề nghị quyết định chỉ tiêu GDP tăng 6,8 - 7%; có ý kiến đề
 * nghị nên giữ như năm 2018 từ 6,5 - 6,7%." (giaoduc.net.vn on the National Assembly's plan for
 * 2019). "Có ý kiến …", "nhiều ý kiến …", "một số ý kiến (đại biểu) …" followed by what they
 * propose or hold ("đề nghị", "đề xuất", "kiến nghị", "cho rằng") is how a report of a session
 * gives what some members said, not what the body decided: the figures of such a clause, and of the
 * clauses after it that voice another opinion, are no goals, whatever "chỉ tiêu" they name. A
 * body's own proposal ("Bộ Nội vụ đề xuất …") and "ý kiến" as a task ("lấy ý kiến", "xin ý kiến")
 * are not of the class.
 */
final class OpinionsVoiced {
  private OpinionsVoiced() {}

  /**
   * On folded text: the lead of an opinion voiced, "có ý kiến", "nhiều ý kiến", "một số ý kiến",
   * "các ý kiến", "ý kiến đại biểu", then what it does: "đề nghị", "đề xuất", "kiến nghị", "cho
   * rằng", "muốn".
   */
  private static final Pattern OPINION =
      Pattern.compile(
          "(?<!\\p{L})(?:(?:co|nhieu|mot\\s+so|cac|nhung)\\s+y\\s+kien|y\\s+kien\\s+dai\\s+bieu)"
              + "(?:\\s+(?:dai\\s+bieu|cua\\s+dai\\s+bieu|khac))?"
              + "\\s+(?:de\\s+nghi|de\\s+xuat|kien\\s+nghi|cho\\s+rang|muon)(?!\\p{L})");

  /**
   * The part {@code [start, end)} of an (NFC) sentence whose figures are opinions voiced: from the
   * first opinion's lead to the end of its clause (a semicolon) or of the sentence, over the
   * clauses after it that open on another opinion; {@code [0, 0)} when it voices none.
   */
  static int[] span(String sentence) {
    String folded = VietnameseText.fold(sentence);
    Matcher m = OPINION.matcher(folded);
    if (!m.find()) {
      return new int[] {0, 0};
    }
    int start = m.start();
    int end = clauseEnd(folded, m.end());
    while (end < folded.length()) {
      Matcher next = OPINION.matcher(folded).region(end + 1, folded.length());
      if (!next.lookingAt()
          && !(next.find() && folded.substring(end + 1, next.start()).isBlank())) {
        break;
      }
      end = clauseEnd(folded, next.end());
    }
    return new int[] {start, end};
  }

  private static int clauseEnd(String folded, int from) {
    int semicolon = folded.indexOf(';', from);
    return semicolon < 0 ? folded.length() : semicolon;
  }
}
