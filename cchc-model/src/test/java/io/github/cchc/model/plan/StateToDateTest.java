package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure told as the state to date ("đến nay", "hiện nay", "hiện tại", "tính đến ngày / giữa năm
 * …", "lũy kế") is a result, in a plan's account of where things stand as on a news page; a word of
 * intent after it still sets the figures after it.
 */
class StateToDateTest {
  @Test
  void figuresToDateAreResultsEvenInAPlan() {
    // vnexpress.net, "Long An chuyển đổi số nông nghiệp, nông thôn"
    assertThat(plan("Theo công bố, đến nay, mạng cáp quang băng rộng triển khai đến 100% xã."))
        .isEmpty();
    // dttc.sggp.org.vn, "Sóc Trăng quyết liệt đẩy mạnh chuyển đổi số"
    assertThat(
            plan(
                "Tính đến giữa năm 2023, tỉnh Sóc Trăng có 87,74% hồ sơ công việc được xử lý trên"
                    + " môi trường mạng đối với cấp tỉnh, 85,79% đối với cấp huyện và 76,28% đối"
                    + " với cấp xã."))
        .isEmpty();
  }

  @Test
  void aGoalAfterTheStateToDateIsRead() {
    assertThat(
            plan(
                "Hiện nay, tỷ lệ hồ sơ trực tuyến toàn trình đạt 45%; phấn đấu năm 2026 đạt trên"
                    + " 80%."))
        .containsExactly("GT 80");
  }

  /** Targets as a plan's reader takes them: every figure not told as a result is a goal. */
  private static List<String> plan(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }
}
