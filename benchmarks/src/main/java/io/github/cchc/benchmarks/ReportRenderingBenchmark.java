package io.github.cchc.benchmarks;

import io.github.cchc.reporting.builder.UnitFigures;
import io.github.cchc.reporting.builder.UnitRanking;
import io.github.cchc.reporting.csv.CsvRenderer;
import io.github.cchc.reporting.docx.DocxRenderer;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.json.JsonRenderer;
import io.github.cchc.reporting.model.Block;
import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.SignatureBlock;
import io.github.cchc.reporting.pdf.PdfRenderer;
import io.github.cchc.reporting.svg.PngChartPainter;
import io.github.cchc.reporting.svg.SvgChartWriter;
import io.github.cchc.reporting.xlsx.XlsxRenderer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering a quarterly ranking report of 100 units (one table of 100 rows with totals, one bar
 * chart of 100 bars, the official head and foot) in each format. Baseline: a plain StringBuilder
 * dump of every cell's value, the least any renderer must do.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ReportRenderingBenchmark -f 1 -wi 3 -i
 * 5 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReportRenderingBenchmark {
  private Report report;
  private Chart chart;
  private final HtmlRenderer html = HtmlRenderer.fragment();
  private final JsonRenderer json = new JsonRenderer();
  private final CsvRenderer csv = new CsvRenderer();
  private final XlsxRenderer xlsx = new XlsxRenderer();
  private final DocxRenderer docx = new DocxRenderer();
  private final PdfRenderer pdf = new PdfRenderer();

  /** Builds the 100-unit report once. */
  @Setup
  public void setUp() {
    List<UnitFigures> units = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      long denominator = 500 + (i * 7919L) % 4500;
      long numerator = denominator - (i * 31L) % (denominator / 20 + 1);
      units.add(UnitFigures.of("UBND xã Phước Tín " + i, numerator, denominator));
    }
    report =
        UnitRanking.builder()
            .header(
                OfficialHeader.builder()
                    .governingBody("UBND TỈNH BÌNH PHƯỚC")
                    .issuingBody("SỞ NỘI VỤ")
                    .documentNumber("15/BC-SNV")
                    .place("Bình Phước")
                    .date(LocalDate.of(2024, 10, 5))
                    .build())
            .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
            .periodLabel("quý III năm 2024")
            .target(new BigDecimal("98"))
            .units(units)
            .signature(
                SignatureBlock.builder()
                    .authority("KT. GIÁM ĐỐC")
                    .title("PHÓ GIÁM ĐỐC")
                    .name("Nguyễn Thị Hồng Hạnh")
                    .build())
            .addRecipients("UBND tỉnh (b/c)", "Lưu: VT, CCHC")
            .build()
            .toReport();
    for (Block block : report.sections().get(0).blocks()) {
      if (block instanceof Chart c) {
        chart = c;
      }
    }
  }

  /** Baseline: every cell's plain value appended to a StringBuilder. */
  @Benchmark
  public String baselineStringBuilderDump() {
    return CellDump.of(report.sections(), 16 * 1024);
  }

  @Benchmark
  public byte[] json() {
    return json.toBytes(report);
  }

  @Benchmark
  public byte[] csv() {
    return csv.toBytes(report);
  }

  @Benchmark
  public String htmlFragment() {
    return html.render(report);
  }

  @Benchmark
  public String svgChart() {
    return SvgChartWriter.toSvg(chart);
  }

  @Benchmark
  public byte[] pngChart() {
    return PngChartPainter.toPng(chart, 2);
  }

  @Benchmark
  public byte[] xlsx() {
    return xlsx.toBytes(report);
  }

  @Benchmark
  public byte[] docx() {
    return docx.toBytes(report);
  }

  @Benchmark
  public byte[] pdf() {
    return pdf.toBytes(report);
  }
}
