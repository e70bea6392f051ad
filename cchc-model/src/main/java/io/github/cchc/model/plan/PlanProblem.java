package io.github.cchc.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.CchcResultStyle;
import org.immutables.value.Value;

/**
 * Something of a plan that could not be read, reported rather than dropped: the file, where in it
 * (paragraph or table row) and why.
 *
 * <pre>{@code
 * for (PlanProblem p : plan.problems()) {
 *   System.err.println(p);   // "plan.docx: table 2, row 7: no task content (Nội dung) in the row"
 * }
 * }</pre>
 */
@Value.Immutable
@CchcResultStyle
@JsonDeserialize(builder = PlanProblemBuilder.class)
public abstract class PlanProblem {
  PlanProblem() {}

  static PlanProblemBuilder builder() {
    return new PlanProblemBuilder();
  }

  /** Returns the file name. */
  public abstract String file();

  /** Returns where: "paragraph 12", "table 2, row 7". */
  public abstract String location();

  /** Returns why the part could not be read. */
  public abstract String reason();

  /** Returns the text of the part, as found. */
  public abstract String text();

  /** Returns {@code "file: location: reason"}. */
  @Override
  public String toString() {
    return file() + ": " + location() + ": " + reason();
  }
}
