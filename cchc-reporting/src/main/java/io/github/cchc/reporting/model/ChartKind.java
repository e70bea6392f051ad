package io.github.cchc.reporting.model;

/** The kinds of {@link Chart}. */
public enum ChartKind {
  /** Grouped vertical bars per category, one bar per series (target vs actual by unit). */
  BAR,
  /** One line per series over the categories (trend by month). */
  LINE
}
