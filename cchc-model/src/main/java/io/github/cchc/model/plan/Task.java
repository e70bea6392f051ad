package io.github.cchc.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task (nhiệm vụ) of a plan, usually a row of its appendix table: number (STT), content, reform
 * area and assignment.
 *
 * <pre>{@code
 * Task t = Task.builder()
 *     .number("1")
 *     .content("Rà soát, công bố danh mục TTHC thuộc thẩm quyền giải quyết của Sở")
 *     .area(ReformArea.ADMINISTRATIVE_PROCEDURES)
 *     .assignment(Assignment.builder().lead("Văn phòng Sở").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = TaskBuilder.class)
public abstract class Task {
  Task() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static TaskBuilder builder() {
    return new TaskBuilder();
  }

  /** Returns the number (STT) as written: "1", "2.3", "a". */
  public abstract Optional<String> number();

  /** Returns what is to be done (nội dung, nhiệm vụ). */
  public abstract String content();

  /** Returns the reform area the task belongs to, if the plan groups its tasks by area. */
  public abstract Optional<ReformArea> area();

  /** Returns the heading of the group the task stands in ("I. CẢI CÁCH THỂ CHẾ"), if any. */
  public abstract Optional<String> group();

  /** Returns who does the task and by when. */
  public abstract Assignment assignment();

  /** Returns where the task was read: "table 2, row 5" or "paragraph 14". */
  public abstract Optional<String> source();
}
