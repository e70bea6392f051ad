package io.github.cchc.model.document;

/**
 * A further item of a list of citations written without "số" after the ';' that ended the item
 * before: "các Quyết định của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020 ban hành …;
 * 21/2021/QĐ-TTg ngày 21/6/2021 quy định …; 25/2021/QĐ-TTg ngày 22/7/2021 …" (Công văn 573 of 2024
 * on the law dissemination council, thuvienphapluat). The list's one "số" stands before its first
 * item; the others follow the ';' with their number and symbol alone.
 *
 * <p>The rule: after a ';' in the sentence of the last citation read, a number is an item when its
 * symbol names a document type ("QĐ", "NĐ", "NQ", "CT" …: {@link DocumentNumber#type()}). A number
 * whose symbol names none ("; 12/2020" or a code of a body alone) is no item, as is anything after
 * a comma or a full stop.
 */
final class SymbolAfterSemicolon {
  private SymbolAfterSemicolon() {}

  /**
   * Whether {@code number}, read after a ';' without "số", is an item of the list.
   *
   * @param number the number and symbol read there
   * @return true when its symbol names a document type
   */
  static boolean names(DocumentNumber number) {
    return number.hasSymbol() && number.type().isPresent();
  }
}
