package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * False targets and wrong comparators of the fresh sets unseen25–unseen31 (test resources {@code
 * io/github/cchc/model/corpus/unseenN}), each class with the real sentence of its page, a second
 * case and a counter-example that must stay as it is.
 */
class FreshSetPrecisionClassesTest {
  @Test
  void aShareIsHeldDownOrNotByItsOwnClauseNotByTheShareListedBeforeIt() {
    // doanhnghiepthuonghieu, Đồng Tháp's new rural goals for 2021 (unseen27): the insured's share
    // follows the poor's in the list, and is a floor
    assertThat(
            TargetsRead.page(
                "Đồng Tháp tiếp tục nâng cao chất lượng cuộc sống của người dân thông qua các mô "
                    + "hình phát triển kinh tế. Phấn đấu thu nhập bình quân đầu người/năm khu vực nông "
                    + "thôn hơn 51 triệu đồng, giảm 1% tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai "
                    + "đoạn 2021 - 2025, tỷ lệ người dân tham gia bảo hiểm y tế 91%, tỷ lệ hộ dân được "
                    + "sử dụng nước sạch 86%, tỷ lệ lao động qua đào tạo 71,7%."))
        .containsExactly("GE 1", "GE 91", "GE 86", "GE 71.7");
    // realistic: the poor's share in its own clause after a floor is still a ceiling
    assertThat(
            TargetsRead.page(
                "Phấn đấu đến năm 2030, tỷ lệ lao động qua đào tạo 75%, tỷ lệ hộ nghèo 1,5%."))
        .containsExactly("GE 75", "LE 1.5");
  }

  @Test
  void thePovertyRateNamedWithoutItsHouseholdsIsACeiling() {
    // dantocmiennui.vn, Lâm Đồng's poverty goals to 2020 (unseen26)
    assertThat(
            TargetsRead.page(
                "Từ nay đến năm 2020, Lâm Đồng đặt ra mục tiêu giảm tỷ lệ hộ nghèo xuống còn "
                    + "1,9%, trong đó, tỷ lệ nghèo là đồng bào dân tộc thiểu số 4,8%."))
        .containsExactly("LE 1.9", "LE 4.8");
    // realistic: "tỷ lệ nghèo đa chiều" held down; "tỷ lệ thoát nghèo" (escaping poverty) a floor
    assertThat(
            TargetsRead.page(
                "Phấn đấu đến năm 2030, tỷ lệ nghèo đa chiều 2%; tỷ lệ thoát nghèo bền vững 90%."))
        .containsExactly("LE 2", "GE 90");
  }

  @Test
  void goalsNamedAsTheOutstandingOnesOfATermAreResults() {
    // baophutho, xã Thượng Long's congress 2025-2030 (unseen29): the term's results
    assertThat(
            TargetsRead.page(
                "Trong nhiệm kỳ qua, Đảng bộ xã đã hoàn thành 11/12 chỉ tiêu nghị quyết đề ra, "
                    + "một số mục tiêu nổi bật như: Hàng năm, trên 90% chi bộ Hoàn thành tốt nhiệm vụ "
                    + "trở lên. Thu ngân sách Nhà nước trên địa bàn đạt 2,7 tỷ đồng, thu nhập bình quân "
                    + "đầu người đạt 49,8 triệu đồng/người/năm. Tỷ lệ dân số tham gia các loại hình "
                    + "BHYT đạt 100%, tỷ lệ dân số sử dụng nước sạch hợp vệ sinh đạt 96%."))
        .isEmpty();
    // counter-example: goals a congress sets out "như:" are goals
    assertThat(
            TargetsRead.page(
                "Nhiệm kỳ 2025-2030, Đại hội đề ra một số mục tiêu chủ yếu như: hằng năm có trên "
                    + "90% chi bộ hoàn thành tốt nhiệm vụ trở lên."))
        .containsExactly("GT 90");
  }

