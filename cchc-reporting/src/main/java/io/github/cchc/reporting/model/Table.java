package io.github.cchc.reporting.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A table: a caption, the unit note ("Đơn vị tính: hồ sơ"), columns under optional merged header
 * groups, body rows and total rows. The totals are data computed by the builder of the report, not
 * by the renderer.
 *
 * <pre>{@code
 * Table table = Table.builder()
 *     .caption("Bảng 1. Tỷ lệ hồ sơ giải quyết đúng hạn")
 *     .addColumns(Column.of("Đơn vị"), Column.of("Đúng hạn", "hồ sơ"),
 *         Column.of("Tổng số", "hồ sơ"), Column.of("Tỷ lệ", "%"))
 *     .addGroups(HeaderGroup.of("", 1), HeaderGroup.of("Hồ sơ giải quyết", 3))
 *     .addRows(Row.of(Cell.text("Sở Tư pháp"), Cell.count(985), Cell.count(1000),
 *         Cell.percent(new BigDecimal("98.5"), 2)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName("table")
@JsonDeserialize(builder = TableBuilder.class)
public abstract class Table implements Block {
  Table() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static TableBuilder builder() {
    return new TableBuilder();
  }

  /**
   * The caption ("Bảng 1. …").
   *
   * @return the caption
   */
  public abstract String caption();

  /**
   * The unit note shown above the table's right edge ("Đơn vị tính: hồ sơ"), if any.
   *
   * @return the unit note
   */
  public abstract Optional<String> unitNote();

  /**
   * The merged header cells above the column labels; empty for a one-row header. Their spans add up
   * to the number of columns.
   *
   * @return the header groups
   */
  public abstract List<HeaderGroup> groups();

  /**
   * The columns.
   *
   * @return the columns, at least one
   */
  public abstract List<Column> columns();

  /**
   * The body rows.
   *
   * @return the rows
   */
  public abstract List<Row> rows();

  /**
   * The total rows ("Tổng cộng"), shown after the body.
   *
   * @return the total rows
   */
  public abstract List<Row> totals();

  @Value.Check
  Table check() {
    int width = columns().size();
    if (width == 0) {
      throw new IllegalArgumentException("a table has at least one column: " + caption());
    }
    if (!groups().isEmpty()) {
      int spans = groups().stream().mapToInt(HeaderGroup::span).sum();
      if (spans != width) {
        throw new IllegalArgumentException(
            "header groups span " + spans + " columns, the table has " + width + ": " + caption());
      }
    }
    for (List<Row> part : List.of(rows(), totals())) {
      for (int i = 0; i < part.size(); i++) {
        int cells = part.get(i).cells().size();
        if (cells != width) {
          throw new IllegalArgumentException(
              "row " + (i + 1) + " has " + cells + " cells, the table " + width + ": " + caption());
        }
      }
    }
    return Texts.allNfc(caption(), unitNote().orElse(""))
        ? this
        : builder()
            .from(this)
            .caption(Texts.nfc(caption()))
            .unitNote(unitNote().map(Texts::nfc))
            .build();
  }
}
