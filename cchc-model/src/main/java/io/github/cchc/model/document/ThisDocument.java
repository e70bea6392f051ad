package io.github.cchc.model.document;

/**
 * A type's name followed by "này" names the document itself ("Thông tư này", "Quyết định này"), not
 * a document cited by the words after it: in "kê khai theo Mẫu số 01A ban hành kèm theo Thông tư
 * này thay cho Mẫu số 01" (Thông tư 01/2010/TT-TTCP, .doc) the "số 01" is a form's, and "Thông tư
 * này thay cho Mẫu" is no name of a circular.
 *
 * <p>The class: a name before "số" read back over the words between ("Luật Tổ chức Chính phủ số
 * 76/2015/QH13") is none when its first word after the type is "này". A type right before "số"
 * ("Quyết định này thay thế Quyết định số 12/QĐ-UBND") is read as before.
 */
final class ThisDocument {
  private ThisDocument() {}

  /** The folded word for "this". */
  static final String THIS = "nay";

  /**
   * Tells whether the name whose type ends at {@code typeEnd} goes on with "này" in {@code
   * scanner}'s text.
   */
  static boolean follows(CitationScanner scanner, int typeEnd) {
    return scanner.wordAt(scanner.skipSpaces(typeEnd), THIS);
  }
}
