package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.XlsxExport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample export written as a workbook by {@code sample-data --format xlsx} gives exactly the
 * indicators of the same export as CSV, through {@code cchc indicators --dossiers FILE.xlsx}.
 */
class WorkbookExportTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theSampleAsXlsxGivesTheIndicatorsOfTheSampleAsCsv(@TempDir Path tmp) {
    Path csv = tmp.resolve("dossiers.csv");
    Path xlsx = tmp.resolve("dossiers.xlsx");
    String rows = "30000";
    assertThat(run("sample-data", "--rows", rows, "--out", csv.toString()).code())
        .isEqualTo(Cchc.OK);
    Run wrote = run("sample-data", "--rows", rows, "--format", "xlsx", "--out", xlsx.toString());
    assertThat(wrote.code()).as(wrote.err()).isEqualTo(Cchc.OK);

    for (String by : List.of("agency", "month", "channel")) {
      Run fromCsv = run("indicators", "--dossiers", csv.toString(), "--by", by, "--year", "2024");
      Run fromXlsx = run("indicators", "--dossiers", xlsx.toString(), "--by", by, "--year", "2024");
      assertThat(fromXlsx.code()).as(fromXlsx.err()).isEqualTo(Cchc.OK);
      assertThat(fromXlsx.out()).isEqualTo(fromCsv.out());
      assertThat(fromCsv.out().lines().count()).isGreaterThan(6);
    }
    Run fromCsv = run("indicators", "--dossiers", csv.toString());
    Run fromXlsx = run("indicators", "--dossiers", xlsx.toString());
    assertThat(fromXlsx.err())
        .contains("read 30000 rows: " + (30000 - DossierGenerator.BAD_ROWS) + " accepted, ")
        .contains(fromCsv.err().lines().filter(l -> l.startsWith("read ")).findFirst().get());
    // each rejected row of the CSV (line L) is the workbook's row L + 4, on its sheet
    List<String> csvLines = fromCsv.err().lines().filter(l -> l.startsWith("line ")).toList();
    List<String> xlsxLines = fromXlsx.err().lines().filter(l -> l.startsWith("line ")).toList();
    assertThat(xlsxLines).hasSize(DossierGenerator.BAD_ROWS).hasSameSizeAs(csvLines);
    for (int i = 0; i < csvLines.size(); i++) {
      String c = csvLines.get(i);
      long line = Long.parseLong(c.substring(5, c.indexOf(':')));
      assertThat(xlsxLines.get(i))
          .isEqualTo(
              "line "
                  + (line + XlsxExport.TITLE.length)
                  + ": sheet "
                  + XlsxExport.SHEET
                  + c.substring(c.indexOf(':')));
    }
  }

  @Test
  void aMismatchedOutNameIsAUsageError(@TempDir Path tmp) {
    Run r =
        run(
            "sample-data",
            "--rows",
            "10",
            "--format",
            "xlsx",
            "--out",
            tmp.resolve("d.csv").toString());
    assertThat(r.code()).isEqualTo(Cchc.USAGE);
    assertThat(r.err()).contains("must end with .xlsx");
  }
}
