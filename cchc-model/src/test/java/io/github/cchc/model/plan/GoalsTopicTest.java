package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.VietnameseText;
import org.junit.jupiter.api.Test;

/** Goals named as the topic of a sentence told as a result set nothing ({@link GoalsTopic}). */
class GoalsTopicTest {

  @Test
  void theTopicOfAResultSetsNothing() {
    // cafef on Bắc Ninh's 2025 (unseen59)
    assertThat(
            TargetsRead.page(
                "Làm rõ thêm về kết quả năm 2025, Chủ tịch UBND tỉnh nhấn mạnh, nhiều chỉ tiêu của"
                    + " Bắc Ninh tiếp tục thuộc nhóm dẫn đầu cả nước. Về các chỉ tiêu kinh tế, tăng"
                    + " trưởng GRDP đạt 10,27% - đứng thứ 5 toàn quốc; GRDP bình quân đầu người đạt"
                    + " 5.852 USD."))
        .isEmpty();
    assertThat(GoalsTopic.end(VietnameseText.fold("Về các chỉ tiêu kinh tế, tăng trưởng")))
        .isEqualTo(24);
  }

  @Test
  void aGoalSetAfterTheResultOrATopicOfGoalsStillGivesThem() {
    // near cases: a word of intent of a later clause; the topic of a list of goals told as
    // nothing in particular (the Đại hội XIII resolution's social goals)
    assertThat(
            TargetsRead.page(
                "Về các chỉ tiêu kinh tế, tăng trưởng GRDP đạt 10,27% - đứng thứ 5 toàn quốc; năm"
                    + " 2026 phấn đấu tăng trưởng trên 12%."))
        .containsExactly("GT 12");
    assertThat(
            TargetsRead.page(
                "Về các chỉ tiêu xã hội, tuổi thọ trung bình khoảng 74,5 tuổi; tỷ lệ tham gia BHYT"
                    + " đạt 95% dân số."))
        .containsExactly("GE 95");
  }
}
