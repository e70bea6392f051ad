package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The goal a result is judged against, its figure after the goal's name ({@link GoalVerdict}):
 * "vượt mục tiêu tối thiểu 85%", "(vượt chỉ tiêu toàn quốc là 60%)", "chưa đạt mục tiêu đề ra, trên
 * 20%", "thấp hơn mức 8,1% theo kế hoạch". The goal is read, the result beside it is not.
 */
class GoalVerdictTest {
  @Test
  void theGoalAResultPassedIsAGoal() {
    // tttt.danang.gov.vn on Đà Nẵng's online public services, November 2022 (unseen43)
    assertThat(
            TargetsRead.page(
                """
                Tính đến ngày 26/11, đã có 690/763 dịch vụ công (DVC) phát sinh hồ sơ trực tuyến,\
                 chiếm tỷ lệ 90,43% trong tổng số DVC có phát sinh hồ sơ DVC. Tỷ lệ này tăng 4,68%\
                 so với cuối tháng 10/2022 và vượt mục tiêu tối thiểu 85% của Thành phố vào cuối\
                 năm 2022.
                Tỷ lệ hồ sơ trực tuyến tính chung toàn thành phố đạt tỷ lệ 71%, tăng 4% so với tháng\
                 10/2022 và vượt mục tiêu tối thiểu 65% vào cuối năm 2022.
                """))
        .containsExactly("GE 85", "GE 65");
    // vnmedia.vn on Đà Nẵng's citizen platform, 2023 (unseen43)
    assertThat(
            TargetsRead.page(
                "- Tính đến tháng 12/2023, Thành phố Đà Nẵng có gần 50% người dân trưởng thành có"
                    + " tài khoản công dân số (gắn với 1 kho dữ liệu trên Hệ thống); đã tích hợp được"
                    + " 1.569 dịch vụ công trực tuyến lên Cổng dịch vụ công quốc gia, chiếm tỉ lệ 82%;"
                    + " tỉ lệ hồ sơ trực tuyến đạt tỉ lệ 94% (vượt chỉ tiêu toàn quốc là 60%)."))
        .containsExactly("GE 60");
    // thvl.vn on Vĩnh Long's poverty over 2015-2020 (unseen38)
    assertThat(
            TargetsRead.page(
                "Đến năm 2020, hộ nghèo của tỉnh giảm 5.160 hộ, bình quân giảm 1,02%, vượt chỉ tiêu"
                    + " Nghị quyết đề ra là 1%."))
        .containsExactly("GE 1");
    // thoitranglamdep.com on the national programme 1719's first phase (unseen39): a bare figure
    // not smaller than half the result is the goal
    assertThat(
            TargetsRead.page(
                "Chất lượng nguồn nhân lực được cải thiện rõ rệt: 57,8% lao động DTTS trong độ tuổi"
                    + " được đào tạo nghề phù hợp (vượt mục tiêu 50%)."))
        .containsExactly("GE 50");
  }

  @Test
  void theGoalAResultMissedIsAGoal() {
    // kinhtetrunguong.vn on Thanh Hóa's human resources to 2030 (unseen37)
    assertThat(
            TargetsRead.page(
                "Năm 2019 tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) Tỉnh đạt 17,15% (chưa"
                    + " đạt mục tiêu đề ra, trên 20%), song là mức tăng trưởng cao nhất từ trước đến"
                    + " nay."))
        .containsExactly("GT 20");
    // nld.com.vn on Khánh Hòa's growth in 2025 (unseen41): the plan's level after the verdict;
    // "chỉ tiêu" names the measure that grew, it sets nothing
    assertThat(
            TargetsRead.page(
                "Tuy nhiên, chỉ tiêu tổng sản phẩm trên địa bàn (GRDP) Khánh Hòa ước đạt hơn 100"
                    + " ngàn tỉ đồng, chỉ tăng 7,11%, thấp hơn mức 8,1% theo kế hoạch."))
        .containsExactly("GE 8.1");
    // a realistic variant: the goal named "đề ra là" after "chưa đạt"
    assertThat(
            TargetsRead.page(
                "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,5%, chưa đạt chỉ tiêu Nghị quyết đề ra là"
                    + " 98%."))
        .containsExactly("GE 98");
  }

  @Test
  void theGoalsFigureInParenthesesAfterTheVerdictIsAGoal() {
    // the Ministry of Planning and Investment's report on industry in the first two months of 2007
    // (a TCVN3 PDF in TrizenX/viparse-corpus, corpus unseen36): the year's plan beside the results
    assertThat(
            TargetsRead.page(
                """
                Tính gộp 2 tháng đầu năm GTSXCN ước đạt 89.084 tỷ đồng tăng 17,5% vượt mức kế hoạch                 đề ra cho cả năm 2007 (16%), trong đó khu vực quốc doanh tăng 8,8% và có tỷ trọng                 tiếp tục giảm trong GTSXCN cả nước (chỉ còn 26,1%).
                Hai tháng đầu năm các sản phẩm chiếm tỷ trọng lớn trong GTSXCN đạt mức tăng trưởng                 cao hơn kế hoạch đề ra cho toàn ngành (16%) là than sạch tăng 24,9%, khí đốt thiên                 nhiên tăng 24,3%.
                """))
        .containsExactly("GE 16", "GE 16");
    // baomoi.com on Đắk Lắk's poverty (unseen18): a yearly plan
    assertThat(
            TargetsRead.page(
                "Tỷ lệ hộ nghèo giảm từ 27,55% xuống còn 7,45%, bình quân mỗi năm giảm hơn 4%, vượt"
                    + " kế hoạch đề ra (2,5%/năm)."))
        .containsExactly("GE 2.5");
    // a realistic variant: a bare figure in parentheses far below the result is the margin
    assertThat(TargetsRead.page("Thu ngân sách đạt 112%, vượt kế hoạch năm (12%).")).isEmpty();
  }

