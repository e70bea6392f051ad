package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan's figure in brackets named "KH" beside a result ({@link PlanFigureAbbreviated}). */
class PlanFigureAbbreviatedTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void thePlansFiguresInBracketsAfterTheResultsAreTheGoalsAndTheResultsAreNot() {
    // thuonghieucongluan.com.vn on Ninh Thuận's 2023 chỉ tiêu (corpus unseen46): the plan's
    // percentages are read, the farm share's at its worst end; the plans in tỷ đồng and triệu
    // đồng, the shares of the plan ("đạt 102,3% KH", "đạt 33,3%KH") and the results are not
    String text =
        "Về kinh tế: Dự kiến 06/09 chỉ tiêu đạt kế hoạch: Tỷ trọng đóng góp của kinh tế biển vào"
            + " GRDP 41,85% (KH 41%); Tổng vốn đầu tư toàn xã hội khoảng 22.710 tỷ đồng, đạt 102,3%"
            + " KH (KH 22.200 tỷ đồng), tăng 15,3% so cùng kỳ; GRDP bình quân đầu người ước đạt 87,7"
            + " triệu đồng (KH 87-88 triệu đồng); Tổng thu ngân sách nhà nước trên địa bàn ước đạt"
            + " 3.658 tỷ đồng đạt 100% KH (KH 3.658 tỷ đồng) (trong đó: thu nội địa 3.608 tỷ đồng,"
            + " đạt 102,9% KH; thu xuất nhập khẩu đạt 50 tỷ đồng, đạt 33,3%KH); Tỷ trọng đóng góp"
            + " năng suất các nhân tố tổng hợp (TFP) vào GRDP 35,39% (KH 32-33%); Năng suất lao động"
            + " tăng 7,78% (KH 6-7%). Có 03/09 chỉ tiêu còn khó khăn, không đạt kế hoạch: Tốc độ"
            + " tăng trưởng GRDP 9,40% (KH tăng 10-11%); Cơ cấu kinh tế: Nông, lâm nghiệp và thủy"
            + " sản 28,5% (KH 28-29%), công nghiệp-xây dựng 39,8% (KH 39-40%), dịch vụ 31,7% (KH"
            + " 32-33%); Tỷ trọng kinh tế số đóng góp vào GRDP 9,56% (KH 12%).";
    assertThat(read(text))
        .containsExactly(
            "GE 41 PERCENT",
            "GE 32 PERCENT",
            "GE 6 PERCENT",
            "GE 10 PERCENT",
            "LE 29 PERCENT",
            "GE 39 PERCENT",
            "GE 32 PERCENT",
            "GE 12 PERCENT");
  }

  @Test
  void aReportOfAnotherProvinceAndYearGivesItsPlanTheSameWay() {
    // longan.gov.vn on Long An's 2005 results (corpus unseen47): "10,9%" and "5,3%" are results
    String text =
        "I. Lĩnh vực kinh tế:\n"
            + "1. Tăng trưởng kinh tế đạt 10,9% (KH 10,5%) trong đó khu vực nông-lâm-ngư nghiệp"
            + " (KV I) đóng góp 2,35%; khu vực công nghiệp-xây dựng (KV II) đóng góp 6%; khu vực"
            + " thương mại-dịch vụ (KV III) đóng góp 2,55%.\n"
            + "2. Giá trị sản xuất toàn ngành nông-lâm-ngư nghiệp tăng 6,2%; giá trị tăng thêm đạt"
            + "5,3% (KH 5,1%).";
    assertThat(read(text)).containsExactly("GE 10.5 PERCENT", "GE 5.1 PERCENT");
  }

  @Test
  void theBracketWithAColonOrAYearIsOfTheClassAndOtherBracketsAreNot() {
    // realistic variants of the class: "(KH: 95%)", "(KH năm 2024: 8-8,5%)"
    assertThat(PlanFigureAbbreviated.spans("ty le ho so dung han dat 97,2% (kh: 95%)")).hasSize(1);
    assertThat(PlanFigureAbbreviated.spans("grdp tang 7,9% (kh nam 2024: 8-8,5%)")).hasSize(1);
    // counter-examples: a plan in money, an abbreviation of science and technology, a share of
    // the plan
    assertThat(PlanFigureAbbreviated.spans("von dau tu dat 102,3% kh (kh 22.200 ty dong)"))
        .isEmpty();
    assertThat(PlanFigureAbbreviated.spans("chi cho khcn (kh&cn) tang 2%")).isEmpty();
    assertThat(PlanFigureAbbreviated.spans("thu xuat nhap khau dat 33,3%kh")).isEmpty();
  }

  /** cafef on Đắk Lắk's nine months of 2025 (corpus unseen59). */
  private static final String DAK_LAK =
      "Báo cáo của tỉnh cho biết, sau hơn 4 tháng vận hành bộ máy mới, tình hình kinh tế xã hội"
          + " của tỉnh nhìn chung tiếp tục duy trì đà tăng trưởng, một số chỉ tiêu đạt mức tăng"
          + " trưởng khá, vượt kịch bản đề ra.\n\nTăng trưởng GRDP 9 tháng ước đạt 6,9% (kịch bản"
          + " tăng trưởng (KBTT): 7,87%). Trong đó: Khu vực nông, lâm nghiệp và thủy sản ước đạt"
          + " 5,39% (KBTT: 5,44%); Khu vực công nghiệp và xây dựng ước đạt 9,34% (KBTT: 11,08%),"
          + " trong đó công nghiệp ước đạt 10,68% (KBTT: 11,03%); xây dựng ước đạt 6,91% (KBTT:"
          + " 11,59%). Khu vực dịch vụ ước đạt 7,22% (KBTT: 8,16%).";

  @Test
  void theScenarioTheResultsAreSetAgainstIsReadByTheAbbreviationThePageDefines() {
    assertThat(read(DAK_LAK))
        .containsExactly(
            "GE 7.87 PERCENT",
            "GE 5.44 PERCENT",
            "GE 11.08 PERCENT",
            "GE 11.03 PERCENT",
            "GE 11.59 PERCENT",
            "GE 8.16 PERCENT");
    assertThat(PlanAbbreviations.defined("uoc dat 6,9% (kich ban tang truong (kbtt): 7,87%)"))
        .containsExactly("kbtt");
  }

  @Test
  void anAbbreviationNotMadeOfThePlansInitialsOrNotDefinedIsNone() {
    // near cases: a bracket naming the measure, not the plan; an abbreviation the page never
    // defines
    assertThat(PlanAbbreviations.defined("muc tieu tang nang suat cac nhan to tong hop (tfp)"))
        .isEmpty();
    assertThat(
            read(
                "Tăng trưởng GRDP 9 tháng ước đạt 6,9% (KBTT: 7,87%). Khu vực dịch vụ ước đạt"
                    + " 7,22% (TB: 8,16%)."))
        .isEmpty();
  }
}
