package io.github.cchc.reporting.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * A merged header cell over {@link #span()} adjacent columns of a {@link Table}. The groups of a
 * table form one header row above the column labels; a group with an empty label leaves its columns
 * to be labelled alone (their labels span both header rows).
 *
 * <pre>{@code
 * HeaderGroup group = HeaderGroup.of("Hồ sơ giải quyết", 3);
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = HeaderGroupBuilder.class)
public abstract class HeaderGroup {
  HeaderGroup() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static HeaderGroupBuilder builder() {
    return new HeaderGroupBuilder();
  }

  /**
   * A group.
   *
   * @param label the label; empty for columns without a group
   * @param span the number of columns, at least 1
   * @return the group
   */
  public static HeaderGroup of(String label, int span) {
    return builder().label(label).span(span).build();
  }

  /**
   * The label; empty when the columns stand alone.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * The number of columns the group spans.
   *
   * @return the span, at least 1
   */
  public abstract int span();

  @Value.Check
  HeaderGroup normalize() {
    if (span() < 1) {
      throw new IllegalArgumentException("a header group spans at least 1 column: " + span());
    }
    return Texts.allNfc(label()) ? this : of(Texts.nfc(label()), span());
  }
}
