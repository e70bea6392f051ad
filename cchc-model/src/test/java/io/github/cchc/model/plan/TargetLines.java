package io.github.cchc.model.plan;

/** A target told in one line for tests: its comparator, its value as written, its unit. */
final class TargetLines {
  private TargetLines() {}

  /**
   * Returns "GE 6.6 PERCENT": the comparator, the value in plain notation and the unit ("-" when
   * the target has none).
   */
  static String of(Target t) {
    return t.comparator()
        + " "
        + t.value().orElseThrow().toPlainString()
        + " "
        + t.unit().map(Object::toString).orElse("-");
  }
}
