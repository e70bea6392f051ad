package io.github.cchc.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who does a task and by when: the lead unit (đơn vị chủ trì), the coordinating units (đơn vị phối
 * hợp), the product (sản phẩm) and the deadline (thời gian hoàn thành).
 *
 * <pre>{@code
 * Assignment a = Assignment.builder()
 *     .lead("Văn phòng Sở")
 *     .addCoordinating("Các phòng chuyên môn thuộc Sở")
 *     .product("Báo cáo kết quả")
 *     .deadline(Deadline.parse("Quý IV/2024"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = AssignmentBuilder.class)
public abstract class Assignment {
  Assignment() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static AssignmentBuilder builder() {
    return new AssignmentBuilder();
  }

  /** Returns the lead unit (chủ trì), if named. */
  public abstract Optional<String> lead();

  /** Returns the coordinating units (phối hợp), in the plan's order. */
  public abstract List<String> coordinating();

  /** Returns the product (sản phẩm), if named. */
  public abstract Optional<String> product();

  /** Returns the deadline, if one was given and read. */
  public abstract Optional<Deadline> deadline();

  /** Returns the deadline as written, also when it could not be read as a {@link Deadline}. */
  public abstract Optional<String> deadlineText();
}
