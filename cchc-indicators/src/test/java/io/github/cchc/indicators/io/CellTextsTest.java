package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

class CellTextsTest {
  @Test
  void theTextOfADateCellParsesBackToTheSameSecond() {
    long from = LocalDateTime.of(1900, 3, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    long to = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    qt().forAll(longs().between(from, to))
        .checkAssert(
            s -> {
              LocalDateTime t = LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
              assertThat(DateTimes.parse(CellTexts.text(t))).isEqualTo(t);
              // and through Excel's serial number with a date format, as a cell holds it
              double serial = DateUtil.getExcelDate(t);
              assertThat(DateTimes.parse(CellTexts.number(serial, 22, "m/d/yy h:mm", false)))
                  .isEqualTo(t);
            });
  }

  @Test
  void aDateCellReadsAsTheDateItShowsWhateverItsFormat() {
    double serial = DateUtil.getExcelDate(LocalDateTime.of(2024, 1, 5, 8, 30));
    assertThat(CellTexts.number(serial, 0xA4, "dd/mm/yyyy hh:mm", false))
        .isEqualTo("2024-01-05 08:30:00");
    assertThat(CellTexts.number(serial, 14, "m/d/yy", false)).isEqualTo("2024-01-05 08:30:00");
    // the same day counted from 1904 (Excel for Mac before 2011) is 1,462 days smaller
    assertThat(CellTexts.number(serial - 1462, 14, "m/d/yy", true))
        .isEqualTo("2024-01-05 08:30:00");
  }

  @Test
  void otherNumbersReadAsTheirValueNotTheirFormat() {
    assertThat(CellTexts.number(12345, 3, "#,##0", false)).isEqualTo("12345");
    assertThat(CellTexts.number(0.5, 10, "0.00%", false)).isEqualTo("0.5");
    assertThat(CellTexts.number(-1, 14, "m/d/yy", false)).isEqualTo("-1");
    qt().forAll(integers().all())
        .checkAssert(i -> assertThat(CellTexts.number(i, 0, "General", false)).isEqualTo("" + i));
  }
}
