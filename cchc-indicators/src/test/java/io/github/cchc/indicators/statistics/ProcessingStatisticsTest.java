package io.github.cchc.indicators.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The period semantics of Biểu II.06a: carried over, new by channel, finished by timing, in
 * progress at the period's end; on the second quarter of 2024 (01/04 - 30/06) by calendar months.
 */
class ProcessingStatisticsTest {
  private static final ReportingPeriod Q2 = ReportingCalendar.calendar().quarter(2024, 2);

  private static DossierBuilder dossier(String id, Channel channel, String received, String due) {
    return Dossier.builder()
        .id(id)
        .procedureCode("2.000488")
        .agency("Sở Tư pháp")
        .channel(channel)
        .received(LocalDateTime.parse(received))
        .due(LocalDateTime.parse(due));
  }

  @Test
  void eachDossierIsReceivedOnceAndResolvedOnce() {
    ProcessingStatistics s =
        ProcessingStatistics.of(Q2, LocalDate.of(2024, 7, 10), Dossier::agency);
    // finished in Q1: not counted
    s.add(
        dossier("H1", Channel.DIRECT, "2024-03-01T08:00", "2024-03-10T17:00")
            .finished(LocalDateTime.parse("2024-03-05T10:00"))
            .build());
    // received in Q1, finished early in Q2: carried over, early
    s.add(
        dossier("H2", Channel.DIRECT, "2024-03-25T08:00", "2024-04-10T17:00")
            .finished(LocalDateTime.parse("2024-04-02T10:00"))
            .build());
    // received in Q1, still open at 30/06 and due before: carried over, in progress overdue
    s.add(dossier("H3", Channel.POSTAL, "2024-03-28T08:00", "2024-05-10T17:00").build());
    // new online, finished on its due day
    s.add(
        dossier("H4", Channel.ONLINE, "2024-05-02T08:00", "2024-05-15T17:00")
            .finished(LocalDateTime.parse("2024-05-15T16:00"))
            .build());
    // new by post, finished late
    s.add(
        dossier("H5", Channel.POSTAL, "2024-05-02T08:00", "2024-05-15T17:00")
            .finished(LocalDateTime.parse("2024-05-20T09:00"))
            .build());
    // new online, finished in July (after the period): in progress at 30/06, due 05/07: within
    s.add(
        dossier("H6", Channel.ONLINE, "2024-06-20T08:00", "2024-07-05T17:00")
            .finished(LocalDateTime.parse("2024-07-03T09:00"))
            .build());
    // received in July: not counted
    s.add(dossier("H7", Channel.ONLINE, "2024-07-01T08:00", "2024-07-05T17:00").build());

    ProcessingCounts c = s.byGroup().get("Sở Tư pháp");
    assertThat(c.carriedOver()).isEqualTo(2);
    assertThat(c.newOnline()).isEqualTo(2);
    assertThat(c.newInPerson()).isEqualTo(1);
    assertThat(c.received()).isEqualTo(5);
    assertThat(c.finishedEarly()).isEqualTo(1);
    assertThat(c.finishedOnTime()).isEqualTo(1);
    assertThat(c.finishedLate()).isEqualTo(1);
    assertThat(c.inProgressWithinTime()).isEqualTo(1);
    assertThat(c.inProgressOverdue()).isEqualTo(1);
    assertThat(s.judged()).isEqualTo(LocalDate.of(2024, 6, 30));
  }

  @Test
  void aReportBeforeThePeriodEndsJudgesAtItsDay() {
    ProcessingStatistics s =
        ProcessingStatistics.of(Q2, LocalDate.of(2024, 5, 12), Dossier::agency);
    // due 15/05, finished 20/05: on 12/05 it was in progress and within time
    s.add(
        dossier("H5", Channel.POSTAL, "2024-05-02T08:00", "2024-05-15T17:00")
            .finished(LocalDateTime.parse("2024-05-20T09:00"))
            .build());
    assertThat(s.total().inProgressWithinTime()).isEqualTo(1);
    assertThat(s.total().finished()).isZero();
    assertThatThrownBy(() -> ProcessingStatistics.of(Q2, LocalDate.of(2024, 3, 1), Dossier::agency))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void receivedEqualsFinishedPlusInProgressAndSplitsMerge() {
    Random r = new Random(20240401);
    ProcessingStatistics all =
        ProcessingStatistics.of(Q2, LocalDate.of(2024, 8, 1), Dossier::agency);
    ProcessingStatistics a = ProcessingStatistics.of(Q2, LocalDate.of(2024, 8, 1), Dossier::agency);
    ProcessingStatistics b = ProcessingStatistics.of(Q2, LocalDate.of(2024, 8, 1), Dossier::agency);
    List<Channel> channels = List.of(Channel.values());
    for (int i = 0; i < 5000; i++) {
      LocalDateTime received = LocalDateTime.of(2024, 1, 1, 8, 0).plusHours(r.nextInt(24 * 240));
      DossierBuilder d =
          dossier(
                  "H" + i,
                  channels.get(r.nextInt(3)),
                  received.toString(),
                  received.plusDays(1 + r.nextInt(30)).toString())
              .agency(r.nextBoolean() ? "Sở Tư pháp" : "Sở Y tế");
      if (r.nextInt(4) > 0) {
        d.finished(received.plusHours(1 + r.nextInt(24 * 40)));
      }
      Dossier x = d.build();
      all.add(x);
      (i % 2 == 0 ? a : b).add(x);
    }
    for (ProcessingCounts c : all.byGroup().values()) {
      assertThat(c.received()).isEqualTo(c.finished() + c.inProgress());
    }
    assertThat(a.merge(b).total()).isEqualTo(all.total());
    assertThat(all.total().carriedOver()).isPositive();
    assertThat(all.total().inProgressOverdue()).isPositive();
  }
}