  @Test
  void theMarginPastAGoalIsNoGoal() {
    // xuctiendautuhagiang.gov.vn on Hà Giang's 2017 (unseen22): 0,36% is the margin past the goal
    // (7,36% against 7%), far less than half the result
    assertThat(
            TargetsRead.page(
                "Tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng 7,36% so với năm 2016 (vượt mục tiêu"
                    + " Nghị quyết 0,36%)."))
        .isEmpty();
    // a realistic variant: a growth one point short of its plan
    assertThat(TargetsRead.page("Năm 2024, tăng trưởng kinh tế đạt 8,2%, thấp hơn kế hoạch 1%."))
        .isEmpty();
    assertThat(GoalVerdict.spans("tang truong dat 8,2%, thap hon ke hoach 1%")).isEmpty();
    assertThat(GoalVerdict.spans("tang truong dat 8,2%, thap hon ke hoach la 9%")).hasSize(1);
    // cafef.vn on Lâm Đồng's 2024 (unseen38): "và tăng" names a result, not whose goal it is
    assertThat(GoalVerdict.spans("vuot so voi ke hoach va tang 6,1% so voi cung ky")).isEmpty();
  }

  @Test
  void aSentenceThatSetsAGoalOfItsOwnKeepsIt() {
    // a realistic variant: the year's result past its goal, then the next year's goal
    assertThat(
            TargetsRead.page(
                "Năm 2024 tăng trưởng 7%, vượt mục tiêu 6,5%; năm 2025 phấn đấu tăng trưởng trên"
                    + " 8%."))
        .contains("GT 8");
  }

  @Test
  void theGoalsMeasureBeforeItsBoundAndARangeInParenthesesAreTheGoal() {
    // haiduongdost on Hải Dương's 2024 (unseen49): the goal to grow by more than 9%
    assertThat(
            TargetsRead.page(
                "Trong đó có 6 điểm nổi bật đó là tăng trưởng kinh tế đứng thứ 6/63 tỉnh, thành phố"
                    + " trong cả nước, ước tăng 10,2% (vượt mục tiêu tăng trên 9%)."))
        .containsExactly("GT 9");
    // vietnamnet on Bình Định's 2023 (unseen50): the plan's range in parentheses, at its lower end
    assertThat(
            TargetsRead.page(
                "Năm 2023, GRDP tăng 7,61%, vượt so với kế hoạch HĐND tỉnh giao (7 - 7,5%)."))
        .containsExactly("GE 7");
    assertThat(TargetsRead.page("Năm 2023, GRDP tăng 7,61%, vượt kế hoạch đề ra (7 - 7,5%)."))
        .containsExactly("GE 7");
    // near cases: a measure with no bound after the goal's name is the margin or a result
    assertThat(TargetsRead.page("Năm 2023, GRDP tăng 7,61%, vượt kế hoạch tăng 2%.")).isEmpty();
    assertThat(GoalVerdict.spans("vuot muc tieu tang 0,5% so voi cung ky")).isEmpty();
  }

  @Test
  void aGoalNotCompletedGivesItsFigure() {
    // vov.vn on Hồ Chí Minh City's disbursement in 2022 (unseen55); "đầu tư" is no bound "từ"
    assertThat(
            TargetsRead.page(
                "Năm 2022, TP.HCM đã không thể hoàn thành mục tiêu giải ngân vốn đầu tư công trên"
                    + " 95%. Do đó, năm 2023, TP.HCM đã khẩn trương bắt tay ngay vào các giải pháp."))
        .containsExactly("GT 95");
  }

  @Test
  void aGoalNotCompletedWithoutItsFigureGivesNothing() {
    // near cases: no figure of the goal; the result after a comma is no goal's figure
    assertThat(
            TargetsRead.page(
                "Năm 2022, TP.HCM đã không thể hoàn thành mục tiêu giải ngân vốn đầu tư công."))
        .isEmpty();
    assertThat(
            TargetsRead.page("Năm 2022, tỉnh chưa hoàn thành chỉ tiêu thu ngân sách, chỉ đạt 87%."))
        .isEmpty();
  }

  @Test
  void theLevelTheGoalNamesAfterDatSoVoiMucIsTheGoal() {
    // mic.gov.vn on the ethnic minorities' poverty in 2023 (unseen22)
    assertThat(
            TargetsRead.page(
                "Theo báo cáo của các địa phương khu vực miền Trung - Tây Nguyên, tính đến hết tháng"
                    + " 6/2023 và ước đến 31/12/2023, tỷ lệ giảm nghèo vùng đồng bào dân tộc thiểu số"
                    + " của 17 tỉnh trong khu vực bình quân đạt 3,81%, đạt so với mức trên 3% mục"
                    + " tiêu kế hoạch Thủ tướng Chính phủ giao tại Quyết định 1719/QĐ-TTg ngày"
                    + " 14/10/2021."))
        .containsExactly("GT 3");
    // near case: a level reached that is a share of the plan
    assertThat(TargetsRead.page("Thu ngân sách đạt 3.000 tỷ đồng, đạt mức 95% kế hoạch năm."))
        .isEmpty();
  }
}
