package io.github.cchc.reporting.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cchc.reporting.model.Block;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.CellKind;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.HeaderGroup;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.render.ReportRenderer;
import io.github.cchc.reporting.render.VietnameseFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the tables of a {@link Report} as one CSV file for Excel: a byte order mark (so Excel
 * reads UTF-8), the document's identity (kind, title, issuer, number, date line), then each table:
 * its caption, its unit note, the header (the merged group label repeated over its columns, then
 * "label (unit)"), the rows and the totals, and an empty record between tables. Fields are
 * separated by commas, records by CRLF, quoted as RFC 4180 requires (FastCSV).
 *
 * <pre>{@code
 * byte[] csv = new CsvRenderer().toBytes(report);
 * // "\uFEFFBÁO CÁO\r\n..." then e.g. "1,Sở Tư pháp,985,1000,98.5\r\n"
 * }</pre>
 *
 * <p>Numbers are written as the model holds them, exactly and without grouping, with a decimal
 * point ({@code 985}, {@code 98.5}), so that every locale reads the same value; the rounded
 * Vietnamese display ("98,50%") belongs to HTML, PDF, DOCX and the XLSX number formats.
 *
 * <p>Formula injection (OWASP): a text field that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is prefixed with an apostrophe, so {@code
 * =HYPERLINK("http://…")} arrives in the cell as text. Numbers are never text and need no prefix.
 */
public final class CsvRenderer implements ReportRenderer {
  /** A CSV renderer. */
  public CsvRenderer() {}

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv;charset=UTF-8";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer);
    csv.writeRecord(safe(report.kind()), safe(report.title()));
    csv.writeRecord(
        safe(report.header().issuingBody()),
        safe(VietnameseFormat.numberLine(report.header())),
        safe(VietnameseFormat.dateLine(report.header())));
    List<Section> all = new ArrayList<>(report.sections());
    all.addAll(report.appendices());
    for (Section section : all) {
      for (Block block : section.blocks()) {
        if (block instanceof Table table) {
          csv.writeRecord("");
          table(table, csv);
        }
      }
    }
    csv.flush();
    writer.flush();
  }

  private static void table(Table table, CsvWriter csv) {
    csv.writeRecord(safe(table.caption()));
    table.unitNote().ifPresent(u -> csv.writeRecord(safe(u)));
    List<Column> columns = table.columns();
    if (!table.groups().isEmpty()) {
      List<String> groups = new ArrayList<>(columns.size());
      for (HeaderGroup g : table.groups()) {
        for (int i = 0; i < g.span(); i++) {
          groups.add(safe(g.label()));
        }
      }
      csv.writeRecord(groups);
    }
    List<String> labels = new ArrayList<>(columns.size());
    for (Column c : columns) {
      labels.add(safe(c.label() + c.unit().map(u -> " (" + u + ")").orElse("")));
    }
    csv.writeRecord(labels);
    for (Row row : table.rows()) {
      csv.writeRecord(fields(row));
    }
    for (Row row : table.totals()) {
      csv.writeRecord(fields(row));
    }
  }

  private static List<String> fields(Row row) {
    List<String> fields = new ArrayList<>(row.cells().size());
    for (Cell cell : row.cells()) {
      if (cell.kind() == CellKind.TEXT) {
        fields.add(safe(cell.text().orElseThrow()));
      } else if (cell.kind() == CellKind.EMPTY) {
        fields.add("");
      } else {
        fields.add(cell.value().orElseThrow().stripTrailingZeros().toPlainString());
      }
    }
    return fields;
  }

  /**
   * The text as a CSV field that no spreadsheet evaluates: an apostrophe before a leading {@code =}
   * {@code +} {@code -} {@code @}, tab or carriage return.
   *
   * @param text the text
   * @return the safe text
   */
  static String safe(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + text
        : text;
  }
}
