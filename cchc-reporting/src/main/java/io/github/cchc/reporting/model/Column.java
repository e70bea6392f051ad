package io.github.cchc.reporting.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A column of a {@link Table}: its label and the unit of its values ("hồ sơ", "%").
 *
 * <pre>{@code
 * Column column = Column.of("Đúng hạn", "hồ sơ");
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = ColumnBuilder.class)
public abstract class Column {
  Column() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ColumnBuilder builder() {
    return new ColumnBuilder();
  }

  /**
   * A column without a unit.
   *
   * @param label the label
   * @return the column
   */
  public static Column of(String label) {
    return builder().label(label).build();
  }

  /**
   * A column with a unit.
   *
   * @param label the label
   * @param unit the unit of the values
   * @return the column
   */
  public static Column of(String label, String unit) {
    return builder().label(label).unit(unit).build();
  }

  /**
   * The label.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * The unit of the values, if any.
   *
   * @return the unit
   */
  public abstract Optional<String> unit();

  @Value.Check
  Column normalize() {
    return Texts.allNfc(label(), unit().orElse(""))
        ? this
        : builder().label(Texts.nfc(label())).unit(unit().map(Texts::nfc)).build();
  }
}
