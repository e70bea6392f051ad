package io.github.cchc.examples.programs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DueDatesTest {
  @Test
  void tetAndTheMakeUpSaturdayMoveTheAppointments() {
    assertThat(DueDates.lines())
        // 07/02/2024 + 5 working days skips Tết Giáp Thìn (08-14/02): 21/02 (README of cchc due).
        .contains("Tiếp nhận 07/02/2024 16:30, thời hạn 5 ngày làm việc: hẹn trả 21/02/2024 17:00")
        .hasSize(7);
    assertThat(DueDates.lines().get(0)).startsWith("Năm 2024 có ").endsWith(" ngày làm việc.");
  }
}
