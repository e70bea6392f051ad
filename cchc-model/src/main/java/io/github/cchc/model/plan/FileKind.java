package io.github.cchc.model.plan;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file is by its first bytes, not by its name: portals and mail serve documents under a name
 * that says something else. The class of cases: a {@code .pdf} saved as {@code .docx} or a {@code
 * .docx} saved as {@code .pdf} (read as what they are), an RTF or an HTML page served as {@code
 * .doc} (Word opens both, so sites publish them so: "Du_Thao_Van_Ban.doc" and
 * "Ke_hoach_tap_huan.doc" of the repositories hpbaotho/04-quanly-vanban-quanhuyen and vpubnd49/VBAI
 * are RTF and HTML), and an empty file, each said as what it is rather than as a library's failure
 * to parse it.
 */
enum FileKind {
  /** {@code %PDF-} within the first 1,024 bytes (PDF 32000-1, 7.5.2; readers allow junk before). */
  PDF("a PDF document"),
  /** A zip archive ({@code PK\3\4}): a Word {@code .docx} package, or some other zip. */
  ZIP("a zip archive"),
  /** An OLE2 compound file ({@code D0 CF 11 E0 A1 B1 1A E1}): a Word 97-2003 {@code .doc}. */
  OLE2("a Word 97-2003 document"),
  /** {@code {\rtf}: Rich Text Format. */
  RTF("an RTF document (Rich Text Format)"),
  /**
   * An HTML page: {@code <!DOCTYPE html}, {@code <html} or {@code <?xml … <html} near the start.
   */
  HTML("an HTML page"),
  /** No content: zero bytes. */
  EMPTY("an empty file (0 bytes)"),
  /** None of the above: text, or a format not read here. */
  OTHER("");

  /** The bytes {@link #of} looks at. */
  static final int HEAD = 1024;

  private final String description;

  FileKind(String description) {
    this.description = description;
  }

  /** What the file is, as said in an error ("an RTF document (Rich Text Format)"). */
  String description() {
    return description;
  }

  /**
   * The kind of a file from its first bytes.
   *
   * @param head the first {@link #HEAD} bytes of the file or fewer (all of a shorter file)
   * @return the kind, {@link #OTHER} when none is recognised
   */
  static FileKind of(byte[] head) {
    if (head.length == 0) {
      return EMPTY;
    }
    if (startsWith(head, 0, 0x50, 0x4B, 0x03, 0x04)) {
      return ZIP;
    }
    if (startsWith(head, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return OLE2;
    }
    String ascii = new String(head, StandardCharsets.ISO_8859_1);
    if (ascii.contains("%PDF-")) {
      return PDF;
    }
    String start = ascii.replace("\u00ef\u00bb\u00bf", "").stripLeading();
    if (start.startsWith("{\\rtf")) {
      return RTF;
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html")
        || lower.startsWith("<html")
        || (lower.startsWith("<") && lower.contains("<html"))) {
      return HTML;
    }
    return OTHER;
  }

  private static boolean startsWith(byte[] bytes, int from, int... prefix) {
    if (bytes.length < from + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[from + i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
