package io.github.cchc.indicators.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.cchc.model.text.DiagnosticText;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A row of an export that was not read, and why: the file, the line (1-based, the header is line 1
 * of a CSV file; the row number Excel shows in a workbook; the row of a query's result), the sheet
 * of a workbook, the column (its header or JSON key, if one column is at fault) and the reason.
 *
 * <pre>{@code
 * RejectedRow r = report.rejected().get(0);
 * r.toString();  // "ho-so.csv:7: Ngày có kết quả: finished (2024-01-01T08:00) before received (...)"
 * }</pre>
 *
 * <p>In JSON: {@code {"file":"ho-so.csv","line":7,"column":"Ngày có kết quả","reason":"..."}}, with
 * {@code "sheet"} in a workbook; it reads back equal.
 */
@JsonPropertyOrder({"file", "sheet", "line", "column", "reason"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class RejectedRow {
  @JsonProperty private final String file;
  @JsonProperty private final @Nullable String sheet;
  @JsonProperty private final long line;
  @JsonProperty private final @Nullable String column;
  @JsonProperty private final String reason;

  /**
   * Creates a rejected row.
   *
   * @param file the file's name
   * @param line the line the row starts on, 1-based
   * @param column the header of the column at fault, or {@code null} if it is the whole row
   * @param reason why the row was rejected
   */
  public RejectedRow(String file, long line, @Nullable String column, String reason) {
    this(file, null, line, column, reason);
  }

  /** A rejected row of a workbook's sheet ({@code sheet} null: not a workbook). */
  @JsonCreator
  RejectedRow(
      @JsonProperty("file") String file,
      @JsonProperty("sheet") @Nullable String sheet,
      @JsonProperty("line") long line,
      @JsonProperty("column") @Nullable String column,
      @JsonProperty("reason") String reason) {
    this.file = Objects.requireNonNull(file);
    this.sheet = sheet;
    this.line = line;
    this.column = column;
    this.reason = Objects.requireNonNull(reason);
  }

  /** Returns the file's name. */
  public String file() {
    return file;
  }

  /** Returns the sheet of a workbook ({@code .xlsx}, {@code .xls}) the row is on, if any. */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /** Returns the line the row starts on, 1-based (in a workbook: the sheet's row number). */
  public long line() {
    return line;
  }

  /** Returns the header of the column at fault, empty if it is the whole row. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** Returns why the row was rejected. */
  public String reason() {
    return reason;
  }

  /**
   * Returns "line L: [column: ]reason", the form the command line prints: always one line, with
   * control characters of the column and reason escaped ({@link DiagnosticText#escape}), since they
   * may echo what the file holds. A row of a workbook reads "line L: sheet S: [column: ]reason", L
   * being the row number Excel shows.
   */
  public String describe() {
    return "line " + line + ": " + (sheet == null ? "" : "sheet " + sheetName() + ": ") + where();
  }

  private String sheetName() {
    return DiagnosticText.escape(Objects.requireNonNull(sheet), 200);
  }

  private String where() {
    return (column == null ? "" : DiagnosticText.escape(column) + ": ")
        + DiagnosticText.escape(reason, 1000);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RejectedRow)) {
      return false;
    }
    RejectedRow r = (RejectedRow) o;
    return r.file.equals(file)
        && Objects.equals(r.sheet, sheet)
        && r.line == line
        && Objects.equals(r.column, column)
        && r.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, sheet, line, column, reason);
  }

  /**
   * Returns "file:line: [column: ]reason" ("file[sheet]:line: ..." in a workbook), on one line like
   * {@link #describe()}.
   */
  @Override
  public String toString() {
    return DiagnosticText.escape(file)
        + (sheet == null ? "" : "[" + sheetName() + "]")
        + ":"
        + line
        + ": "
        + where();
  }
}
