package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence opening on a deadline or a year still to come looks ahead ({@link TimeAhead}). */
class TimeAheadTest {
  @Test
  void theYearSteppedIntoOpensAParagraphOfItsGoals() {
    // huengaynay on Huế's 2026 (unseen50): the paragraph opened on the year stepped into lists
    // that year's goals, the growth of investment among them
    assertThat(
            TargetsRead.page(
                "Năm 2025, kinh tế thành phố ước tăng trưởng 8,5 - 9%.\n\nBước sang năm 2026, Thành"
                    + " ủy đặt mục tiêu tăng trưởng GRDP từ 10% trở lên; GRDP bình quân đầu người"
                    + " đạt 3.500 - 3.600 USD. Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng dịch"
                    + " vụ, phấn đấu khu vực này chiếm khoảng 49 - 50%. Vốn đầu tư thực hiện trên"
                    + " địa bàn tăng 10 - 11%; kết nạp 1.700 - 2.000 đảng viên."))
        .containsExactly("GE 10", "GE 49", "GE 10");
    assertThat(TimeAhead.deadlineAhead("buoc sang nam 2026, thanh uy dat muc tieu", 2026)).isTrue();
    assertThat(TimeAhead.deadlineAhead("sang nam 2026, tinh phan dau", 2026)).isTrue();
  }

  @Test
  void aYearSteppedIntoBeforeTheLatestStaysThePast() {
    // near case: a year before the latest the text names is no deadline ahead
    assertThat(TimeAhead.deadlineAhead("buoc sang nam 2024, tinh da", 2026)).isFalse();
    assertThat(
            TargetsRead.page(
                "Bước sang năm 2024, vốn đầu tư thực hiện trên địa bàn tăng 10 - 11%. Năm 2026,"
                    + " tỉnh phấn đấu tăng trưởng 9%."))
        .containsExactly("GE 9");
  }

  @Test
  void theLeastOfASuperlativeIsNoFloor() {
    // the tnt305 crawl's Wikipedia page on Thái Nguyên (39913700eb328721), its climate paragraph:
    // "tháng mưa ít nhất là tháng 12" names the month with the least rain, no floor on the shares
    String climate =
        "Mùa mưa nóng ẩm từ tháng 5 đến tháng 10, chiếm 70 - 80% lượng mưa cả năm; mùa khô từ"
            + " tháng 11 đến tháng 4 năm sau, chỉ chiếm khoảng 20 - 25% lượng mưa, tháng mưa ít"
            + " nhất là tháng 12.";
    assertThat(TargetsRead.page(climate)).isEmpty();
    assertThat(TimeAhead.looksAhead(climate, Fold.fold(climate), 2025)).isFalse();
  }

  @Test
  void atLeastBeforeItsFigureStaysAFloor() {
    // near cases: "ít nhất" before its figure, "là" or a colon between, is the floor it always was
    // (the same page's "tỉnh có mục tiêu là ít nhất 8% học sinh dân tộc thiểu số …")
    String least = "Tỷ lệ học sinh dân tộc thiểu số được học tại các trường nội trú ít nhất là 8%.";
    assertThat(TimeAhead.looksAhead(least, Fold.fold(least), 2025)).isTrue();
    String colon =
        "Bảo đảm năm 2025 cắt giảm ít nhất: 30% thời gian giải quyết thủ tục hành chính.";
    assertThat(TimeAhead.looksAhead(colon, Fold.fold(colon), 2025)).isTrue();
    assertThat(
            TargetsRead.page(
                "Tỉnh có mục tiêu là ít nhất 8% học sinh dân tộc thiểu số được học tại các trường"
                    + " Phổ thông dân tộc nội trú trong giai đoạn 2021–2025."))
        .containsExactly("GE 8");
  }

  @Test
  void aParagraphOpeningOnGoalsDueByTheLatestYearRunsOnIntoTheNext() {
    // thtg.vn on Tiền Giang's new countryside to 2025 (corpus unseen55): "vào năm 2030", the
    // latest year of the page, names the term the goals of the paragraph are set for, as "đến năm
    // 2030" does; the paragraph after it goes on with them
    String text =
        "Tỉnh đặt ra mục tiêu giá trị tăng thêm khu vực nông, lâm nghiệp và thuỷ sản tăng bình quân"
            + " 3-3,5%/năm, theo đó cơ cấu kinh tế khu vực nông, lâm nghiệp và thuỷ sản chiếm khoảng"
            + " 29,7% GRDP của tỉnh vào năm 2025 và từ 12,5%– 14,5% GRDP của tỉnh vào năm 2030. Thu"
            + " nhập bình quân của người dân nông thôn năm 2025 tăng 1,6 đến 1,8 lần so với cuối năm"
            + " 2020 và năm 2030 tăng khoảng 1,6 lần so với năm 2025.\n\n"
            + "Đến năm 2025, tỉnh có 100% xã đạt chuẩn nông thôn mới; 8/8 đạt huyện nông thôn mới."
            + " Có từ 20 – 30% xã nông thôn mới nâng cao và 10% xã nông thôn mới kiểu mẫu.";
    assertThat(TargetsRead.page(text)).containsSubsequence("EQ 100", "GE 20", "GE 10");
    assertThat(TimeAhead.namesTermAhead("dat 50% vao nam 2030", 2030)).isTrue();
    assertThat(TimeAhead.namesTermAhead("giam con 1% ho ngheo toi nam 2025", 2025)).isTrue();
  }

