package io.github.cchc.reporting.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.reporting.SampleReports;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Table;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitRankingTest {
  private static Report ranking(UnitFigures... units) {
    return UnitRanking.builder()
        .header(SampleReports.header())
        .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
        .periodLabel("quý III năm 2024")
        .target(new BigDecimal("98"))
        .addUnits(units)
        .build()
        .toReport();
  }

  private static Table table(Report report) {
    return (Table) report.sections().get(0).blocks().get(1);
  }

  private static List<Object> shown(Row row) {
    return row.cells().stream()
        .map(c -> (Object) c.text().map(t -> (Object) t).orElse(c.value().orElse(null)))
        .toList();
  }

  @Test
  void ranksByExactRateWithTiesSharingARankAndListedByName() {
    Report report =
        ranking(
            UnitFigures.of("Sở Y tế", 4, 6),
            UnitFigures.of("Sở Tư pháp", 985, 1000),
            UnitFigures.of("Sở Công Thương", 2, 3),
            UnitFigures.of("Ban Quản lý Khu kinh tế", 0, 0),
            UnitFigures.of("Sở Ngoại vụ", 49, 49));
    List<Row> rows = table(report).rows();
    assertThat(rows.stream().map(r -> r.cells().get(1).text().orElseThrow()))
        .containsExactly(
            "Sở Ngoại vụ", "Sở Tư pháp", "Sở Công Thương", "Sở Y tế", "Ban Quản lý Khu kinh tế");
    assertThat(rows.stream().map(r -> r.cells().get(0)))
        .containsExactly(Cell.count(1), Cell.count(2), Cell.count(3), Cell.count(3), Cell.empty());
    // The exact numerator and denominator are in the row, the rate kept to 10 decimals.
    assertThat(shown(rows.get(2)))
        .containsExactly(
            BigDecimal.valueOf(3),
            "Sở Công Thương",
            BigDecimal.valueOf(2),
            BigDecimal.valueOf(3),
            new BigDecimal("66.6666666667"));
    Row total = table(report).totals().get(0);
    assertThat(total.cells().get(2)).isEqualTo(Cell.count(985 + 49 + 2 + 4));
    assertThat(total.cells().get(3)).isEqualTo(Cell.count(1000 + 49 + 3 + 6 + 0));
  }

  @Test
  void theChartHasTheActualRateAndTheTargetForEachRankedUnit() {
    Report report =
        ranking(UnitFigures.of("Sở Tư pháp", 985, 1000), UnitFigures.of("Sở Y tế", 0, 0));
    Chart chart = (Chart) report.sections().get(0).blocks().get(2);
    assertThat(chart.categories()).containsExactly("Sở Tư pháp");
    assertThat(chart.series()).extracting(s -> s.name()).containsExactly("Thực hiện", "Chỉ tiêu");
    assertThat(chart.series().get(0).values()).containsExactly(new BigDecimal("98.5"));
  }

  @Test
  void figuresAreChecked() {
    assertThatThrownBy(() -> UnitFigures.of("Sở Tư pháp", 11, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sở Tư pháp")
        .hasMessageContaining("11/10");
  }
}
