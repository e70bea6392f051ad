package io.github.cchc.reporting.builder;

/**
 * The verdict on a target as the report shows it, taken from the target evaluation (the builder
 * does not evaluate).
 */
public enum Verdict {
  /** The target is met: "Đạt". */
  MET("Đạt"),
  /** The target is not met: "Không đạt". */
  NOT_MET("Không đạt"),
  /** Not yet measurable (no dossiers, no data): "Chưa đánh giá được". */
  NOT_MEASURABLE("Chưa đánh giá được");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /**
   * The Vietnamese label shown in the report.
   *
   * @return the label ("Đạt")
   */
  public String label() {
    return label;
  }
}
