package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.List;

/**
 * Finds every legal reference in free Vietnamese text, body and footnotes, in reading order.
 *
 * <p>A citation is a document type name ("Quyết định", "Kế hoạch", "Nghị quyết", "Chương trình hành
 * động", any case), optionally "số", and a number and symbol that {@link
 * DocumentNumber#parse(CharSequence) parses}, then optionally ", ngày" and a date and "của" and the
 * issuer (see {@link Citation} for the exact span). Because nothing but a type name followed by a
 * number and symbol starts a citation, ordinary numbers, dates, percentages and periods ("98%",
 * "giai đoạn 2021-2025", "01/01/2024 20:57") never give one; neither does a reference by name only
 * ("Luật ban hành văn bản quy phạm pháp luật"), which has no number. A type name, "số" and a number
 * alone ("Nghị quyết số 66 của Chính phủ", "Chỉ thị số 23") is a citation whose number has no
 * symbol ({@link DocumentNumber#hasSymbol()} false); without "số" a bare number ("Đề án 06") is
 * not.
 *
 * <p>The input is normalised to NFC first; offsets refer to the NFC text (for NFC input, the input
 * itself). The scan is one pass with no regular expressions.
 *
 * <pre>{@code
 * List<Citation> found = CitationExtractor.extract(
 *     "Chương trình hành động số 37-CTr/TU ngày 29/12/2017 và số 38-CTr-TU ngày 11/4/2018 của"
 *         + " Tỉnh ủy; ...");
 * found.get(0).text();   // "Chương trình hành động số 37-CTr/TU ngày 29/12/2017"
 * found.get(1).text();   // "số 38-CTr-TU ngày 11/4/2018 của Tỉnh ủy"
 * found.get(1).type();   // CHUONG_TRINH, shared with the first part
 * }</pre>
 */
public final class CitationExtractor {
  private CitationExtractor() {}

  /**
   * Extracts every citation of {@code text}.
   *
   * @param text any text
   * @return the citations in reading order, possibly none; never throws on any input
   */
  public static List<Citation> extract(CharSequence text) {
    String nfc = VietnameseText.nfc(text);
    // numbers a guide prints as examples of a format are no citations (FormatExample)
    return new CitationScanner(nfc)
        .scanAll().stream().filter(c -> !FormatExample.is(nfc, c)).toList();
  }
}
