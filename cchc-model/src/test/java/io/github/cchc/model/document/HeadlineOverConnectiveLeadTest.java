package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A lead that opens with a connective and its comma ("Cụ thể, …", "Theo đó, …") is a lead even
 * where the page wrapped it before its stop: the line over it is the headline, and the lead is
 * none.
 */
class HeadlineOverConnectiveLeadTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void theHeadlineOverAWrappedLead() {
    // trenitaila.com's page on Thừa Thiên Huế's 2021-2025 employment programme (corpus set
    // unseen35)
    assertThat(
            title(
                "Đặt mục tiêu giải quyết việc làm cho hơn 83.000 lao động\nCụ thể, Hội đồng nhân"
                    + " dân (HĐND) tỉnh Thừa Thiên Huế khóa VII đã thông qua Nghị quyết chương"
                    + " trình\nviệc làm\ntỉnh Thừa Thiên Huế giai đoạn 2021-2025 với mục tiêu giải"
                    + " quyết việc làm cho người lao động.\n"))
        .isEqualTo("Đặt mục tiêu giải quyết việc làm cho hơn 83.000 lao động");
    // a realistic variant: the lead opening with "Theo đó,"
    assertThat(
            title(
                "Đặt mục tiêu giải quyết việc làm cho hơn 83.000 lao động\nTheo đó, trong giai"
                    + " đoạn 2021-2025, tỉnh Thừa Thiên Huế đặt mục tiêu giải quyết việc làm cho"
                    + " 83.400\nlao động\n"))
        .isEqualTo("Đặt mục tiêu giải quyết việc làm cho hơn 83.000 lao động");
  }

  @Test
  void aShortLineWithAConnectiveIsNoLead() {
    // counter-example: a short line opening with the connective is no lead, so the line above it
    // is not taken for a headline by it
    assertThat(
            title(
                "Tổng thu ngân sách nhà nước trên địa bàn huyện năm nay\nCụ thể, các xã\nđạt"
                    + " 53.152 triệu đồng\n"))
        .isNull();
  }
}
