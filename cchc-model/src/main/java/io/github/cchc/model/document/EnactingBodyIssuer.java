package io.github.cchc.model.document;

/**
 * The issuer of a document whose copy has no header block, named by the body that enacts it in its
 * own name on the line between the title and the bases, as Nghị định 30/2020 sets it: "NGHỊ
 * QUYẾT⏎VỀ PHÁT ĐỘNG PHONG TRÀO …⏎CHÍNH PHỦ⏎Căn cứ …" (the Government's 2025 Nghị quyết on the
 * movement to protect the environment), "NGHỊ QUYẾT⏎Về bổ sung Kế hoạch …⏎QUỐC HỘI⏎Căn cứ Hiến pháp
 * …" (the National Assembly's 2025 resolution on 8% growth), both Markdown copies that start at the
 * heading. The body's whole name on its line is the issuer ("CHÍNH PHỦ", "QUỐC HỘI", "ỦY BAN THƯỜNG
 * VỤ QUỐC HỘI", "THỦ TƯỚNG CHÍNH PHỦ"). Where the header gave an issuer, it stays.
 */
final class EnactingBodyIssuer {
  private EnactingBodyIssuer() {}

  /** Takes {@code line}, an enacting body's whole name, as the issuer when none was read. */
  static void read(DocumentHeaderBuilder b, String line) {
    if (b.build().issuingBody().isEmpty()) {
      b.addIssuingBody(line.strip());
    }
  }
}
