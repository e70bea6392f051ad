package io.github.cchc.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.cchc.indicators.calendar.CalendarInputException;
import io.github.cchc.indicators.calendar.WorkingCalendar;
import io.github.cchc.indicators.io.DossierReadException;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.tally.GroupLimitException;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Each public exception of cchc-indicators, provoked through the public API: a {@link
 * CchcException} that is neither an {@code IllegalArgumentException} nor an {@code
 * IllegalStateException} any more, with its accessors.
 */
class CchcExceptionsOfIndicatorsTest {

  @Test
  void aNegativeNumberOfWorkingDaysIsACalendarInputException() {
    Throwable t =
        catchThrowable(
            () -> WorkingCalendar.official().plusWorkingDays(LocalDate.of(2024, 2, 7), -1));
    assertThat(t).isInstanceOf(CchcException.class).isNotInstanceOf(IllegalArgumentException.class);
    CalendarInputException e = (CalendarInputException) t;
    assertThat(e.argument()).isEqualTo("days");
    assertThat(e.value()).isEqualTo("-1");
    assertThat(e.reason()).isEqualTo("must not be negative");
  }

  @Test
  void anExportWithoutTheIdColumnIsADossierReadException() {
    byte[] csv =
        "Mã thủ tục;Đơn vị;Ngày tiếp nhận\n1.001234;Sở Xây dựng;05/01/2024 08:30\n"
            .getBytes(StandardCharsets.UTF_8);
    Throwable t =
        catchThrowable(
            () ->
                DossierReader.defaults()
                    .readCsv("ho-so.csv", new ByteArrayInputStream(csv), d -> {}));
    assertThat(t).isInstanceOf(CchcException.class).isInstanceOf(DossierReadException.class);
    assertThat(t.getMessage()).startsWith("ho-so.csv").contains("Mã hồ sơ");
    assertThat(((DossierReadException) t).row()).isEmpty();
  }

  @Test
  void aStrictReadStopsAtTheFirstRejectedRowWithThatRow() {
    byte[] csv =
        ("Mã hồ sơ;Mã thủ tục;Cơ quan giải quyết;Hình thức nộp;Ngày tiếp nhận;Ngày hẹn trả;"
                + "Ngày có kết quả\n"
                + "H10.01-240105-0001;1.001234;Sở Xây dựng;Trực tuyến;05/01/2024 08:30;"
                + "19/01/2024 17:00;01/01/2024 08:00\n")
            .getBytes(StandardCharsets.UTF_8);
    Throwable t =
        catchThrowable(
            () ->
                DossierReader.defaults()
                    .strict()
                    .readCsv("ho-so.csv", new ByteArrayInputStream(csv), d -> {}));
    assertThat(t).isInstanceOf(CchcException.class).isInstanceOf(DossierReadException.class);
    DossierReadException e = (DossierReadException) t;
    assertThat(e.row()).as(e.getMessage()).isPresent();
    assertThat(e.row().orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void aTallyPastItsGroupLimitIsAGroupLimitException() {
    TallyAccumulator acc =
        new TallyAccumulator(Grouping.agency(), TallyScope.all(LocalDate.of(2024, 12, 31)), 2);
    LocalDateTime received = LocalDateTime.of(2024, 3, 4, 8, 0);
    Throwable t =
        catchThrowable(
            () -> {
              for (String agency : new String[] {"Sở Tư pháp", "Sở Y tế", "Sở Xây dựng"}) {
                acc.add(
                    Dossier.builder()
                        .id(agency)
                        .procedureCode("1.001234")
                        .agency(agency)
                        .channel(Channel.ONLINE)
                        .received(received)
                        .due(received.plusDays(10))
                        .build());
              }
            });
    assertThat(t).isInstanceOf(CchcException.class).isNotInstanceOf(IllegalStateException.class);
    GroupLimitException e = (GroupLimitException) t;
    assertThat(e.limit()).isEqualTo(2);
    assertThat(e).hasMessageContaining("Sở Xây dựng");
  }
}
