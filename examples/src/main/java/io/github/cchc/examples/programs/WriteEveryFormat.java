package io.github.cchc.examples.programs;

import io.github.cchc.examples.LibraryLogging;
import io.github.cchc.examples.StandardPdfFonts;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.reporting.ReportFormat;
import io.github.cchc.reporting.builder.UnitFigures;
import io.github.cchc.reporting.builder.UnitRanking;
import io.github.cchc.reporting.builder.UnitRankingBuilder;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.render.ReportRenderer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: one report, written in every {@link ReportFormat} (HTML, PDF, Word, Excel, CSV, JSON).
 *
 * <pre>{@code
 * java -cp examples/target/cchc.jar io.github.cchc.examples.programs.WriteEveryFormat [DIR [EXPORT.csv]]
 * }</pre>
 *
 * <p>A report is built once, as a format-free {@link Report}: here the ranking of agencies on the
 * on-time rate of 2024 ({@link UnitRanking}, tallied by agency, against a 98% target). Each
 * format's {@link ReportRenderer} then turns the same report into bytes; the program writes one
 * file per format into the folder given (default {@code target/example-report}) and prints the
 * paths.
 */
public final class WriteEveryFormat {
  private WriteEveryFormat() {}

  /**
   * The ranking of the agencies of {@code export} on the on-time rate of 2024.
   *
   * @param export the dossier export
   * @return the report
   */
  public static Report ranking(Path export) {
    TallyAccumulator acc =
        new TallyAccumulator(
            Grouping.agency(), TallyScope.of(OnTimeRate.PERIOD, OnTimeRate.JUDGED));
    DossierReader.defaults().read(export, acc::add);
    Tally byAgency = acc.toTally();
    UnitRankingBuilder b =
        UnitRanking.builder()
            .header(
                OfficialHeader.builder()
                    .issuingBody("SỞ NỘI VỤ")
                    .place("Bình Phước")
                    .date(LocalDate.of(2025, 1, 10))
                    .build())
            .indicator(Indicator.ON_TIME.vietnamese())
            .periodLabel("năm 2024")
            .target(new BigDecimal("98"));
    for (IndicatorValue v :
        Indicators.compute(byAgency, List.of(Indicator.ON_TIME), Definition.PROVINCIAL)) {
      b.addUnits(UnitFigures.of(v.group(), v.numerator(), v.denominator()));
    }
    return b.build().toReport();
  }

  /**
   * Writes {@code report} in every format into {@code folder}, created if missing.
   *
   * @param report the report
   * @param folder the folder
   * @return the files written, one per format
   * @throws IOException if a file cannot be written
   */
  public static List<Path> writeAll(Report report, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      ReportRenderer renderer = format.renderer();
      Path file = folder.resolve("xep-hang-dung-han-2024." + renderer.extension());
      Files.write(file, renderer.toBytes(report));
      files.add(file);
    }
    return files;
  }

  /**
   * Writes the ranking of the sample export in every format.
   *
   * @param args optionally the folder, then optionally another export
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    LibraryLogging.quiet();
    StandardPdfFonts.install();
    Path folder = Path.of(args.length > 0 ? args[0] : "target/example-report");
    Path export =
        args.length > 1 ? Path.of(args[1]) : SampleData.ensureDossiers(Path.of("examples/data"));
    for (Path file : writeAll(ranking(export), folder)) {
      System.out.println(file + " (" + Files.size(file) + " octets)");
    }
  }
}
