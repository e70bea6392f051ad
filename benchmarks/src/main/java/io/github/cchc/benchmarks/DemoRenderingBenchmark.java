package io.github.cchc.benchmarks;

import io.github.cchc.examples.LibraryLogging;
import io.github.cchc.examples.StandardPdfFonts;
import io.github.cchc.examples.cli.DemoReports;
import io.github.cchc.reporting.ReportFormat;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.render.ReportRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering the two reports of {@code cchc demo} (the target report {@code bao-cao-2024.*} and the
 * periodic report {@code bao-cao-dinh-ky-2024.*}, built by running the demo on the sample data) in
 * each format with the renderers the demo uses; {@code everyFormat} renders all six, the demo's
 * rendering work after the tally for one report. Baseline: the StringBuilder dump of every cell of
 * {@link ReportRenderingBenchmark}, here over the report's sections and appendices.
 *
 * <p>Run from the project root (the sample data is read from {@code examples/data}, or the folder
 * in the system property {@code cchc.data}): {@code java -jar benchmarks/target/benchmarks.jar
 * DemoRenderingBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DemoRenderingBenchmark {
  /** Which of the demo's reports. */
  @Param({"target", "periodic"})
  public String report;

  private Report subject;
  private final ReportRenderer html = ReportFormat.HTML.renderer();
  private final ReportRenderer pdf = ReportFormat.PDF.renderer();
  private final ReportRenderer docx = ReportFormat.DOCX.renderer();
  private final ReportRenderer xlsx = ReportFormat.XLSX.renderer();
  private final ReportRenderer csv = ReportFormat.CSV.renderer();
  private final ReportRenderer json = ReportFormat.JSON.renderer();

  /**
   * Runs the demo once and keeps the report this trial measures; the library settings of the
   * command line first (its logging levels, and PDFBox's standard fonts mapped to its bundled font:
   * without them every PDF looks the standard fonts up among the system's and logs a warning).
   */
  @Setup
  public void setUp() {
    LibraryLogging.quiet();
    StandardPdfFonts.install();
    DemoReports demo = DemoReports.build(Path.of(System.getProperty("cchc.data", "examples/data")));
    subject = "target".equals(report) ? demo.target() : demo.periodic();
  }

  /** Baseline: every cell's plain value appended to a StringBuilder. */
  @Benchmark
  public String baselineStringBuilderDump() {
    List<Section> all = new ArrayList<>(subject.sections());
    all.addAll(subject.appendices());
    return CellDump.of(all, 64 * 1024);
  }

  @Benchmark
  public byte[] html() {
    return html.toBytes(subject);
  }

  @Benchmark
  public byte[] pdf() {
    return pdf.toBytes(subject);
  }

  @Benchmark
  public byte[] docx() {
    return docx.toBytes(subject);
  }

  @Benchmark
  public byte[] xlsx() {
    return xlsx.toBytes(subject);
  }

  @Benchmark
  public byte[] csv() {
    return csv.toBytes(subject);
  }

  @Benchmark
  public byte[] json() {
    return json.toBytes(subject);
  }

  /** The six formats one after another, as the demo writes them for one report. */
  @Benchmark
  public int everyFormat() {
    int size = 0;
    for (ReportRenderer r : new ReportRenderer[] {html, pdf, docx, xlsx, csv, json}) {
      size += r.toBytes(subject).length;
    }
    return size;
  }
}
