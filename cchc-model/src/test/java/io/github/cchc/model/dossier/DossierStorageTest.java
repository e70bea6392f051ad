package io.github.cchc.model.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A dossier keeps its times as numbers, not as {@link LocalDateTime} objects: every time it is
 * given comes back equal, to the nanosecond and at the ends of the range, and the days, flags,
 * equality and JSON follow the times as they did when they were objects.
 */
class DossierStorageTest {
  private static final long MIN = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC);
  private static final long MAX = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC);

  /** Any time a {@link LocalDateTime} can hold; whole minutes half of the time, as exports give. */
  private static Gen<LocalDateTime> times() {
    Gen<Long> seconds =
        longs()
            .between(MIN, MAX)
            .mix(longs().between(1_600_000_000L / 60, 1_900_000_000L / 60).map(m -> m * 60), 50);
    Gen<Integer> nanos = integers().between(0, 999_999_999).mix(integers().between(0, 0), 60);
    return seconds.zip(nanos, (s, n) -> LocalDateTime.ofEpochSecond(s, n, ZoneOffset.UTC));
  }

  private static DossierBuilder base(LocalDateTime received) {
    return Dossier.builder()
        .id("000.00.31.H10-240105-0001")
        .procedureCode("1.001234")
        .agency("UBND xã Lộc Ninh")
        .channel(Channel.ONLINE)
        .received(received);
  }

  @Test
  void everyTimeComesBackAsGiven() {
    qt().forAll(times(), times(), times(), times())
        .checkAssert(
            (a, b, c, d) -> {
              List<LocalDateTime> sorted = new ArrayList<>(List.of(a, b, c, d));
              sorted.sort(null);
              Dossier dossier =
                  base(sorted.get(0))
                      .due(sorted.get(1))
                      .finished(sorted.get(2))
                      .returned(sorted.get(3))
                      .build();
              assertThat(dossier.received()).isEqualTo(sorted.get(0));
              assertThat(dossier.due()).isEqualTo(sorted.get(1));
              assertThat(dossier.finished()).contains(sorted.get(2));
              assertThat(dossier.returned()).contains(sorted.get(3));
              assertThat(dossier.receivedEpochDay())
                  .isEqualTo(sorted.get(0).toLocalDate().toEpochDay());
              assertThat(dossier.dueEpochDay()).isEqualTo(sorted.get(1).toLocalDate().toEpochDay());
              Dossier copy = Dossier.builder().from(dossier).build();
              assertThat(copy).isEqualTo(dossier).hasSameHashCodeAs(dossier);
              assertThat(copy.toString()).isEqualTo(dossier.toString());
            });
  }

  @Test
  void aNanosecondMakesAnotherDossier() {
    LocalDateTime t = LocalDateTime.of(2024, 1, 5, 8, 30);
    Dossier whole = base(t).due(t.plusDays(3)).build();
    Dossier finer = base(t).due(t.plusDays(3).plusNanos(1)).build();
    assertThat(finer).isNotEqualTo(whole);
    assertThat(finer.received()).isEqualTo(t);
    assertThat(finer.due()).isEqualTo(t.plusDays(3).plusNanos(1));
    assertThat(whole.finished()).isEmpty();
    assertThat(whole.returned()).isEmpty();
  }

  /**
   * A dossier without pauses takes the short way to its national-index flags; with a pause of no
   * length (one supplement request, nothing to take off) it takes the long way: same flags.
   */
  @Test
  void theShortWayToTheFlagsAgreesWithTheLongWay() {
    LocalDateTime start = LocalDateTime.of(2024, 3, 1, 7, 30);
    qt().forAll(
            integers().between(0, 60 * 24 * 30),
            integers().between(0, 60 * 24 * 30),
            integers().between(0, 4),
            booleans().all())
        .checkAssert(
            (dueAfter, finishedAfter, statusIndex, digitised) -> {
              DossierStatus status =
                  new DossierStatus[] {
                        DossierStatus.FINISHED,
                        DossierStatus.WITHDRAWN,
                        DossierStatus.REFUSED,
                        DossierStatus.STOPPED,
                        DossierStatus.IN_PROGRESS
                      }
                      [statusIndex];
              DossierBuilder b =
                  base(start)
                      .due(start.plusMinutes(dueAfter))
                      .resultDigitised(digitised)
                      .status(status);
              if (status != DossierStatus.IN_PROGRESS) {
                b.finished(start.plusMinutes(finishedAfter));
              }
              Dossier plain = b.build();
              Dossier paused = b.addPause(Pause.of(start, start)).build();
              assertThat(paused.hasPauses()).isTrue();
              assertThat(plain.hasPauses()).isFalse();
              assertThat(paused.flagBits()).isEqualTo(plain.flagBits());
            });
  }

  @Test
  void jsonKeepsItsKeysInTheirOrder() throws Exception {
    ObjectMapper m =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    LocalDateTime t = LocalDateTime.of(2024, 1, 5, 8, 30, 15, 250_000_000);
    Dossier d = base(t).due(t.plusDays(10)).finished(t.plusDays(2)).build();
    JsonNode json = m.readTree(m.writeValueAsString(d));
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "dossier_id",
            "procedure_code",
            "procedure_name",
            "agency",
            "channel",
            "online_level",
            "received_at",
            "due_at",
            "finished_at",
            "returned_at",
            "pauses",
            "input_digitised",
            "result_digitised",
            "online_payment",
            "status");
    assertThat(json.get("received_at").asText()).isEqualTo("2024-01-05T08:30:15.25");
    assertThat(m.readValue(json.toString(), Dossier.class)).isEqualTo(d);
  }
}
