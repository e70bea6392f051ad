package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * A number printed as an example of a format, not a citation: a guide to the form of documents
 * shows how a number is written under an example's label ("Ví dụ 1: Báo cáo của đại hội⏎Số
 * 16-BC/ĐH", "Ví dụ 3: Công văn của ban tổ chức tỉnh uỷ⏎Số 357-CV/BTCTU", Hướng dẫn 36-HD/VPTW of
 * 2018 on the form of the Party's documents), a number no document has.
 *
 * <p>The class: a citation without a date whose line has an example's label before it ("Ví dụ:",
 * "Ví dụ 2:", "VD:"), or whose line is directly under a line that is such a label alone. A document
 * cited with its date after such a label ("Ví dụ: Quyết định số 12/QĐ-UBND ngày 05/01/2024 của …",
 * a report giving a real case) is still a citation.
 */
final class FormatExample {
  private FormatExample() {}

  /** An example's label, folded, its number and colon: "vi du:", "vi du 2:", "vd:". */
  private static final Pattern LABEL =
      Pattern.compile("(?:^|[^a-z0-9])(?:vi du|vd)(?: \\d{1,2})?\\s*:");

  /** A line that is an example's label alone. */
  private static final Pattern LABEL_LINE =
      Pattern.compile("\\s*[-+*]?\\s*(?:vi du|vd)(?: \\d{1,2})?\\s*:\\s*");

  /** Tells whether {@code c}, found in {@code text}, is a number shown as an example. */
  static boolean is(String text, Citation c) {
    if (c.date().isPresent()) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', c.start() - 1) + 1;
    if (LABEL.matcher(VietnameseText.fold(text.substring(lineStart, c.start()))).find()) {
      return true;
    }
    if (lineStart < 2) {
      return false;
    }
    int before = text.lastIndexOf('\n', lineStart - 2) + 1;
    return LABEL_LINE.matcher(VietnameseText.fold(text.substring(before, lineStart - 1))).matches();
  }
}
