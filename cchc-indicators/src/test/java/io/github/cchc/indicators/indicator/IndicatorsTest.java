package io.github.cchc.indicators.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorsTest {
  private static Tally tally(String resource, LocalDate asOf) throws URISyntaxException {
    Path file = Path.of(DossierReader.class.getResource(resource).toURI());
    TallyAccumulator acc = new TallyAccumulator(Grouping.all(), TallyScope.all(asOf));
    DossierReader.defaults().read(file, acc::add);
    return acc.toTally();
  }

  private static String v(Tally t, Indicator i, Definition d) {
    IndicatorValue v = Indicators.total(t, i, d);
    return v.numerator() + "/" + v.denominator();
  }

  @Test
  void provincialDefinitionCountsFinishedDossiers() throws Exception {
    Tally t = tally("ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv", LocalDate.of(2024, 1, 31));
    assertThat(v(t, Indicator.ON_TIME, Definition.PROVINCIAL)).isEqualTo("3/4");
    assertThat(v(t, Indicator.EARLY, Definition.PROVINCIAL)).isEqualTo("2/4");
    assertThat(v(t, Indicator.LATE, Definition.PROVINCIAL)).isEqualTo("1/4");
    assertThat(v(t, Indicator.FULLY_ONLINE, Definition.PROVINCIAL)).isEqualTo("1/5");
    assertThat(v(t, Indicator.ONLINE_PAYMENT, Definition.PROVINCIAL)).isEqualTo("1/2");
    assertThat(v(t, Indicator.RESULT_DIGITISED, Definition.PROVINCIAL)).isEqualTo("2/4");
    assertThat(v(t, Indicator.ONLINE_SUBMISSION, Definition.PROVINCIAL)).isEqualTo("2/5");
  }

  @Test
  void nationalDefinitionCountsEveryDossierSubtractsSupplementTimeAndJudgesOpenOnesOnTheDay()
      throws Exception {
    Tally t = tally("dossiers-english-comma-no-bom.csv", LocalDate.of(2024, 1, 20));
    assertThat(v(t, Indicator.ON_TIME, Definition.PROVINCIAL)).isEqualTo("2/3");
    assertThat(v(t, Indicator.LATE, Definition.PROVINCIAL)).isEqualTo("1/3");
    assertThat(v(t, Indicator.ON_TIME, Definition.NATIONAL_766)).isEqualTo("5/6");
    assertThat(v(t, Indicator.LATE, Definition.NATIONAL_766)).isEqualTo("1/6");
    // H10.01-240106-0002 paused 08/01 09:00 - 10/01 09:00, 2 working days (16 working hours):
    // finished 22/01 16:00, moved back in working time to 18/01 16:00, before the due day 20/01
    // (in calendar time, 48 hours, it would end 20/01 16:00: on the due day, not early).
    assertThat(v(t, Indicator.EARLY, Definition.NATIONAL_766)).isEqualTo("4/6");
    Tally later = tally("dossiers-english-comma-no-bom.csv", LocalDate.of(2024, 1, 26));
    assertThat(v(later, Indicator.ON_TIME, Definition.NATIONAL_766)).isEqualTo("4/6");
    assertThat(v(t, Indicator.INPUT_DIGITISED, Definition.NATIONAL_766)).isEqualTo("2/6");
    assertThat(Indicators.total(t, Indicator.ON_TIME, Definition.NATIONAL_766).definition())
        .isEqualTo(Definition.NATIONAL_766);
  }

  @Test
  void ratesAreExactAndRoundedOnlyForDisplay() {
    IndicatorValue lamDong =
        IndicatorValue.of("all", Indicator.ON_TIME, Definition.PROVINCIAL, 635_593, 643_272);
    assertThat(lamDong.percent(2)).hasValue(new BigDecimal("98.81"));
    assertThat(lamDong.percent(4)).hasValue(new BigDecimal("98.8063"));
    assertThat(lamDong.format()).isEqualTo("98,81%");
    assertThat(lamDong.compareTo(98, 100)).isPositive();
    IndicatorValue almost =
        IndicatorValue.of("all", Indicator.ON_TIME, Definition.PROVINCIAL, 19_599, 20_000);
    assertThat(almost.format()).isEqualTo("98,00%");
    assertThat(almost.compareTo(98, 100)).isNegative();
    IndicatorValue none = IndicatorValue.of("all", Indicator.ON_TIME, Definition.PROVINCIAL, 0, 0);
    assertThat(none.percent(4)).isEmpty();
    assertThat(none.format()).isEqualTo("—");
    assertThatThrownBy(() -> none.compareTo(98, 100)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> IndicatorValue.of("all", Indicator.LATE, Definition.PROVINCIAL, 3, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idsAndDefinitionsParse() {
    for (Indicator i : Indicator.values()) {
      assertThat(Indicator.parse(i.id())).isEqualTo(i);
    }
    assertThat(Indicator.CORE)
        .extracting(Indicator::id)
        .containsExactly(
            "on_time", "early", "late", "fully_online", "online_payment", "result_digitised");
    assertThat(Definition.parse("national")).isEqualTo(Definition.NATIONAL_766);
    assertThat(Definition.parse("PROVINCIAL")).isEqualTo(Definition.PROVINCIAL);
  }
}
