package io.github.cchc.model.document;

/**
 * The category "Văn bản khác" ("other document") that a legal site files a Kế hoạch or Chương trình
 * under, printed before the document's number on the page's first line: "Văn bản khác 2302/KH-UBND"
 * (vanbanphapluat.co's copy of Kế hoạch 2302/KH-UBND of Quảng Trị, 2019), "Văn bản khác
 * 571/KH-UBND" (its copy of Kế hoạch 571/KH-UBND of Đắk Nông, 2022). Like the site's other lines
 * naming the document, the corpus counts it as a citation; it is read as the generic "văn bản" is,
 * its type from its symbol where the symbol names one. The words in a sentence ("các văn bản khác
 * có liên quan") have no number after them and give none.
 */
final class OtherDocumentCategory {
  private OtherDocumentCategory() {}

  /** The category's name, folded, as a citation's name. */
  static final String FOLDED = "van ban khac";
}
