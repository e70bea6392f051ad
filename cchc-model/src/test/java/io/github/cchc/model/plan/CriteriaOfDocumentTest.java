package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The criteria a document lays down, listed after "gồm:", are its goals, on a page of results too
 * ({@link CriteriaOfDocument}).
 */
class CriteriaOfDocumentTest {
  @Test
  void theCriteriaOfAResolutionAreGoals() {
    // sggp on Đà Nẵng's weekly check of its units (unseen43)
    assertThat(
            TargetsRead.page(
                "“Các tiêu chí trong giải quyết thủ tục hành chính theo Nghị quyết 57 của Trung ương"
                    + " gồm: tỷ lệ đúng hạn với 99%, tỷ lệ hồ sơ trực tuyến với 80% và tỷ lệ thanh"
                    + " toán trực tuyến với 60%”, đại diện Văn phòng UBND TP Đà Nẵng cho biết thêm."))
        .containsExactly("GE 99", "GE 80", "GE 60");
  }

  @Test
  void criteriaOfNoDocumentRequireNothing() {
    // near cases: criteria named without the document that lays them down, and criteria met
    assertThat(
            TargetsRead.page(
                "Các tiêu chí chấm điểm gồm: tỷ lệ đúng hạn đạt 97%, tỷ lệ hồ sơ trực tuyến đạt 85%."))
        .isEmpty();
    assertThat(
            TargetsRead.page(
                "Có 63 cơ quan, đơn vị hoàn thành đầy đủ 3/3 tiêu chí theo yêu cầu của Trung ương,"
                    + " tỷ lệ đúng hạn đạt 98%."))
        .isEmpty();
  }
}
