package io.github.cchc.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV fields cchc-beam writes read back, through a CSV parser, as the text they hold. */
class CsvTextTest {
  private static List<String> parse(String line, char separator) {
    CsvReader<CsvRecord> r = CsvReader.builder().fieldSeparator(separator).ofCsvRecord(line);
    List<CsvRecord> records = r.stream().toList();
    assertThat(records).hasSize(1);
    return records.get(0).getFields();
  }

  @Test
  void anyFieldReadsBackAsItself() {
    qt().forAll(strings().allPossible().ofLengthBetween(1, 40))
        .checkAssert(
            s -> {
              String field = "x" + s; // a record of one empty field is a blank line
              assertThat(parse(CsvText.quote(field, ';') + ";y", ';')).containsExactly(field, "y");
              assertThat(parse(CsvText.quote(field, ',') + ",y", ',')).containsExactly(field, "y");
            });
  }

  @Test
  void indicatorRowQuotesAUnitHoldingTheSeparator() {
    IndicatorRow row =
        IndicatorRow.builder()
            .unit("Sở Tài nguyên; Môi trường \"cũ\"")
            .procedure("1.009994")
            .period("2024-06")
            .indicator(Indicator.ON_TIME)
            .definition(Definition.PROVINCIAL)
            .numerator(97)
            .denominator(100)
            .build();
    assertThat(row.toCsv())
        .isEqualTo(
            "\"Sở Tài nguyên; Môi trường \"\"cũ\"\"\";1.009994;2024-06;on_time;provincial;97;100");
    assertThat(parse(row.toCsv(), ';').get(0)).isEqualTo("Sở Tài nguyên; Môi trường \"cũ\"");
  }
}
