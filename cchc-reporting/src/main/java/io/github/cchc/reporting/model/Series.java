package io.github.cchc.reporting.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * One series of a {@link Chart}: a name ("Thực hiện") and one value per category.
 *
 * <pre>{@code
 * Series actual = Series.of("Thực hiện", List.of(new BigDecimal("98.5"), new BigDecimal("97.2")));
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = SeriesBuilder.class)
public abstract class Series {
  Series() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static SeriesBuilder builder() {
    return new SeriesBuilder();
  }

  /**
   * A series.
   *
   * @param name the name shown in the legend
   * @param values one value per category
   * @return the series
   */
  public static Series of(String name, List<BigDecimal> values) {
    return builder().name(name).values(values).build();
  }

  /**
   * The name shown in the legend.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * One value per category, in the chart's unit.
   *
   * @return the values
   */
  public abstract List<BigDecimal> values();

  @Value.Check
  Series normalize() {
    return Texts.allNfc(name()) ? this : of(Texts.nfc(name()), values());
  }
}
