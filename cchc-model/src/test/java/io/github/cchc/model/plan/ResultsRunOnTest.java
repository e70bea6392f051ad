package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Results told in one run-on sentence beside the goals they are measured against (the Wikipedia
 * page of Vietnam's economy, tuning-wiki): a level set named with the body that set it ({@link
 * Goals#intentStart}), a yardstick without its figure ({@link GoalAsYardstick}), the plan's figure
 * given by a clause of its own ({@link PlanFigureNamed#clauses}) and a verdict whose goal's figure
 * follows "là tăng từ" ({@link GoalVerdict}).
 */
class ResultsRunOnTest {

  private static final String YEAR_2014 =
      "Năm 2014, kinh tế tăng trưởng 5,98% (số liệu Nhà nước Việt Nam), là năm đầu tiên vượt mức"
          + " do Quốc hội khóa XIII đề ra nhưng thấp hơn đề ra trong Kế hoạch 5 năm của Quốc hội"
          + " khóa XIII, trong khi thấp hơn một số nước xung quanh (theo số liệu của ADB) như Lào"
          + " (7,4%), Campuchia (7%, thông tấn xã Campuchia xác nhận tăng 7%, trong đó công nghiệp"
          + " tăng là 9,6%, tỷ lệ hộ nghèo đã giảm xuống dưới 18%), Myanmar (7,7%), và với đà tăng"
          + " như vậy, không đạt được chỉ tiêu chung cho kế hoạch 5 năm là tăng 6,5% – 7%/năm.";

  @Test
  void aYardstickWithoutItsFigureLeavesTheFiguresAfterItResults() {
    // only the goal the sentence names with its figure, further on, is read
    assertThat(TargetsRead.page(YEAR_2014)).containsExactly("GE 6.5");
  }

  @Test
  void aYardstickWithItsFigureStillGivesIt() {
    // near case: the level set given its figure in its clause
    assertThat(
            TargetsRead.page(
                "Năm 2014, kinh tế tăng trưởng 5,98%, vượt mức do Quốc hội đề ra là 5,8%, trong khi"
                    + " Lào tăng 7,4%."))
        .containsExactly("GE 5.8");
  }

  @Test
  void thePlansFigureInAClauseOfItsOwnAmongResultsIsTheGoal() {
    assertThat(
            TargetsRead.page(
                "Năm 2015, tăng trưởng GDP đạt 6,68% (số liệu Nhà nước), trong khi các nước láng"
                    + " giềng Trung Quốc là 6,9%, Lào 7,5% (năm tài chính 2014-2015 GDP tăng trưởng"
                    + " 7,9%, với thu nhập bình quân đầu người tăng lên đến 1.970 USD, kế hoạch tăng"
                    + " trưởng trung bình 7,5% mỗi năm giai đoạn 2016-2020, GDP bình quân đầu người"
                    + " 2,450 USD năm 2020, số liệu khác phấn đấu 3.190 USD vào năm 2020), Campuchia"
                    + " 6,9% (số liệu khác 7%, kế hoạch tăng 7% năm 2016)."))
        .containsExactly("GE 7.5", "GE 7");
    // near case: a share of the plan names no figure of it
    assertThat(
            TargetsRead.page(
                "Năm 2015, tổng vốn đầu tư đạt 96% kế hoạch, tăng 7,5% so với năm 2014."))
        .isEmpty();
    assertThat(PlanFigureNamed.clauses("dat 96% ke hoach, tang 7,5%")).isEmpty();
  }

  @Test
  void aGoalMissedGivesItsFigureAfterLaTangTu() {
    String text =
        "Tốc độ phát triển kinh tế (GDP) giai đoạn 2011–2015 đạt 5,91%/năm (số liệu nhà nước),"
            + " không đạt mục tiêu đề ra tại Đại hội XI của Đảng";
    assertThat(TargetsRead.page(text + " là tăng từ 7% đến 7,5%/năm.")).containsExactly("GE 7");
    // near case: the goal named without its figure
    assertThat(TargetsRead.page(text + ".")).isEmpty();
  }
}
