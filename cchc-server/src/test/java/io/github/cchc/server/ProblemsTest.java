package io.github.cchc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cchc.indicators.calendar.WorkingCalendar;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.document.DocumentNumber;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.reporting.model.DocumentProfile;
import io.github.cchc.reporting.render.MissingLibraryException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What the service answers to each public exception of the library, each provoked through the
 * library's API: a refused input is a 422 (a file that cannot be read) or a 400 (a bad value), a
 * missing optional library a 500; the detail is the exception's message after "input rejected: ".
 */
class ProblemsTest {

  private static CchcException provoke(Runnable r) {
    Throwable t = catchThrowable(r::run);
    assertThat(t).isInstanceOf(CchcException.class);
    return (CchcException) t;
  }

  private static void answers(CchcException e, int status) {
    Problems.Problem p = Problems.of(e);
    assertThat(p.status()).as(e.getClass().getSimpleName()).isEqualTo(status);
    if (status != 500) {
      assertThat(p.detail()).isEqualTo("input rejected: " + e.getMessage());
    } else {
      assertThat(p.detail()).startsWith("failed: MissingLibraryException");
    }
  }

  private static Dossier dossier(String agency, Function<LocalDateTime, LocalDateTime> finished) {
    LocalDateTime received = LocalDateTime.of(2024, 1, 5, 8, 30);
    return Dossier.builder()
        .id("H10.01-240105-" + agency.length())
        .procedureCode("1.001234")
        .agency(agency)
        .channel(Channel.ONLINE)
        .received(received)
        .due(received.plusDays(14))
        .finished(finished.apply(received))
        .build();
  }

  @Test
  void aBadValueIsABadRequest() {
    answers(provoke(() -> DocumentNumber.parse("24/KH-")), 400);
    answers(provoke(() -> dossier("Sở Xây dựng", r -> r.minusDays(4))), 400);
    answers(
        provoke(() -> WorkingCalendar.official().plusWorkingDays(LocalDate.of(2024, 2, 7), -1)),
        400);
    answers(
        provoke(
            () ->
                DocumentProfile.readText(
                    "p.json", "{\"issuingBody\": \"SỞ NỘI VỤ\", \"symbol\": \"BC/SNV\"}")),
        400);
  }

  @Test
  void aFileThatCannotBeReadIsUnprocessable() {
    answers(
        provoke(
            () ->
                PlanReader.readText(
                    "cong-van.txt",
                    "ỦY BAN NHÂN DÂN\nSố: 5942/UBND-KSTT\nV/v công bố điểm Chỉ số cải cách hành"
                        + " chính năm 2020\n\nKính gửi: Các sở, ban, ngành tỉnh")),
        422);
    byte[] csv = "Mã thủ tục;Đơn vị\n1.001234;Sở Xây dựng\n".getBytes(StandardCharsets.UTF_8);
    answers(
        provoke(
            () ->
                DossierReader.defaults()
                    .readCsv("ho-so.csv", new ByteArrayInputStream(csv), d -> {})),
        422);
    TallyAccumulator acc =
        new TallyAccumulator(Grouping.agency(), TallyScope.all(LocalDate.of(2024, 12, 31)), 1);
    answers(
        provoke(
            () -> {
              acc.add(dossier("Sở Y tế", r -> r.plusDays(2)));
              acc.add(dossier("Sở Tư pháp", r -> r.plusDays(2)));
            }),
        422);
  }

  @Test
  void aMissingOptionalLibraryIsTheServiceDefect() {
    answers(
        provoke(
            () ->
                MissingLibraryException.require(
                    "PDF", "org.example.absent.Renderer", "org.example:absent", "org.example")),
        500);
  }
}
