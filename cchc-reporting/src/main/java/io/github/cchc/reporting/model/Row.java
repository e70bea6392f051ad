package io.github.cchc.reporting.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A row of a {@link Table}: one cell per column.
 *
 * <pre>{@code
 * Row row = Row.of(Cell.text("Sở Tư pháp"), Cell.count(985), Cell.count(1000));
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = RowBuilder.class)
public abstract class Row {
  Row() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static RowBuilder builder() {
    return new RowBuilder();
  }

  /**
   * A row of the given cells.
   *
   * @param cells the cells, one per column
   * @return the row
   */
  public static Row of(Cell... cells) {
    return builder().addCells(cells).build();
  }

  /**
   * A row of the given cells.
   *
   * @param cells the cells, one per column
   * @return the row
   */
  public static Row of(List<Cell> cells) {
    return builder().cells(cells).build();
  }

  /**
   * The cells, one per column.
   *
   * @return the cells
   */
  public abstract List<Cell> cells();
}
