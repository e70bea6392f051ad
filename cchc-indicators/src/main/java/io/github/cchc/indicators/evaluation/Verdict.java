package io.github.cchc.indicators.evaluation;

/**
 * Whether a target held.
 *
 * <pre>{@code
 * TargetEvaluator.evaluate(target, value, period, asOf).verdict();  // MET
 * }</pre>
 */
public enum Verdict {
  /** The period is over and the value meets the target exactly. */
  MET,
  /** The period is over and the value does not meet the target. */
  NOT_MET,
  /** Not measurable yet: no dossier to measure, or the period is not over. */
  NOT_YET
}
