package io.github.cchc.indicators.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {
  static final Criterion INDEX =
      Criterion.of(
          "PAR",
          "Chỉ số cải cách hành chính các sở",
          List.of(
              Criterion.of(
                  "1",
                  "Công tác chỉ đạo, điều hành CCHC",
                  List.of(
                      Criterion.leaf("1.1", "Kế hoạch CCHC năm", "2"),
                      Criterion.leaf("1.2", "Báo cáo CCHC định kỳ", "1.5"))),
              Criterion.of(
                  "3",
                  "Cải cách thủ tục hành chính",
                  List.of(
                      Criterion.leaf("3.1", "Thực hiện cơ chế một cửa, một cửa liên thông", "3"),
                      Criterion.leaf("3.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "2.5")))));

  private static Map<String, BigDecimal> scores(String... idAndPoints) {
    Map<String, BigDecimal> m = new java.util.HashMap<>();
    for (int i = 0; i < idAndPoints.length; i += 2) {
      m.put(idAndPoints[i], new BigDecimal(idAndPoints[i + 1]));
    }
    return m;
  }

  @Test
  void totalsPercentAndLostPoints() {
    Scorecard s =
        Scorecard.of(
            "Sở Xây dựng", INDEX, scores("1.1", "2", "1.2", "1", "3.1", "3", "3.2", "1.5"));
    assertThat(INDEX.maxPoints()).isEqualByComparingTo("9");
    assertThat(s.total()).isEqualByComparingTo("7.5");
    assertThat(s.score("3")).isEqualByComparingTo("4.5");
    assertThat(s.percent(2)).isEqualByComparingTo("83.33");
    assertThat(s.lostPoints())
        .extracting(Object::toString)
        .containsExactly(
            "3.2 Tỷ lệ hồ sơ giải quyết đúng hạn: -1.0", "1.2 Báo cáo CCHC định kỳ: -0.5");
  }

  @Test
  void ranksShareTiesAndSkip() {
    List<Rank> ranks =
        Ranking.of(
            List.of(
                Scorecard.of("Sở Xây dựng", INDEX, scores("1.1", "2", "3.1", "3")),
                Scorecard.of("Sở Tư pháp", INDEX, scores("1.1", "2", "1.2", "1.5", "3.1", "3")),
                Scorecard.of("Sở Nội vụ", INDEX, scores("1.1", "2", "3.1", "3")),
                Scorecard.of("Sở Tài chính", INDEX, scores("1.1", "1"))));
    assertThat(ranks)
        .extracting(Object::toString)
        .containsExactly(
            "1. Sở Tư pháp (6.5)", "2. Sở Nội vụ (5)", "2. Sở Xây dựng (5)", "4. Sở Tài chính (1)");
  }

  @Test
  void badTreesAndScoresAreRejected() {
    assertThatThrownBy(
            () ->
                Criterion.builder()
                    .id("1")
                    .name("Chỉ đạo")
                    .maxPoints(BigDecimal.TEN)
                    .addChildren(Criterion.leaf("1.1", "Kế hoạch", "2"))
                    .build())
        .hasMessageContaining("not the sum");
    assertThatThrownBy(
            () ->
                Criterion.of(
                    "1",
                    "x",
                    List.of(Criterion.leaf("a", "a", "1"), Criterion.leaf("a", "b", "1"))))
        .hasMessageContaining("duplicate criterion id a");
    assertThatThrownBy(() -> Scorecard.of("Sở Nội vụ", INDEX, scores("3.2", "3")))
        .hasMessageContaining("outside 0..2.5");
    assertThatThrownBy(() -> Scorecard.of("Sở Nội vụ", INDEX, scores("3", "1")))
        .hasMessageContaining("score its leaves");
    assertThatThrownBy(() -> Scorecard.of("Sở Nội vụ", INDEX, scores("9.9", "1")))
        .hasMessageContaining("no criterion 9.9");
  }
}
