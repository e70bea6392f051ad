package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of false targets and wrong comparators found on the first runs of unseen37–unseen40
 * (issue 16 part T2f): each test names its class and the page of its real sentence.
 */
class FreshSetComparatorsTest {
  private static List<String> plan(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  /**
   * A bare "xuống X%" set against a base period is a cut of X points, not a level of X%: unseen37's
   * baodantoc page on Quảng Nam's 2024 nutrition plan for poor districts (the README's convention
   * for unseen37).
   */
  @Test
  void downByAFigureAgainstABaseYearIsACut() {
    assertThat(
            plan(
                "Riêng năm 2024, phấn đấu giảm tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi thể thấp"
                    + " còi sinh sống trên địa bàn các huyện nghèo xuống 2% so với năm 2023."))
        .containsExactly("GE 2");
    // the same plan for 2023 (baoquangnam), "giảm xuống"
    assertThat(
            plan(
                "Theo chỉ tiêu đặt ra trong năm 2023, phấn đấu tỷ lệ suy dinh dưỡng trẻ em dưới 5"
                    + " tuổi thể thấp còi sinh sống trên địa bàn các huyện nghèo giảm xuống 1% so"
                    + " với năm 2022."))
        .containsExactly("GE 1");
    // a realistic variant: against the same period of the year before
    assertThat(plan("Phấn đấu giảm tỷ lệ tai nạn lao động xuống 5% so với cùng kỳ năm 2024."))
        .containsExactly("GE 5");
    // a level brought down to, with no base, stays a ceiling (Kon Tum's KH 1479/2022)
    assertThat(
            plan(
                "Giảm tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi thể thấp còi xuống 29,5% vào năm"
                    + " 2025."))
        .containsExactly("LE 29.5");
    // "xuống còn" names the level left, whatever follows it
    assertThat(plan("Phấn đấu giảm tỷ lệ hộ nghèo xuống còn 2% so với năm 2020."))
        .containsExactly("LE 2");
  }

  /**
   * A list of cuts under one "giảm": the bare figure after "và" is a second cut, at least its
   * figure, not a ceiling on what is held down: unseen37's giamngheo.sldtbxh page on Quảng Nam's
   * 2025 nutrition plan.
   */
  @Test
  void aFigureListedAfterACutIsACut() {
    assertThat(
            plan(
                "Năm 2025, tỉnh đặt ra một loạt chỉ tiêu cụ thể, trong đó có việc giảm 2% tỷ lệ"
                    + " suy dinh dưỡng thể thấp còi và 1% tỷ lệ suy dinh dưỡng thể gầy còm ở trẻ em"
                    + " dưới 5 tuổi sinh sống tại các huyện nghèo."))
        .containsExactly("GE 2", "GE 1");
    // a realistic variant: a comma between the cuts
    assertThat(plan("Phấn đấu giảm 1,5% tỷ lệ hộ nghèo, 3% tỷ lệ trẻ em suy dinh dưỡng."))
        .containsExactly("GE 1.5", "GE 3");
    // a figure after a semicolon, not listed right after "giảm N%": a share held down, unchanged
    assertThat(plan("Phấn đấu giảm tỷ lệ hộ nghèo 1,5%; 3% tỷ lệ trẻ em suy dinh dưỡng."))
        .containsExactly("GE 1.5", "LE 3");
  }

  /**
   * Goals named as missed ("Một số chỉ tiêu khác không đạt, đó là …") are a report's tally, no word
   * of intent: the results after them are no targets, the plan's figures in brackets they are set
   * against are: unseen38's cafef page on Lâm Đồng's 2024 results.
   */
  @Test
  void goalsToldAsMissedSetOnlyTheirBracketedPlan() {
    assertThat(
            TargetsRead.page(
                "Một số chỉ tiêu khác không đạt, đó là tổng vốn đầu tư toàn xã hội đến hết năm"
                    + " 2024 bằng 28,5% GRDP (kế hoạch từ 34 - 36%); thu ngân sách nhà nước đạt"
                    + " 13.100 tỷ đồng, bằng 100,1% dự toán Trung ương, bằng 92,6% dự toán địa"
                    + " phương..."))
        .containsExactly("GE 34");
    // a realistic variant: "chưa đạt", two plans in brackets
    assertThat(
            TargetsRead.page(
                "Các chỉ tiêu chưa đạt gồm tốc độ tăng trưởng kinh tế đạt 6,2% (kế hoạch 7%) và"
                    + " tỷ lệ đô thị hóa đạt 28% (kế hoạch 30%)."))
        .containsExactly("GE 7", "GE 30");
    // a bracket of a past result is no plan: nothing read
    assertThat(
            TargetsRead.page(
                "Một số chỉ tiêu không đạt, như tỷ lệ đô thị hóa đạt 28% (năm 2023 là 27%), thu"
                    + " ngân sách bằng 92,6% dự toán."))
        .isEmpty();
  }

  /**
   * The bounded level a change starts from ("từ trên 20% hiện nay xuống …") is no goal; the level
   * it goes to is: unseen39's thuysanvietnam page on the fisheries plan 1445/QĐ-TTg (the README's
   * convention for unseen39).
   */
  @Test
  void aBoundedBaseOfAChangeIsNoGoal() {
    assertThat(
            plan(
                "Phấn đấu giảm tổn thất sau thu hoạch sản phẩm khai thác hải sản từ trên 20% hiện"
                    + " nay xuống dưới 10%."))
        .containsExactly("LT 10");
    // a realistic variant: "từ khoảng", a base year, a rise
    assertThat(plan("Phấn đấu nâng tỷ lệ đô thị hóa từ khoảng 30% năm 2020 lên 45% vào năm 2030."))
        .containsExactly("GE 45");
    // no change after it: "từ trên 3%" is the goal itself, unchanged
    assertThat(plan("Phấn đấu tỷ lệ hộ nghèo giảm từ trên 3%.")).containsExactly("GT 3");
  }

  /**
   * A level brought down to "the equivalent of" a figure is a ceiling, a range at its worst end:
   * unseen40's thuvienphapluat page on Quyết định 2229/QĐ-TTg (logistics), under its list of goals.
   */
  @Test
  void downToTheEquivalentOfAFigureIsACeiling() {
    assertThat(
            plan(
                "Mục tiêu đến năm 2035:\n- Chi phí logistics so với tổng sản phẩm trong nước giảm"
                    + " xuống tương đương 12% - 15%."))
        .containsExactly("LE 15");
    // a realistic variant, one figure
    assertThat(plan("Phấn đấu giảm tỷ lệ hộ nghèo xuống tương đương 2%.")).containsExactly("LE 2");
    // "tương đương" after a result is a share reported, no goal: unchanged
    assertThat(TargetsRead.page("Doanh thu đạt 1.230 tỷ đồng, tương đương 102% kế hoạch."))
        .isEmpty();
  }

  /**
   * A count held now, approximated twice ("hiện có khoảng hơn 940 nghìn doanh nghiệp"), tells the
   * present level: its shares are results, not goals: unseen40's thuvienphapluat page on Nghị quyết
   * 68-NQ/TW (private economy).
   */
  @Test
  void aCountHeldNowApproximatedTwiceIsAResult() {
    assertThat(
            plan(
                "Khu vực kinh tế tư nhân hiện có khoảng hơn 940 nghìn doanh nghiệp và hơn 5 triệu"
                    + " hộ kinh doanh đang hoạt động, đóng góp khoảng 50% GDP, hơn 30% tổng thu"
                    + " ngân sách nhà nước và sử dụng khoảng 82% tổng số lao động vào tăng trưởng"
                    + " kinh tế."))
        .isEmpty();
    // a realistic variant
    assertThat(plan("Toàn tỉnh hiện có khoảng hơn 85% số xã đạt chuẩn nông thôn mới.")).isEmpty();
    // the goal to come, with no "hiện có", stays: a range at its lower end
    assertThat(plan("Đến năm 2030, khu vực kinh tế tư nhân đóng góp khoảng 55% - 58% GDP."))
        .containsExactly("GE 55");
  }

  /**
   * The level of a past period beside a plan's figure in its brackets is a past result, not the
   * plan: unseen38's thuvienphapluat copy of Hậu Giang's Kế hoạch 1983/KH-UBND (2020), its results
   * set against the five-year plan.
   */
  @Test
  void aPastLevelBesideThePlanIsNoGoal() {
    assertThat(
            TargetsRead.page(
                "Tốc độ tăng trưởng kinh tế GRDP bình quân 5 năm đạt 5,26% (kế hoạch trên 7%);"
                    + " trong đó khu vực I: 2,26% (kế hoạch là 3%, 5 năm trước là 1,85%)."))
        .containsExactly("GT 7", "GE 3");
    // a realistic variant: "năm trước là"
    assertThat(
            TargetsRead.page(
                "Tốc độ tăng trưởng bình quân đạt 5,5% (kế hoạch 6%); trong đó khu vực II: 6,1%"
                    + " (kế hoạch 7%, năm trước là 5,2%)."))
        .containsExactly("GE 6", "GE 7");
  }
}
