package io.github.cchc.model.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The official gazette's (Công báo) own lines over a document's header. The gazette prints its
 * running line ("CÔNG BÁO/Số 665 + 666/Ngày 12-7-2021") and a page number, then the heading of its
 * section ("VĂN BẢN QUY PHẠM PHÁP LUẬT", "VĂN BẢN PHÁP LUẬT KHÁC") and, as the section's
 * subheading, the issuer's name; the document's header follows with the issuer's name again in its
 * cell. So a page from the gazette reads "BỘ NỘI VỤ⏎BỘ NỘI VỤ⏎CỘNG HÒA …" (Thông tư 03/2021/TT-BNV,
 * corpus unseen63) or "VĂN BẢN PHÁP LUẬT KHÁC⏎CHÍNH PHỦ⏎CHÍNH PHỦ" (Nghị quyết 175/NQ-CP,
 * unseen61). The section's heading is no body's name (a body is an organ, never "văn bản"), and a
 * body's name never repeats itself word for word: the subheading's copy is dropped, however the two
 * copies wrap ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" over "NGÂN HÀNG NHÀ NƯỚC⏎VIỆT NAM").
 */
final class GazetteHeading {
  private GazetteHeading() {}

  /** The gazette's section headings, a whole line, folded. */
  private static final Pattern SECTION =
      Pattern.compile("van ban (?:quy pham phap luat|phap luat khac)");

  /**
   * Whether a header line is the heading of one of the gazette's sections.
   *
   * @param folded the line, folded and stripped
   * @return true for "VĂN BẢN QUY PHẠM PHÁP LUẬT" and "VĂN BẢN PHÁP LUẬT KHÁC" alone on a line
   */
  static boolean section(String folded) {
    return SECTION.matcher(folded.strip()).matches();
  }

  /**
   * The issuing body's lines with the gazette's copy of its name dropped: when the lines' words are
   * one name said twice, the lines of its second saying (the header's own cell) are kept; other
   * lines come back as they are.
   *
   * @param body the issuing body's lines as read
   * @return the lines, the name said once
   */
  static List<String> once(List<String> body) {
    if (body.size() < 2) {
      return body;
    }
    List<String> words = new ArrayList<>();
    List<Integer> lineOfWord = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      for (String w : body.get(i).strip().split("\\s+")) {
        if (!w.isEmpty()) {
          words.add(w);
          lineOfWord.add(i);
        }
      }
    }
    int n = words.size();
    if (n < 4 || n % 2 != 0) {
      return body;
    }
    int half = n / 2;
    if (!words.subList(0, half).equals(words.subList(half, n))) {
      return body;
    }
    int from = lineOfWord.get(half);
    if (lineOfWord.get(half - 1) == from) {
      // the two sayings share a line: one name, said once
      return List.of(String.join(" ", words.subList(half, n)));
    }
    return body.subList(from, body.size());
  }
}
