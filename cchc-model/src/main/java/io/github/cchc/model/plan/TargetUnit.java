package io.github.cchc.model.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The unit of a {@link Target}'s threshold: a percentage ({@code "%"}) or a rank ({@code "rank"}).
 *
 * <pre>{@code
 * TargetUnit.of("%") == TargetUnit.PERCENT;
 * TargetUnit.RANK.symbol();   // "rank"
 * }</pre>
 */
public enum TargetUnit {
  /** Percentage points: the threshold {@code 98} means 98%. */
  PERCENT("%"),
  /** A rank: the threshold {@code 30} means the first 30. */
  RANK("rank");

  private final String symbol;

  TargetUnit(String symbol) {
    this.symbol = symbol;
  }

  /** Returns the symbol used in JSON: {@code "%"} or {@code "rank"}. */
  @JsonValue
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the unit of a symbol.
   *
   * @param symbol {@code "%"} or {@code "rank"}
   * @return the unit
   * @throws IllegalArgumentException for another symbol
   */
  @JsonCreator
  public static TargetUnit of(String symbol) {
    for (TargetUnit u : values()) {
      if (u.symbol.equals(symbol)) {
        return u;
      }
    }
    throw new IllegalArgumentException("unknown target unit: " + symbol + " (expected % or rank)");
  }
}
