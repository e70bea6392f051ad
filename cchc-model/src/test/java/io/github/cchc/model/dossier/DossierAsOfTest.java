package io.github.cchc.model.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A dossier as it stood at the end of a day: nothing that happened later. */
class DossierAsOfTest {
  private static final LocalDateTime T0 = LocalDateTime.of(2024, 6, 3, 8, 0);

  private static Dossier dossier() {
    return Dossier.builder()
        .id("H10.01-240603-0001")
        .procedureCode("1.001234")
        .agency("Sở Xây dựng")
        .channel(Channel.ONLINE)
        .received(T0)
        .due(T0.plusDays(14))
        .pauses(List.of(Pause.of(T0.plusDays(2), T0.plusDays(30)), Pause.of(T0.plusDays(40), null)))
        .finished(T0.plusDays(50))
        .returned(T0.plusDays(51))
        .build();
  }

  @Test
  void aDossierFinishedInJulyIsInProgressAtTheEndOfJune() {
    Dossier d = dossier().asOf(LocalDate.of(2024, 6, 30)).orElseThrow();
    assertThat(d.status()).isEqualTo(DossierStatus.IN_PROGRESS);
    assertThat(d.finished()).isEmpty();
    assertThat(d.returned()).isEmpty();
    assertThat(d.pauses()).containsExactly(Pause.of(T0.plusDays(2), null));
    assertThat(d.has(DossierFlag.OPEN)).isTrue();
  }

  @Test
  void aDossierReceivedLaterDidNotExistYet() {
    assertThat(dossier().asOf(LocalDate.of(2024, 6, 2))).isEmpty();
    assertThat(dossier().asOf(LocalDate.of(2024, 6, 3))).isPresent();
  }

  @Test
  void onAndAfterItsLastEventTheDossierIsUnchanged() {
    Dossier d = dossier();
    assertThat(d.asOf(LocalDate.of(2024, 7, 24))).containsSame(d);
    assertThat(d.asOf(LocalDate.of(2025, 1, 1))).containsSame(d);
  }

  @Test
  void asOfKeepsNoEventAfterTheDayAndIsIdempotent() {
    qt().forAll(integers().between(-2, 60))
        .checkAssert(
            offset -> {
              LocalDate day = T0.toLocalDate().plusDays(offset);
              LocalDateTime end = day.plusDays(1).atStartOfDay();
              Optional<Dossier> d = dossier().asOf(day);
              assertThat(d.isPresent()).isEqualTo(T0.isBefore(end));
              d.ifPresent(
                  x -> {
                    List<LocalDateTime> events = new ArrayList<>();
                    events.add(x.received());
                    x.finished().ifPresent(events::add);
                    x.returned().ifPresent(events::add);
                    for (Pause p : x.pauses()) {
                      events.add(p.start());
                      p.end().ifPresent(events::add);
                    }
                    assertThat(events).allMatch(t -> t.isBefore(end));
                    assertThat(x.asOf(day)).containsSame(x);
                    assertThat(x.id()).isEqualTo("H10.01-240603-0001");
                  });
            });
  }
}
