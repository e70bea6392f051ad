package io.github.cchc.reporting.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of a {@link Table}: a typed value, never formatted text. A count stays a count and a
 * percentage keeps its exact value; the renderer decides how it looks ("98,50%" in HTML, the number
 * 0.985 with a percent format in XLSX).
 *
 * <pre>{@code
 * Cell.text("Sở Tư pháp");
 * Cell.count(1234);                          // shown "1.234"
 * Cell.percent(new BigDecimal("98.5"), 2);   // shown "98,50%"
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = CellBuilder.class)
public abstract class Cell {
  private static final Cell EMPTY = builder().kind(CellKind.EMPTY).build();

  Cell() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static CellBuilder builder() {
    return new CellBuilder();
  }

  /**
   * A text cell.
   *
   * @param text the text, normalised to NFC
   * @return the cell
   */
  public static Cell text(String text) {
    return builder().kind(CellKind.TEXT).text(text).build();
  }

  /**
   * A count.
   *
   * @param count the count
   * @return the cell
   */
  public static Cell count(long count) {
    return builder().kind(CellKind.INTEGER).value(BigDecimal.valueOf(count)).build();
  }

  /**
   * A count.
   *
   * @param count the count
   * @return the cell
   */
  public static Cell count(BigInteger count) {
    return builder().kind(CellKind.INTEGER).value(new BigDecimal(count)).build();
  }

  /**
   * A decimal number.
   *
   * @param value the exact value
   * @param digits the decimals to show
   * @return the cell
   */
  public static Cell decimal(BigDecimal value, int digits) {
    return builder().kind(CellKind.DECIMAL).value(value).digits(digits).build();
  }

  /**
   * A percentage.
   *
   * @param percent the exact value in percent (98.5 for 98,5%)
   * @param digits the decimals to show
   * @return the cell
   */
  public static Cell percent(BigDecimal percent, int digits) {
    return builder().kind(CellKind.PERCENT).value(percent).digits(digits).build();
  }

  /**
   * The empty cell.
   *
   * @return the empty cell
   */
  public static Cell empty() {
    return EMPTY;
  }

  /**
   * What the cell holds.
   *
   * @return the kind
   */
  public abstract CellKind kind();

  /**
   * The text of a {@link CellKind#TEXT} cell.
   *
   * @return the text
   */
  public abstract Optional<String> text();

  /**
   * The value of a numeric cell ({@link CellKind#INTEGER}, {@link CellKind#DECIMAL}, {@link
   * CellKind#PERCENT}).
   *
   * @return the value
   */
  public abstract Optional<BigDecimal> value();

  /**
   * The decimals to show for a {@link CellKind#DECIMAL} or {@link CellKind#PERCENT} cell.
   *
   * @return the decimals, 0 to 10
   */
  @Value.Default
  public int digits() {
    return 0;
  }

  @Value.Check
  Cell normalize() {
    boolean numeric =
        kind() == CellKind.INTEGER || kind() == CellKind.DECIMAL || kind() == CellKind.PERCENT;
    if (numeric != value().isPresent() || (kind() == CellKind.TEXT) != text().isPresent()) {
      throw new IllegalArgumentException(
          "a " + kind() + " cell has " + (numeric ? "a value" : "no value") + ": " + this);
    }
    if (digits() < 0 || digits() > 10) {
      throw new IllegalArgumentException("digits must be 0 to 10: " + digits());
    }
    if (kind() == CellKind.INTEGER && value().orElseThrow().stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("a count is whole: " + value().orElseThrow());
    }
    return text().map(Texts::allNfc).orElse(true)
        ? this
        : builder().from(this).text(Texts.nfc(text().orElseThrow())).build();
  }
}
