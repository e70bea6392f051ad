package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The signer in the signature's column beside the recipients' list, laid out as text (Lào Cai's
 * Công văn 5141/SNNMT and 5973/UBND-KT, .docx, corpus unseen62).
 */
class SignerBesideRecipientsTest {
  private static final String TOP =
      "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          + "Độc lập - Tự do - Hạnh phúc\n\nSố: 5141/SNNMT-KS\n\nLào Cai, ngày 10 tháng 12 năm 2025\n"
          + "V/v kê khai, báo cáo sản lượng khoáng sản\n\nKính gửi: Các tổ chức khai thác khoáng sản\n\n"
          + "Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện./.\n\n";

  @Test
  void theNameUnderTheColumnIsTheSigner() {
    String text =
        TOP
            + "Nơi nhận:                                         KT. GIÁM ĐỐC\n- Như trên;\n"
            + "- UBND tỉnh (b/c);\n                                                  PHÓ GIÁM ĐỐC\n"
            + "- Lãnh đạo Sở;\n- Lưu: VT, QLĐĐ, CCMT, KS.\n\n\n\n"
            + "                                                 Phạm Năng Chung\n\n";
    assertThat(SignerBesideRecipients.signer(text)).hasValue("Phạm Năng Chung");
    assertThat(DocumentHeader.readLeniently(text).signer()).hasValue("Phạm Năng Chung");
  }

  @Test
  void aListWithNoColumnBesideItGivesNoSigner() {
    String text =
        TOP
            + "Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, KS.\n\n"
            + "                                                 Phạm Năng Chung\n\n";
    assertThat(SignerBesideRecipients.signer(text)).isEmpty();
    String footnote =
        TOP
            + "Nơi nhận:                                         KT. GIÁM ĐỐC\n- Như trên;\n"
            + "- Lưu: VT, KS.\n\n"
            + "                          4 Ưu tiên sử dụng công nghệ thân thiện với môi trường\n";
    assertThat(SignerBesideRecipients.signer(footnote)).isEmpty();
  }
}