  @Test
  void theStateAsOfTheEndOfAYearIsAResult() {
    // pbgdpl, Thái Bình's digital transformation to 2024 (unseen29): goals tallied with their
    // degree
    assertThat(
            TargetsRead.page(
                "Tính đến hết năm 2024, có 15/16 mục tiêu theo kế hoạch chuyển đổi số của tỉnh "
                    + "hoàn thành 100%; 1/16 mục tiêu hoàn thành trên 87%."))
        .isEmpty();
    // realistic: a share reached "tính đến cuối năm"
    assertThat(
            TargetsRead.page(
                "Tính đến cuối năm 2023, tỷ lệ hồ sơ được tiếp nhận trực tuyến của tỉnh đạt trên "
                    + "60%."))
        .isEmpty();
    // counter-example: a deadline to reach ("đến hết năm 2025") after a word of intent is a goal
    assertThat(TargetsRead.page("Phấn đấu đến hết năm 2025, có 100% hồ sơ được số hóa."))
        .containsExactly("EQ 100");
  }

  @Test
  void aLevelRaisedToIsAtLeastTheFigure() {
    // nongthonvaphattrien, Lâm Đồng's new rural districts in 2024 (unseen31)
    assertThat(
            TargetsRead.page(
                "Mục tiêu trong năm 2024, toàn tỉnh Lâm Đồng có thêm 5 huyện Đam Rông, Lạc Dương, "
                    + "Di Linh, Bảo Lâm và Đạ Huoai đáp ứng tiêu chí nông thôn mới, nâng tỷ lệ 100% số "
                    + "huyện nông thôn mới trên địa bàn."))
        .containsExactly("GE 100");
    // baophutho, Phúc Yên's public service centre for 2026 (unseen25): "nâng tỷ lệ … lên 100%"
    assertThat(
            TargetsRead.page(
                "Năm 2026, Trung tâm đặt mục tiêu nâng tỷ lệ tiếp nhận, giải quyết hồ sơ trực "
                    + "tuyến lên 100%."))
        .containsExactly("GE 100");
    // counter-example: a bare "100% …" goal is all, EQ
    assertThat(TargetsRead.page("Mục tiêu trong năm 2026, 100% xã đạt chuẩn nông thôn mới."))
        .containsExactly("EQ 100");
  }

  @Test
  void theFarmShareNamedAsSuchAfterItsSectorIsACeiling() {
    // vietnammoi, Đà Nẵng's master plan to 2020 (unseen31): "chiếm tỷ trọng 1 - 2%", at most 2
    assertThat(
            TargetsRead.page(
                "Mục tiêu cụ thể\n"
                    + "Tăng trưởng kinh tế giai đoạn 2016 - 2020 đạt 8 - 9%/năm; cơ cấu kinh tế có khu "
                    + "vực dịch vụ chiếm tỷ trọng từ 64 - 65%, khu vực công nghiệp - xây dựng chiếm 33 "
                    + "- 34%, khu vực nông nghiệp chiếm tỷ trọng 1 - 2%."))
        .containsExactly("GE 8", "GE 64", "GE 33", "LE 2");
    // realistic: "nông nghiệp chiếm tỷ trọng khoảng 10%"; the services' share stays a floor
    assertThat(
            TargetsRead.page(
                "Mục tiêu cụ thể\n"
                    + "Cơ cấu kinh tế đến năm 2030: dịch vụ chiếm tỷ trọng 55%, nông nghiệp chiếm tỷ "
                    + "trọng khoảng 10%."))
        .containsExactly("GE 55", "LE 10");
  }

  @Test
  void aRangeTypedWithACommaGluedToItsDashIsOneRange() {
    // agro.gov.vn, the farm ministry's goals for 2018 (unseen32): "tối thiểu 3,0%,-3,05%"
    assertThat(
            TargetsRead.page(
                "Theo đó, năm 2018, nhằm góp phần thực hiện mục tiêu tăng trưởng chung của cả "
                    + "nước đạt 6,5-6,7%, Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) phấn đấu tốc "
                    + "độ tăng trưởng GDP ngành đạt tối thiểu 3,0%,-3,05%, xuất khẩu đạt từ 40 - 40,5 "
                    + "tỷ USD, có 39,8% số xã được công nhận đạt chuẩn nông thôn mới."))
        .containsExactly("GE 6.5", "GE 3.0", "GE 39.8");
    // counter-example: a comma and a space before a dash part two figures of a list
    assertThat(
            TargetsRead.page(
                "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 30%, -tỷ lệ thanh toán trực tuyến đạt 40%."))
        .containsExactly("GE 30", "GE 40");
  }
}
