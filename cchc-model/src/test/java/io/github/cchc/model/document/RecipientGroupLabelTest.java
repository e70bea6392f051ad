package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A "Nơi nhận:" list whose recipients are grouped under a label ("Gửi bản điện tử:"): the end of
 * Quyết định 1579/QĐ-UBND of Bắc Kạn (2021) as hethongphapluat.com gives it (corpus {@code
 * unseen29}).
 */
class RecipientGroupLabelTest {
  private static final String QD_1579_FOOT =
      """
      Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch phòng chống lao tỉnh Bắc Kạn, giai đoạn 2021-2025.

      Nơi nhận:
      Gửi bản điện tử:
      - Như Điều 2 (t/h);
      - Bộ Y tế;
      - Bệnh viện Phổi TW;
      - CT, PCT UBND tỉnh;
      - CVP;
      - Lưu: VT, VXNV (V).

      TM. ỦY BAN NHÂN DÂN
      KT. CHỦ TỊCH
      PHÓ CHỦ TỊCH




      Phạm Duy Hưng
      """;

  @Test
  void theGroupsLabelNeitherEndsTheListNorIsARecipient() {
    DocumentHeader h = DocumentHeader.readLeniently(QD_1579_FOOT);
    assertThat(h.recipients())
        .containsExactly(
            "Như Điều 2 (t/h)", "Bộ Y tế", "Bệnh viện Phổi TW", "CT, PCT UBND tỉnh", "CVP");
    assertThat(h.signer()).hasValue("Phạm Duy Hưng");
  }

  @Test
  void twoGroupsPaperAndElectronic() {
    String text =
        """
        Nơi nhận:
        Gửi bản giấy:
        - Bộ Y tế;
        Gửi bản điện tử:
        - Sở Y tế;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        Nguyễn Văn A
        """;
    DocumentHeader h = DocumentHeader.readLeniently(text);
    assertThat(h.recipients()).containsExactly("Bộ Y tế", "Sở Y tế");
    assertThat(h.signer()).hasValue("Nguyễn Văn A");
  }

  @Test
  void aLabelWithNoItemUnderItOrALineInCapitalsIsNoGroup() {
    assertThat(RecipientGroupLabel.is("Gửi bản điện tử:")).isTrue();
    assertThat(RecipientGroupLabel.is("TM. ỦY BAN NHÂN DÂN")).isFalse();
    assertThat(RecipientGroupLabel.is("Lưu:")).isFalse();
    assertThat(RecipientGroupLabel.is("- Bộ Y tế;")).isFalse();
    // the list ends at a label with no item under it: the signature block follows as it did
    String text =
        """
        Nơi nhận:
        - Bộ Y tế;
        Ghi chú:
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn A
        """;
    assertThat(DocumentHeader.readLeniently(text).recipients()).containsExactly("Bộ Y tế");
  }
}
