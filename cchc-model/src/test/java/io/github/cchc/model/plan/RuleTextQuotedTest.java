package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class of {@link RuleTextQuoted}: the text of a rule of law, quoted or proposed, sets no goal.
 */
class RuleTextQuotedTest {
  /** As a letter or plan is read: a sentence with neither intent nor result words is a goal. */
  private static List<String> read(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  /** unseen62's Lào Cai công văn 5141 copying out an article of a Thông tư ("khoản 2 Điều này"). */
  @Test
  void anArticleCopiedOutIntoALetterSetsNoGoal() {
    assertThat(
            read(
                "Trường hợp số liệu trong sổ sách, chứng từ, tài liệu quy định tại khoản 2 Điều"
                    + " này có sự chênh lệch quá 10% so với số liệu trong sổ theo dõi, thống kê quy"
                    + " định tại điểm a khoản 2 Điều này, tổ chức, cá nhân khai thác khoáng sản"
                    + " phải có trách nhiệm giải trình."))
        .isEmpty();
  }

  /** unseen62's Lào Cai Báo cáo on Chỉ thị 38/CT-TTg: an amendment of a decree proposed. */
  @Test
  void anAmendmentOfADecreeProposedSetsNoGoal() {
    assertThat(
            read(
                "Xem xét, kiến nghị Chính phủ xem xét, sửa đổi Điều 137, Nghị định số"
                    + " 193/2025/NĐ-CP ngày 02/7/2025, trong đó những mỏ có giá trị từ 50 -150 tỷ"
                    + " sẽ thu trong 05 năm đầu tiên của giấy phép (nộp lần đầu chiếm tối thiểu 30%"
                    + " giá trị mỏ)."))
        .isEmpty();
  }

  /** Near case: "Điều này" heading a sentence is the demonstrative "this", and quotes nothing. */
  @Test
  void theDemonstrativeQuotesNothing() {
    assertThat(RuleTextQuoted.is(VietnameseText.fold("Điều này cho thấy các cơ quan cần nỗ lực.")))
        .isFalse();
    assertThat(
            read(
                "Phấn đấu đến năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%. Điều này"
                    + " đòi hỏi các cơ quan phải nỗ lực hơn nữa."))
        .containsExactly("GT 98");
  }
}
