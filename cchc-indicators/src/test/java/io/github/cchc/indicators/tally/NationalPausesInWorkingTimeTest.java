package io.github.cchc.indicators.tally;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierFlag;
import io.github.cchc.model.dossier.Pause;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The national index subtracts the time waiting for a supplement in working time: a pause over a
 * weekend or over Tết takes off only its working hours, not its calendar days.
 */
class NationalPausesInWorkingTimeTest {
  private static Dossier dossier(
      String id, String received, String due, String finished, String pauseFrom, String pauseTo) {
    return Dossier.builder()
        .id(id)
        .procedureCode("1.000123")
        .procedureName("Cấp giấy phép xây dựng")
        .agency("Sở Xây dựng")
        .channel(Channel.DIRECT)
        .received(LocalDateTime.parse(received))
        .due(LocalDateTime.parse(due))
        .finished(LocalDateTime.parse(finished))
        .addPause(Pause.of(LocalDateTime.parse(pauseFrom), LocalDateTime.parse(pauseTo)))
        .build();
  }

  /**
   * Received Friday 08/03/2024, due Monday 11/03; supplement requested Friday 16:00, supplied
   * Monday 09:00 (65 hours, of which 2 working hours); finished Tuesday 12/03 at 10:00. Moving back
   * 2 working hours gives Tuesday 08:00: late. In calendar time the end would be Saturday: in time.
   */
  private static final Dossier OVER_A_WEEKEND =
      dossier(
          "H-WEEKEND",
          "2024-03-08T09:00",
          "2024-03-11T17:00",
          "2024-03-12T10:00",
          "2024-03-08T16:00",
          "2024-03-11T09:00");

  /**
   * Received Wednesday 07/02/2024, due Friday 16/02; supplement requested 07/02 10:00, supplied
   * Thursday 15/02 10:00 across Tết Giáp Thìn (08-14/02): 6 + 2 = 8 working hours. Finished Tuesday
   * 20/02 10:00: moved back one working day, Monday 19/02 10:00, after the due day: late. In
   * calendar time (8 days) the end would be 12/02: in time and early.
   */
  private static final Dossier OVER_TET =
      dossier(
          "H-TET",
          "2024-02-07T09:00",
          "2024-02-16T17:00",
          "2024-02-20T10:00",
          "2024-02-07T10:00",
          "2024-02-15T10:00");

  /** As {@link #OVER_TET} but finished Monday 19/02 10:00: moved back to Friday 16/02, on time. */
  private static final Dossier OVER_TET_ON_TIME =
      dossier(
          "H-TET-2",
          "2024-02-07T09:00",
          "2024-02-16T17:00",
          "2024-02-19T10:00",
          "2024-02-07T10:00",
          "2024-02-15T10:00");

  @Test
  void theModelAloneCountsCalendarTime() {
    assertThat(OVER_A_WEEKEND.has(DossierFlag.NATIONAL_IN_TIME)).isTrue();
    assertThat(OVER_TET.has(DossierFlag.NATIONAL_EARLY)).isTrue();
  }

  @Test
  void tallyFlagsCountWorkingTime() {
    assertThat(NationalFlags.of(OVER_A_WEEKEND) & DossierFlag.NATIONAL_IN_TIME.bit()).isZero();
    assertThat(NationalFlags.of(OVER_TET) & DossierFlag.NATIONAL_IN_TIME.bit()).isZero();
    int onTime = NationalFlags.of(OVER_TET_ON_TIME);
    assertThat(onTime & DossierFlag.NATIONAL_IN_TIME.bit()).isNotZero();
    assertThat(onTime & DossierFlag.NATIONAL_EARLY.bit()).isZero();
    // other flags untouched
    assertThat(NationalFlags.of(OVER_TET) & ~nationalBits())
        .isEqualTo(OVER_TET.flagBits() & ~nationalBits());
  }

  private static int nationalBits() {
    return DossierFlag.NATIONAL_IN_TIME.bit() | DossierFlag.NATIONAL_EARLY.bit();
  }

  @Test
  void accumulatorAndColumnsGiveTheSameWorkingTimeVerdicts() {
    List<Dossier> ds = List.of(OVER_A_WEEKEND, OVER_TET, OVER_TET_ON_TIME);
    TallyScope scope = TallyScope.all(LocalDate.of(2024, 12, 31));
    TallyAccumulator acc = new TallyAccumulator(Grouping.all(), scope);
    ds.forEach(acc::add);
    Tally fromDossiers = acc.toTally();
    Tally fromColumns = DossierColumns.of(Grouping.all(), ds).tally(scope);
    assertThat(fromColumns).isEqualTo(fromDossiers);
    IndicatorValue late = Indicators.total(fromDossiers, Indicator.LATE, Definition.NATIONAL_766);
    assertThat(late.numerator()).isEqualTo(2);
    assertThat(late.denominator()).isEqualTo(3);
    assertThat(fromDossiers.total().count(DossierFlag.NATIONAL_IN_TIME)).isEqualTo(1);
    assertThat(fromDossiers.total().count(DossierFlag.NATIONAL_EARLY)).isZero();
  }

  @Test
  void dossiersWithoutPausesKeepTheirPrecomputedFlags() {
    Dossier plain =
        Dossier.builder()
            .id("H-PLAIN")
            .procedureCode("1.000123")
            .agency("Sở Xây dựng")
            .channel(Channel.DIRECT)
            .received(LocalDateTime.parse("2024-03-08T09:00"))
            .due(LocalDateTime.parse("2024-03-11T17:00"))
            .finished(LocalDateTime.parse("2024-03-11T18:00"))
            .build();
    assertThat(NationalFlags.of(plain)).isEqualTo(plain.flagBits());
  }
}
