package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * News pages report what happened: a figure is a goal only when the page says it is one (a word of
 * intent, a sentence going on with one that had it, the future, a threshold, a deadline still to
 * come). Classes of cases found on the third fresh holdout ({@code corpus/unseen3}), each with the
 * real sentence of a page (issue 16, fourth round).
 */
class NewsPageGoalsTest {
  @Test
  void measuredFiguresOfAPageAreResults() {
    // cantho.gov.vn: a series of yearly results
    assertThat(
            TargetsRead.page(
                "Theo đánh giá của Cổng Dịch vụ công quốc gia, mức độ hài lòng liên tục tăng qua"
                    + " các năm: năm 2022 đạt 81,98%, năm 2023 đạt 93,08%, năm 2024 đạt 97,68% và"
                    + " năm 2025 đạt 94,67%."))
        .isEmpty();
    // dantri.com.vn (Nghệ An): rates of the moment
    assertThat(
            TargetsRead.page(
                "Tỷ lệ hồ sơ nộp trực tuyến đạt 70,32%; dịch vụ công trực tuyến toàn trình chiếm"
                    + " 40,64%; thanh toán trực tuyến đạt 83,26%."))
        .isEmpty();
    // taichinhdientu.vn: places with their rates
    assertThat(TargetsRead.page("Tiếp theo là Hải Phòng (92,59%), Đồng Nai (92,53%).")).isEmpty();
    // dttc.sggp.org.vn: "chia sẻ" is not "sẽ"
    assertThat(
            TargetsRead.page(
                "Ngoài ra, hơn 30,7% chế độ báo cáo được kết nối, tích hợp, chia sẻ dữ liệu số trên"
                    + " hệ thống thông tin báo cáo của tỉnh."))
        .isEmpty();
  }

  @Test
  void aNewsPageIsReadWithResultsByDefault() {
    // taichinhdientu.vn: headline, lead, results; no word of intent anywhere
    String text =
        "NHNN và Bộ Tài chính đứng top đầu PAR INDEX 2015\n\n"
            + "(eFinance Online) - Sáng nay, tại hội nghị về cải cách hành chính, Thứ trưởng Bộ Nội"
            + " vụ đã công bố chỉ số cải cách hành chính năm 2015 (PAR INDEX) của các Bộ ngành và"
            + " UBND cấp tỉnh.\n\n"
            + "Kết quả cho thấy, Ngân hàng Nhà nước dẫn đầu 19 Bộ, ngành trong bảng xếp hạng này với"
            + " chỉ số 89,42%.\n\n"
            + "Đối với nhóm tỉnh, thành phố, dẫn đầu vẫn là thành phố Đà Nẵng, Năm nay, thành phố"
            + " này có chỉ số đạt 93,31%. Tiếp theo là Hải Phòng (92,59%), Đồng Nai (92,53%).";
    Plan plan = PlanReader.readAnyText("taichinhdientu", text);
    assertThat(plan.article()).isTrue();
    assertThat(plan.targets()).isEmpty();
    // the same figures in a plan's body are goals
    assertThat(TargetExtractor.extract("Thành phố có chỉ số đạt 93,31%.", false)).hasSize(1);
  }

