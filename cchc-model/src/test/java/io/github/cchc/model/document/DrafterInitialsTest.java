package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The drafter's initials in brackets between the "Nơi nhận" list and the signature block: the end
 * of Quyết định 01/QĐ-UBND of Tây Ninh (2021) as thuvienphapluat.vn gives it (corpus {@code
 * unseen30}).
 */
class DrafterInitialsTest {
  private static final String QD_01_FOOT =
      """
      thi hành Quyết định này./.
      Nơi nhận:
      - VPCP;
      - Bộ KHĐT;
      - TT. Tỉnh ủy, TT.HĐND tỉnh;
      - UBND các huyện, thị xã, thành phố;
      - LĐVP; các phòng, ban, trung tâm thuộc VP. UBND tỉnh;
      - Lưu: VT.VP tỉnh.
      (BH)
      |
      TM. ỦY BAN NHÂN
      DÂN
      CHỦ TỊCH
      Nguyễn Thanh Ngọc
      |
      """;

  @Test
  void theInitialsAreNoLineOfTheSignature() {
    DocumentHeader h = DocumentHeader.readLeniently(QD_01_FOOT);
    assertThat(h.signer()).hasValue("Nguyễn Thanh Ngọc");
    assertThat(h.recipients()).contains("VPCP", "UBND các huyện, thị xã, thành phố");
  }

  @Test
  void initialsWithStops() {
    String text =
        QD_01_FOOT
            .replace("(BH)", "(N.T.H)")
            .replace("Nguyễn Thanh Ngọc", "Trần Văn Chiến")
            .replace("TM. ỦY BAN NHÂN\nDÂN\n", "TM. ỦY BAN NHÂN DÂN\nKT. ");
    assertThat(DocumentHeader.readLeniently(text).signer()).hasValue("Trần Văn Chiến");
  }

  @Test
  void whatIsNotInitialsStays() {
    HeaderLine signed = HeaderLine.of(0, 9, "(Đã ký)");
    HeaderLine name = HeaderLine.of(10, 20, "Nguyễn Văn A");
    assertThat(DrafterInitials.dropped(List.of(signed, name))).containsExactly(signed, name);
    HeaderLine capacity = HeaderLine.of(0, 8, "CHỦ TỊCH");
    assertThat(DrafterInitials.dropped(List.of(capacity, name))).containsExactly(capacity, name);
    HeaderLine initials = HeaderLine.of(0, 4, "(BH)");
    assertThat(DrafterInitials.dropped(List.of(initials, capacity))).containsExactly(capacity);
  }
}
