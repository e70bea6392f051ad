package io.github.cchc.indicators.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierFlag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {
  private static Dossier dossier(String id, String agency, LocalDateTime received, int dueDays) {
    return Dossier.builder()
        .id(id)
        .procedureCode("2.000123")
        .procedureName("Đăng ký khai sinh")
        .agency(agency)
        .channel(Channel.DIRECT)
        .received(received)
        .due(received.plusDays(dueDays))
        .build();
  }

  @Test
  void groupsByAgencyCountsOpenDossiersAgainstTheDayOfTheTally() {
    LocalDateTime jan = LocalDateTime.of(2024, 1, 10, 8, 0);
    List<Dossier> ds =
        List.of(
            dossier("1", "Sở Tư pháp", jan, 5),
            dossier("2", "Sở Tư pháp", jan, 30),
            dossier("3", "Sở Xây dựng", jan, 30),
            dossier("4", "Sở Xây dựng", LocalDateTime.of(2023, 12, 20, 8, 0), 5));
    Tally t =
        Tally.of(
            Grouping.agency(),
            TallyScope.of(ReportingCalendar.calendar().year(2024), LocalDate.of(2024, 1, 20)),
            ds);
    assertThat(t.groups().keySet()).containsExactly("Sở Tư pháp", "Sở Xây dựng");
    assertThat(t.group("Sở Tư pháp").received()).isEqualTo(2);
    assertThat(t.group("Sở Tư pháp").openOverdue()).isEqualTo(1);
    assertThat(t.group("Sở Tư pháp").openWithinDeadline()).isEqualTo(1);
    assertThat(t.group("Sở Xây dựng").count(DossierFlag.OPEN)).isEqualTo(1);
    assertThat(t.outsidePeriod()).isEqualTo(1);
    assertThat(t.groupOrEmpty("UBND xã Tân Lập")).isEqualTo(Counts.empty());
    assertThatThrownBy(() -> t.group("Sở Tư Pháp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no group named 'Sở Tư Pháp'")
        .hasMessageContaining("Sở Tư pháp, Sở Xây dựng");
    assertThat(Tally.empty().group(Grouping.ALL)).isEqualTo(Counts.empty());
  }

  @Test
  void officialQuartersPutMidDecemberIntoTheFirstQuarterOfTheNextYear() {
    Dossier d = dossier("1", "Sở Tư pháp", LocalDateTime.of(2023, 12, 20, 8, 0), 5);
    assertThat(Grouping.quarter(ReportingCalendar.official()).key(d)).isEqualTo("2024-Q1");
    assertThat(Grouping.quarter().key(d)).isEqualTo("2023-Q4");
    assertThat(Grouping.month(ReportingCalendar.official()).key(d)).isEqualTo("2024-01");
    assertThat(Grouping.month().key(d)).isEqualTo("2023-12");
    assertThat(Grouping.all().key(d)).isEqualTo("all");
    assertThat(Grouping.channel().key(d)).isEqualTo("DIRECT");
  }

  @Test
  void accumulatorsMergeLikeTallies() {
    TallyScope scope = TallyScope.all(LocalDate.of(2024, 12, 31));
    List<Dossier> ds = Dossiers.of(List.of(1, 2, 3, 4, 5, 6, 7, 8));
    TallyAccumulator a = new TallyAccumulator(Grouping.month(), scope);
    TallyAccumulator b = new TallyAccumulator(Grouping.month(), scope);
    ds.subList(0, 3).forEach(a::add);
    ds.subList(3, 8).forEach(b::add);
    assertThat(a.merge(b).toTally()).isEqualTo(Tally.of(Grouping.month(), scope, ds));
    assertThat(a.counted()).isEqualTo(8);
  }
}