  @Test
  void aSentenceGoingOnWithAGoalSetsOne() {
    // nhandan.vn (Sóc Trăng): "Khi đó, …" after "Phấn đấu đến năm 2030, …"
    String text =
        "Phấn đấu đến năm 2030, Sóc Trăng hoàn thành chuyển đổi số đồng bộ trên phạm vi toàn"
            + " tỉnh.\n"
            + "Khi đó, 100% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh; 90%"
            + " đối với cấp huyện; 70% đối với cấp xã.";
    assertThat(TargetsRead.page(text)).containsExactly("EQ 100", "GE 90", "GE 70");
    // the same words after a result set no goal
    assertThat(
            TargetsRead.page(
                "Năm 2024, tỉnh đã hoàn thành chuyển đổi số cấp tỉnh.\n"
                    + "Khi đó, 100% hồ sơ công việc được xử lý trên môi trường mạng."))
        .isEmpty();
    // mic.gov.vn (Hòa Bình): "Theo đó, … cần đưa … đạt 55%" after "giao chỉ tiêu"
    assertThat(
            TargetsRead.page(
                "Trước đó, UBND tỉnh Hoà Bình đã ban hành Quyết định số 279/QĐ-UBND ngày 18/2/2022"
                    + " giao chỉ tiêu về tỷ lệ hồ sơ được xử lý trực tuyến. Theo đó, trong năm"
                    + " 2022, cả 17 sở, ban, ngành và 10 UBND các huyện, thành phố của Hòa Bình cần"
                    + " đưa tỷ lệ hồ sơ được xử lý trực tuyến đạt 55%."))
        .containsExactly("GE 55");
  }

  @Test
  void aListAnnouncedAfterAGoalIsOneOfGoals() {
    // soctrang.gov.vn: "Mục tiêu của Đề án là …. Cụ thể:" then the list
    String text =
        "Mục tiêu của Đề án là cải thiện vị trí xếp hạng và tỷ lệ điểm Chỉ số cải cách hành chính"
            + " của tỉnh Sóc Trăng. Cụ thể:\n"
            + "         - Đến năm 2025, Chỉ số cải cách hành chính tỉnh Sóc Trăng xếp vào nhóm khá"
            + " cả nước, trong nhóm 15 tỉnh, thành phố đứng đầu cả nước.";
    assertThat(TargetsRead.page(text)).containsExactly("RANK_WITHIN 15");
    // "Cụ thể:" after a result announces results
    assertThat(
            TargetsRead.page(
                "Năm 2023 tỉnh đạt nhiều kết quả. Cụ thể:\n"
                    + "- Chỉ số cải cách hành chính xếp vào nhóm 15 tỉnh, thành phố đứng đầu."))
        .isEmpty();
  }

  @Test
  void theFutureAThresholdOrADeadlineToComeSetAGoal() {
    // tuyenquang.gov.vn
    assertThat(
            TargetsRead.page(
                "Đáng chú ý, 100% TTHC liên quan đến doanh nghiệp sẽ được thực hiện trực tuyến,"
                    + " không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh."))
        .containsExactly("EQ 100");
    // congan.com.vn (headline)
    assertThat(
            TargetsRead.page(
                "TPHCM: Cuối năm 2025, ít nhất 50% số xã đạt chuẩn nông thôn kiểu mẫu"))
        .containsExactly("GE 50");
    // mangyang.gialai.gov.vn: a deadline that is the latest year the page names
    assertThat(
            TargetsRead.page(
                "Đến năm 2025, 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến\n"
                    + "Văn phòng UBND tỉnh Gia Lai vừa có Công văn về giai đoạn 2022-2025."))
        .containsExactly("GE 80");
    // nhandan.vn (Sóc Trăng, January 2021): a date past in a page that names 2025
    assertThat(
            TargetsRead.page(
                "Đến cuối năm 2020, tỷ lệ hộ nghèo chung của tỉnh hơn 2,6%, tỷ lệ hộ cận nghèo là"
                    + " 8,9%.\n"
                    + "Tỉnh Sóc Trăng đã xây dựng Kế hoạch chuyển đổi số với mục tiêu đến 2025."))
        .isEmpty();
  }

  @Test
  void aReportsResultSetAgainstTheGoalOfAResolution() {
    // ls1.hethongphapluat.com, Báo cáo 427/BC-UBND of Bến Tre (found on unseen4)
    String s =
        "- Tốc độ tăng trưởng kinh tế (GRDP) ước tăng 5,3% (Nghị quyết 6,5%), đạt 81,54% kế hoạch.";
    assertThat(TargetsRead.page(s)).containsExactly("GE 6.5");
  }
}
