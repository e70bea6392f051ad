package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The class of {@link PayNorm}: a percentage of a pay base granted by a legal text. */
class PayNormTest {
  private static List<String> read(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  /** unseen44's Nghị định 115/2003/NĐ-CP on probationary civil servants, Điều 18 khoản 1. */
  @Test
  void theProbationPayOfADecreeIsNoTarget() {
    assertThat(
            read(
                "1. Công chức dự bị được hưởng 85% bậc lương khởi điểm của ngạch được tuyển dụng;"
                    + " trường hợp công chức dự bị có học vị thạc sĩ phù hợp với yêu cầu tuyển dụng"
                    + " thì được hưởng 85% lương bậc 2 của ngạch được tuyển dụng; công chức dự bị"
                    + " có học vị tiến sĩ phù hợp với yêu cầu tuyển dụng thì được hưởng 85% lương"
                    + " bậc 3 của ngạch được tuyển dụng."))
        .isEmpty();
  }

  /** unseen44's Nghị định 117/2003/NĐ-CP on recruitment, Điều 18: the same norm, other words. */
  @Test
  void theSameNormInTheRecruitmentDecreeIsNoTarget() {
    assertThat(
            read(
                "1. Trong thời gian tập sự, người tập sự được hưởng 85% bậc lương khởi điểm bậc 1"
                    + " của ngạch tuyển dụng; trường hợp người tập sự có học vị thạc sĩ phù hợp với"
                    + " yêu cầu tuyển dụng thì được hưởng 85% lương bậc 2 của ngạch tuyển dụng."))
        .isEmpty();
    // a realistic variant of the class: an allowance set at a share of a pay base
    assertThat(
            read(
                "Người hướng dẫn được hưởng phụ cấp trách nhiệm bằng 20% mức lương cơ sở trong"
                    + " thời gian hướng dẫn."))
        .isEmpty();
  }

  /** A share of people who receive pay counts people: it stays a target. */
  @Test
  void aShareOfPeopleWhoArePaidStaysATarget() {
    assertThat(read("Phấn đấu 100% cán bộ, công chức được hưởng lương qua tài khoản."))
        .containsExactly("EQ 100");
    // "bằng" before a share of something other than pay: unchanged
    assertThat(read("Phấn đấu đến năm 2025 kinh tế số bằng 20% GRDP của tỉnh."))
        .containsExactly("GE 20");
  }
}