  @Test
  void aDueYearBeforeTheLatestNamesNoTermAhead() {
    // near case: a year before the latest the text names is a result's date
    assertThat(TimeAhead.namesTermAhead("dat 51,6% vao nam 2015", 2020)).isFalse();
    assertThat(
            TargetsRead.page(
                "Tỉnh đặt mục tiêu tỷ lệ che phủ rừng đạt 45% vào năm 2025.\n\nNăm 2024, tỉnh có 80%"
                    + " xã đạt chuẩn nông thôn mới."))
        .containsExactly("GE 45");
  }

  @Test
  void anAgeBracketIsNoThreshold() {
    // the Wikipedia page of China (tuning-wiki): a census's age brackets, "từ 60 tuổi trở lên"
    // bounds the people counted, not the share
    assertThat(
            TargetsRead.page(
                "Theo kết quả điều tra nhân khẩu toàn quốc năm 2010, dân số nước Cộng hòa Nhân dân"
                    + " Trung Hoa là 1.370.536.875. Khoảng 16,60% dân số từ 14 tuổi trở xuống,"
                    + " 70,14% từ 15 đến 59 tuổi, và 13,26% từ 60 tuổi trở lên."))
        .isEmpty();
    // vietnamnet on the cashless day of 2025 (unseen48): a level reached by the end of 2024
    assertThat(
            TargetsRead.page(
                "Trong năm 2024, giá trị thanh toán không tiền mặt đạt: hơn 295,2 triệu tỷ đồng, gấp"
                    + " 26 lần GDP. Đến cuối năm 2024, tỷ lệ người dân từ 15 tuổi trở lên có tài"
                    + " khoản tại ngân hàng đạt 86,97%.\n\nĐến tháng 9/2025 sẽ có hành lang pháp"
                    + " lý."))
        .isEmpty();
  }

  @Test
  void aThresholdOnTheShareStillLooksAhead() {
    // near case: the same bracket, the share itself bounded "từ 80% trở lên"
    assertThat(
            TargetsRead.page(
                "Tỷ lệ người dân từ 15 tuổi trở lên có tài khoản ngân hàng đạt từ 80% trở lên."))
        .containsExactly("GE 80");
    assertThat(TimeAhead.looksAhead("", "ty le dan so tu 60 tuoi tro len la 13%", 2010)).isFalse();
    assertThat(TimeAhead.looksAhead("", "ty le dat tu 80% tro len", 2010)).isTrue();
  }

  @Test
  void aDeadlineAheadBeforeTheFigureInsideTheSentenceLooksAhead() {
    // tapchicongthuong on Quảng Trị's goals to 2010 (unseen54), a list item
    assertThat(TargetsRead.page("- Nâng độ che phủ đến năm 2010 đạt 43%."))
        .containsExactly("GE 43");
    // baoangiang on An Giang's schools (unseen58)
    assertThat(
            TargetsRead.page(
                "Dự kiến đến cuối năm 2020, UBND tỉnh sẽ công nhận thêm 23 trường đạt chuẩn quốc"
                    + " gia. Theo lộ trình đến cuối năm 2025, toàn tỉnh có 393/706 trường đạt chuẩn"
                    + " quốc gia, đạt tỷ lệ 55,67%."))
        .containsExactly("GE 55.67");
  }

  @Test
  void aDeadlineAfterTheFigureOrBeforeTheLatestYearDoesNot() {
    // near cases: the deadline in a clause after the figure (newsbreak on Lai Châu, unseen29); a
    // result reached "trước năm 2025" (thanhnien on Trà Vinh, unseen27); a period in the past
    assertThat(
            TargetsRead.page(
                "Tuy nhiên, 5 năm qua, tỷ lệ hộ nghèo của tỉnh Lai Châu giảm bình quân 4,78%, đây"
                    + " là tiền đề quan trọng để tỉnh đến hết năm 2025 không còn hộ nghèo."))
        .isEmpty();
    assertThat(
            TargetsRead.page(
                "Năm 2023, tỉnh tiếp tục duy trì 100% xã đạt chuẩn nông thôn mới, hoàn thành nhiệm"
                    + " vụ xây dựng nông thôn mới trước năm 2025."))
        .isEmpty();
    assertThat(
            TargetsRead.page(
                "Từ năm 2016 đến năm 2020, tỷ lệ che phủ rừng tăng 1,2%. Năm 2025, tỉnh đặt mục"
                    + " tiêu đạt 50%."))
        .containsExactly("GE 50");
  }
}
