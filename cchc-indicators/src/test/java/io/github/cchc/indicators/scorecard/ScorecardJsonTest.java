package io.github.cchc.indicators.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.model.jackson.CchcModule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scorecards of the PAR INDEX's criteria, with the ranks and lost points computed from them,
 * written by a plain {@link JsonMapper} with {@link CchcModule} read back equal, over generated
 * scores (in half points, as the index awards them) for generated units.
 */
class ScorecardJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CchcModule()).build();

  /** Two lĩnh vực of a PAR INDEX-shaped index, with tiêu chí and their maximum points. */
  private static final Criterion INDEX =
      Criterion.of(
          "PAR",
          "Chỉ số cải cách hành chính",
          List.of(
              Criterion.of(
                  "1",
                  "Công tác chỉ đạo, điều hành cải cách hành chính",
                  List.of(
                      Criterion.leaf("1.1", "Kế hoạch cải cách hành chính năm", "2"),
                      Criterion.leaf("1.2", "Báo cáo cải cách hành chính định kỳ", "1.5"))),
              Criterion.of(
                  "3",
                  "Cải cách thủ tục hành chính",
                  List.of(
                      Criterion.leaf("3.1", "Thực hiện cơ chế một cửa, một cửa liên thông", "3"),
                      Criterion.leaf("3.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "2.5")))));

  private static final List<String> UNITS =
      List.of("Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "Sở Nội vụ", "UBND huyện Đồng Phú");

  private static <T> T roundTrip(T value, Class<T> type) {
    try {
      return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  /** A scorecard for unit {@code u} with half points {@code h[i]} on leaf i, capped at its max. */
  private static Scorecard scorecard(int u, List<Integer> halves) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    List<Criterion> leaves = INDEX.flatten().filter(Criterion::isLeaf).toList();
    for (int i = 0; i < leaves.size() && i < halves.size(); i++) {
      BigDecimal points = BigDecimal.valueOf(halves.get(i)).divide(BigDecimal.valueOf(2));
      scores.put(leaves.get(i).id(), points.min(leaves.get(i).maxPoints()));
    }
    return Scorecard.of(UNITS.get(u % UNITS.size()), INDEX, scores);
  }

  @Test
  void scorecardsTheirRanksAndLostPointsReadBackEqual() {
    qt().forAll(
            lists()
                .of(lists().of(integers().between(0, 6)).ofSizeBetween(0, 4))
                .ofSizeBetween(1, 5))
        .checkAssert(
            units -> {
              List<Scorecard> cards = new ArrayList<>();
              for (int u = 0; u < units.size(); u++) {
                Scorecard card = scorecard(u, units.get(u));
                cards.add(card);
                assertThat(roundTrip(card, Scorecard.class)).isEqualTo(card);
                for (LostPoints lost : card.lostPoints()) {
                  assertThat(roundTrip(lost, LostPoints.class)).isEqualTo(lost);
                }
              }
              for (Rank rank : Ranking.of(cards)) {
                assertThat(roundTrip(rank, Rank.class)).isEqualTo(rank);
              }
            });
  }

  @Test
  void aScorecardIsWrittenAsItsUnitCriteriaAndScores() throws Exception {
    Scorecard card = scorecard(0, List.of(4, 3, 6, 5));
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(card)).fieldNames())
        .toIterable()
        .containsExactly("unit", "criteria", "scores");
  }
}
