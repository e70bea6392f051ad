package io.github.cchc.reporting.model;

/** What a {@link Cell} holds, which decides how a renderer shows it. */
public enum CellKind {
  /** Text, shown as is (escaped for the format). */
  TEXT,
  /** A whole count ("12.345" in Vietnamese display). */
  INTEGER,
  /** A decimal number shown with {@link Cell#digits()} decimals ("1.234,50"). */
  DECIMAL,
  /** A percentage: the value is in percent (98.5 means 98,5%), shown with {@link Cell#digits()}. */
  PERCENT,
  /** Nothing (a dash or a blank cell). */
  EMPTY
}
