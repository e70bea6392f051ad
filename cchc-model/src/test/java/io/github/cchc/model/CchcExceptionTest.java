package io.github.cchc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cchc.model.document.DocumentNumber;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.InvalidDossierException;
import io.github.cchc.model.plan.NotAPlanException;
import io.github.cchc.model.plan.PlanReadException;
import io.github.cchc.model.plan.PlanReader;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Each public exception of cchc-model, provoked through the public API: it is a {@link
 * CchcException} (one type to catch), no longer an {@code IllegalArgumentException}, and it keeps
 * its what/where/why accessors.
 */
class CchcExceptionTest {

  @Test
  void aNumberThatIsNotASoKyHieuIsACchcParseException() {
    Throwable t = catchThrowable(() -> DocumentNumber.parse("24/KH-"));
    assertThat(t).isInstanceOf(CchcException.class).isNotInstanceOf(IllegalArgumentException.class);
    CchcParseException e = (CchcParseException) t;
    assertThat(e.input()).isEqualTo("24/KH-");
    assertThat(e.errorIndex()).isEqualTo(6);
    assertThat(e.reason()).isEqualTo("issuer code expected after '-'");
    assertThat(e).hasMessage("Cannot parse \"24/KH-\" at index 6: issuer code expected after '-'");
  }

  @Test
  void aDossierFinishedBeforeItWasReceivedIsAnInvalidDossierException() {
    LocalDateTime received = LocalDateTime.of(2024, 1, 5, 8, 30);
    Throwable t =
        catchThrowable(
            () ->
                Dossier.builder()
                    .id("H10.01-240105-0001")
                    .procedureCode("1.001234")
                    .agency("Sở Xây dựng")
                    .channel(Channel.ONLINE)
                    .received(received)
                    .due(LocalDateTime.of(2024, 1, 19, 17, 0))
                    .finished(LocalDateTime.of(2024, 1, 1, 8, 0))
                    .build());
    assertThat(t).isInstanceOf(CchcException.class).isNotInstanceOf(IllegalArgumentException.class);
    InvalidDossierException e = (InvalidDossierException) t;
    assertThat(e.dossierId()).isEqualTo("H10.01-240105-0001");
    assertThat(e.field()).isEqualTo("finished");
    assertThat(e.reason()).contains("before received");
  }

  @Test
  void aCongVanReadAsAPlanIsANotAPlanExceptionAndAPlanReadException() {
    Throwable t =
        catchThrowable(
            () ->
                PlanReader.readText(
                    "cong-van.txt",
                    "ỦY BAN NHÂN DÂN\nSố: 5942/UBND-KSTT\nV/v công bố điểm Chỉ số cải cách hành"
                        + " chính năm 2020\n\nKính gửi: Các sở, ban, ngành tỉnh"));
    assertThat(t)
        .isInstanceOf(CchcException.class)
        .isInstanceOf(PlanReadException.class)
        .isInstanceOf(NotAPlanException.class);
    PlanReadException e = (PlanReadException) t;
    assertThat(e.file()).isEqualTo("cong-van.txt");
    assertThat(e.location()).isEqualTo("file");
    assertThat(e.reason()).startsWith("not a plan");
  }
}
