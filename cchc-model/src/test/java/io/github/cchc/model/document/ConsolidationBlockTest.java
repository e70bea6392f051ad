package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A văn bản hợp nhất's own header, its authentication block at its end (corpus unseen63:
 * 22/VBHN-BTC and 111/VBHN-VPQH from the official gazette).
 */
class ConsolidationBlockTest {
  private static final String TOP =
      " \n64 \nCÔNG BÁO/Số 635 + 636/Ngày 08-6-2020 \n  \n"
          + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n \nĐộc lập - Tự do - Hạnh phúc \n \nTHÔNG TƯ \n"
          + "Hướng dẫn thực hiện cơ chế quản lý tài chính về bảo hiểm xã hội \n \n"
          + "Thông tư số 20/2016/TT-BTC ngày 03 tháng 02 năm 2016 của Bộ trưởng Bộ Tài chính, "
          + "có hiệu lực thi hành kể từ ngày 20 tháng 3 năm 2016.\n"
          + "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn cơ chế quản lý tài chính.\n";

  @Test
  void theBlockAtTheEndIsTheHeader() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            TOP
                + "Trong quá trình thực hiện có vướng mắc, đề nghị phản ánh kịp thời về Bộ Tài \n"
                + "chính để xem xét, giải quyết./. \n \n \nBỘ TÀI CHÍNH \n \nSố: 22/VBHN-BTC \n \n \n"
                + "XÁC THỰC VĂN BẢN HỢP NHẤT \n \n \nHà Nội, ngày 29 tháng 5 năm 2020 \n"
                + "KT. BỘ TRƯỞNG \nTHỨ TRUỞNG \n \nĐỗ Hoàng Anh Tuấn \n");
    assertThat(h.documentType()).hasValue(DocumentType.VAN_BAN_HOP_NHAT);
    assertThat(h.numberSymbol()).contains(DocumentNumber.parse("22/VBHN-BTC"));
    assertThat(h.place()).hasValue("Hà Nội");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2020, 5, 29)));
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("BỘ TÀI CHÍNH");
    assertThat(h.signer()).hasValue("Đỗ Hoàng Anh Tuấn");
  }

  @Test
  void theWordsInProseAreNoBlock() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            TOP
                + "Văn bản hợp nhất số 22/VBHN-BTC được xác thực văn bản hợp nhất theo quy định.\n"
                + "Nơi nhận:\n- Như trên;\n");
    assertThat(h.documentType()).hasValue(DocumentType.THONG_TU);
    assertThat(h.numberSymbol()).isEmpty();
  }

  @Test
  void theBlocksNumberIsNoCitationAndOneCitedInProseIs() {
    assertThat(
            CitationExtractor.extract(
                "BỘ TÀI CHÍNH \nXÁC THỰC VĂN BẢN HỢP NHẤT \nSố: 03/VBHN-BTC \n"
                    + "Hà Nội, ngày 12 tháng 02 năm 2026 \n"))
        .isEmpty();
    assertThat(
            CitationExtractor.extract(
                    "Thực hiện Văn bản hợp nhất số 03/VBHN-BTC ngày 12/02/2026 của Bộ Tài chính.")
                .stream()
                .map(Citation::numberSymbol)
                .toList())
        .containsExactly("03/VBHN-BTC");
  }

  @Test
  void theTypeHasItsSymbol() {
    assertThat(DocumentType.parse("VBHN")).isEqualTo(DocumentType.VAN_BAN_HOP_NHAT);
    assertThat(DocumentType.parse("Văn bản hợp nhất")).isEqualTo(DocumentType.VAN_BAN_HOP_NHAT);
    assertThat(DocumentNumber.parse("111/VBHN-VPQH").type())
        .hasValue(DocumentType.VAN_BAN_HOP_NHAT);
  }
}
