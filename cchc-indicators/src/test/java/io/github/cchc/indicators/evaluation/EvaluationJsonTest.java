package io.github.cchc.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.model.jackson.CchcModule;
import io.github.cchc.model.plan.Comparison;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Target evaluations (with their projections) written by a plain {@link JsonMapper} with {@link
 * CchcModule} read back equal, over generated counts, thresholds and days; and the fields written
 * are the fields of the published schema, docs/schemas/evaluation.schema.json.
 */
class EvaluationJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CchcModule()).build();
  private static final ReportingPeriod YEAR = TargetEvaluatorTest.YEAR;

  private static TargetEvaluation evaluation(long a, long b, int percent, int day) {
    return TargetEvaluator.evaluate(
        TargetEvaluatorTest.target("on_time", Comparison.GE, percent),
        IndicatorValue.of(
            "all", Indicator.ON_TIME, Definition.PROVINCIAL, Math.min(a, b), Math.max(a, b)),
        YEAR,
        LocalDate.of(2024, 1, 1).plusDays(day));
  }

  @Test
  void evaluationsRoundTrip() {
    qt().forAll(
            longs().between(0, 1_000_000L),
            longs().between(0, 1_000_000L),
            integers().between(1, 100),
            integers().between(0, 400))
        .checkAssert(
            (a, b, percent, day) -> {
              TargetEvaluation e = evaluation(a, b, percent, day);
              try {
                assertThat(MAPPER.readValue(MAPPER.writeValueAsString(e), TargetEvaluation.class))
                    .isEqualTo(e);
              } catch (JsonProcessingException x) {
                throw new AssertionError(x);
              }
            });
  }

  @Test
  void theFieldsWrittenAreThoseOfThePublishedSchema() throws Exception {
    JsonNode schema;
    Path file = Path.of("..", "docs", "schemas", "evaluation.schema.json");
    try (InputStream in = Files.newInputStream(file)) {
      schema = MAPPER.readTree(in);
    }
    // Mid-year: a projection is there.
    JsonNode json = MAPPER.valueToTree(evaluation(600, 1000, 98, 180));
    assertThat(json.get("projection").isObject()).isTrue();
    assertThat(json.get("value").get("indicator").asText()).isEqualTo("on_time");
    assertThat(names(json)).isEqualTo(names(schema.get("properties")));
    assertThat(names(json.get("projection")))
        .isEqualTo(names(schema.get("$defs").get("projection").get("properties")));
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> i = object.fieldNames(); i.hasNext(); ) {
      names.add(i.next());
    }
    return names;
  }
}
