package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The class of {@link MarginOnPrescribedLevel}: a margin a rule allows around a norm it sets. */
class MarginOnPrescribedLevelTest {
  private static List<String> read(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  /** github-tnt305's Hải Phòng QĐ 218/2025 on the norms of office machines (unseen53). */
  @Test
  void aMarginOnAPrescribedPriceIsNoTarget() {
    assertThat(
            read(
                "d) Điều chỉnh mức giá máy móc, thiết bị phục vụ công tác các chức danh, phục vụ"
                    + " hoạt động chung trang bị tại phòng làm việc của cơ quan, đơn vị cao hơn từ"
                    + " trên 15% đến không quá 30% so với mức giá quy định tại Mục A Phụ lục II, Mục"
                    + " B Phụ lục II ban hành kèm theo Quyết định số 15/2025/QĐ-TTg."))
        .isEmpty();
    assertThat(read("Chi phí thực tế không vượt quá 10% so với định mức được cấp có thẩm quyền."))
        .isEmpty();
  }

  /** github-tnt305's Huế NQ 36/2025 on school fees (unseen54): a share of a prescribed fee. */
  @Test
  void aShareOfAPrescribedLevelIsNoTarget() {
    assertThat(
            read(
                "Trường hợp học trực tuyến (học online), mức học phí đối với cơ sở giáo dục công lập"
                    + " bằng 70% mức học phí theo quy định tại khoản 1 Điều này."))
        .isEmpty();
    // a share of a level that is no norm stays
    assertThat(read("Giá trị xuất khẩu năm 2025 bằng 70% mức năm 2020.")).containsExactly("GE 70");
  }

  @Test
  void aGoalOrAChangeAgainstAPastLevelStays() {
    // a word of intent makes the margin a goal
    assertThat(read("Phấn đấu tiết kiệm chi thường xuyên 10% so với định mức."))
        .containsExactly("GE 10");
    // set against a past level, not a norm
    assertThat(
            read(
                "Nồng độ bụi PM2.5 trung bình năm vào năm 2030 giảm tối thiểu 10% so với mức"
                    + " trung bình năm 2024."))
        .containsExactly("GE 10");
  }
}
