package io.github.cchc.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.model.jackson.CchcModule;
import io.github.cchc.model.plan.Comparison;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Target results (the one form of every evaluation: on dossiers, tasks or published figures)
 * written by a plain {@link JsonMapper} with {@link CchcModule} read back equal, over generated
 * counts, thresholds, comparisons and days, met and not met, during and after the period.
 */
class TargetResultJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CchcModule()).build();
  private static final Comparison[] COMPARISONS = {
    Comparison.GT, Comparison.GE, Comparison.LT, Comparison.LE
  };

  @Test
  void resultsOfEvaluationsReadBackEqual() {
    qt().forAll(
            longs().between(0, 1_000_000L),
            longs().between(0, 1_000_000L),
            integers().between(1, 100),
            integers().between(0, 4 * 400 - 1))
        .checkAssert(
            (a, b, percent, dayAndComparison) -> {
              TargetEvaluation e =
                  TargetEvaluator.evaluate(
                      TargetEvaluatorTest.target(
                          "on_time", COMPARISONS[dayAndComparison % 4], percent),
                      IndicatorValue.of(
                          "Sở Tư pháp",
                          Indicator.ON_TIME,
                          Definition.PROVINCIAL,
                          Math.min(a, b),
                          Math.max(a, b)),
                      TargetEvaluatorTest.YEAR,
                      LocalDate.of(2024, 1, 1).plusDays(dayAndComparison / 4));
              TargetResult r = TargetResult.of(e);
              try {
                String json = MAPPER.writeValueAsString(r);
                assertThat(MAPPER.readValue(json, TargetResult.class)).as(json).isEqualTo(r);
              } catch (JsonProcessingException x) {
                throw new AssertionError(x);
              }
            });
  }
}
