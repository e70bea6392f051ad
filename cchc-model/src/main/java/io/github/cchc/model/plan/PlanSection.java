package io.github.cchc.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A numbered section of a plan ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích") with the paragraphs under
 * its heading, up to the next heading.
 *
 * <pre>{@code
 * PlanSection s = plan.sections().get(0);
 * s.number();   // "I"
 * s.title();    // "MỤC ĐÍCH, YÊU CẦU"
 * s.level();    // 1 (roman), 2 (arabic: "1."), 3 ("1.1.")
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = PlanSectionBuilder.class)
public abstract class PlanSection {
  PlanSection() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static PlanSectionBuilder builder() {
    return new PlanSectionBuilder();
  }

  /** Returns the number as written, without the final dot: "I", "2", "1.2". */
  public abstract String number();

  /** Returns the heading text after the number. */
  public abstract String title();

  /** Returns the level: 1 for roman numerals, 2 for "1.", 3 for "1.1." and deeper. */
  public abstract int level();

  /** Returns the paragraphs of the section, up to the next heading. */
  public abstract List<String> paragraphs();
}
