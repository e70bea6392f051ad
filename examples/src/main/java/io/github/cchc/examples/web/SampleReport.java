package io.github.cchc.examples.web;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.reporting.builder.UnitFigures;
import io.github.cchc.reporting.builder.UnitRanking;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.json.JsonRenderer;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.SignatureBlock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal's report from a dossier export: the agencies of the province ranked by their on-time
 * rate in 2024 against the plan's "Trên 98%", computed by {@code cchc-indicators} and laid out by
 * {@code cchc-reporting}'s {@link UnitRanking}; rendered by {@link HtmlRenderer#fragment()} and
 * {@link JsonRenderer}.
 *
 * <pre>{@code
 * ReportView view = SampleReport.view(SampleReport.onTimeRanking(csv));
 * }</pre>
 */
public final class SampleReport {
  private SampleReport() {}

  /**
   * Reads the export and builds the ranking of agencies on the on-time rate of 2024.
   *
   * @param dossiers a dossier export (CSV, as {@code cchc sample-data} writes it)
   * @return the report
   */
  public static Report onTimeRanking(Path dossiers) {
    TallyScope scope =
        TallyScope.of(ReportingCalendar.calendar().year(2024), LocalDate.of(2024, 12, 31));
    TallyAccumulator accumulator = new TallyAccumulator(Grouping.agency(), scope);
    DossierReader.defaults().read(dossiers, accumulator::add);
    Tally tally = accumulator.toTally();
    List<UnitFigures> units = new ArrayList<>();
    for (Map.Entry<String, Counts> group : tally.groups().entrySet()) {
      IndicatorValue onTime =
          Indicators.compute(
              group.getKey(), group.getValue(), Indicator.ON_TIME, Definition.PROVINCIAL);
      units.add(UnitFigures.of(group.getKey(), onTime.numerator(), onTime.denominator()));
    }
    return UnitRanking.builder()
        .header(
            OfficialHeader.builder()
                .governingBody("UBND TỈNH BÌNH PHƯỚC")
                .issuingBody("SỞ NỘI VỤ")
                .place("Bình Phước")
                .date(LocalDate.of(2025, 1, 10))
                .build())
        .indicator(Indicator.ON_TIME.vietnamese())
        .periodLabel("năm 2024")
        .numeratorLabel("Đúng hạn")
        .denominatorLabel("Đã giải quyết")
        .target(new BigDecimal("98"))
        .units(units)
        .signature(
            SignatureBlock.builder()
                .authority("KT. GIÁM ĐỐC")
                .title("PHÓ GIÁM ĐỐC")
                .name("Nguyễn Văn A")
                .build())
        .addRecipients("UBND tỉnh (b/c)", "Các sở, ban, ngành", "Lưu: VT, CCHC")
        .build()
        .toReport();
  }

  /**
   * The portal's view of a report: the HTML fragment and the JSON of {@code cchc-reporting}.
   *
   * @param report the report
   * @return the view
   */
  public static ReportView view(Report report) {
    return ReportView.of(
        HtmlRenderer.fragment().render(report),
        new String(new JsonRenderer().toBytes(report), StandardCharsets.UTF_8));
  }
}
