package io.github.cchc.examples.cli;

import io.github.cchc.reporting.model.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The two reports of {@code cchc demo} (the target report and the periodic report) as objects, for
 * measuring and checking the renderers on exactly what the demo renders.
 *
 * <pre>{@code
 * DemoReports demo = DemoReports.build(Path.of("examples/data"));
 * byte[] pdf = new PdfRenderer().toBytes(demo.target());
 * }</pre>
 *
 * @param target the target-achievement report ({@code bao-cao-2024.*})
 * @param periodic the periodic report ({@code bao-cao-dinh-ky-2024.*})
 */
public record DemoReports(Report target, Report periodic) {
  /** Both reports, non-null. */
  public DemoReports {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(periodic, "periodic");
  }

  /**
   * Runs {@code cchc demo} on the sample data (JSON only, into a temporary folder deleted after)
   * and returns the two reports it rendered.
   *
   * @param data the folder of the sample data ({@code examples/data}); the dossier export is
   *     generated there on first use, as by the demo
   * @return the demo's reports
   * @throws UncheckedIOException when the sample data cannot be read or the files not written
   * @throws IllegalStateException when the demo fails (its standard error in the message)
   */
  public static DemoReports build(Path data) {
    Path out;
    try {
      out = Files.createTempDirectory("cchc-demo-reports");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      DemoCommand demo = new DemoCommand();
      demo.formats = "json";
      CommandLine cli = new CommandLine(demo);
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(new StringWriter()));
      cli.setErr(new PrintWriter(err));
      int code = cli.execute("--data", data.toString(), "--out", out.toString());
      if (code != 0 || demo.targetReport == null || demo.periodicReport == null) {
        throw new IllegalStateException("cchc demo failed (exit " + code + "): " + err);
      }
      return new DemoReports(demo.targetReport, demo.periodicReport);
    } finally {
      try (var files = Files.list(out)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(f);
        }
        Files.deleteIfExists(out);
      } catch (IOException e) {
        // a temporary folder left behind is no reason to fail
      }
    }
  }
}
