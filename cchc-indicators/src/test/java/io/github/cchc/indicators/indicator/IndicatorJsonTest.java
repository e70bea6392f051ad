package io.github.cchc.indicators.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.model.jackson.CchcModule;
import org.junit.jupiter.api.Test;

/**
 * Indicator values written by a plain {@link JsonMapper} with {@link CchcModule} read back equal,
 * and an indicator is written with its one id ("on_time") everywhere.
 */
class IndicatorJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new CchcModule()).build();

  @Test
  void indicatorValuesRoundTrip() {
    qt().forAll(
            strings().allPossible().ofLengthBetween(0, 20),
            integers().between(0, Indicator.values().length * Definition.values().length - 1),
            longs().between(0, 10_000_000L),
            longs().between(0, 10_000_000L))
        .checkAssert(
            (group, id, a, b) -> {
              int i = id % Indicator.values().length;
              int d = id / Indicator.values().length;
              IndicatorValue v =
                  IndicatorValue.of(
                      group,
                      Indicator.values()[i],
                      Definition.values()[d],
                      Math.min(a, b),
                      Math.max(a, b));
              try {
                assertThat(MAPPER.readValue(MAPPER.writeValueAsString(v), IndicatorValue.class))
                    .isEqualTo(v);
              } catch (JsonProcessingException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void indicatorsAndDefinitionsAreWrittenWithTheirIds() throws Exception {
    IndicatorValue v =
        IndicatorValue.of("Sở Tư pháp", Indicator.ON_TIME, Definition.NATIONAL_766, 985, 1000);
    String json = MAPPER.writeValueAsString(v);
    assertThat(json)
        .isEqualTo(
            "{\"group\":\"Sở Tư pháp\",\"indicator\":\"on_time\",\"definition\":\"national\","
                + "\"numerator\":985,\"denominator\":1000}");
    for (Indicator i : Indicator.values()) {
      assertThat(MAPPER.writeValueAsString(i)).isEqualTo("\"" + i.id() + "\"");
      assertThat(MAPPER.readValue("\"" + i.id() + "\"", Indicator.class)).isEqualTo(i);
    }
  }
}
