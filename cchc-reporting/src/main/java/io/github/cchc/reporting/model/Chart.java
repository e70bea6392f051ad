package io.github.cchc.reporting.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A chart as data: categories (units, months), series of values and the value axis. Renderers draw
 * it as SVG (HTML) or as a picture (DOCX, PDF); the figures behind it belong in a {@link Table}
 * next to it.
 *
 * <pre>{@code
 * Chart chart = Chart.builder()
 *     .kind(ChartKind.BAR)
 *     .title("Tỷ lệ hồ sơ đúng hạn so với chỉ tiêu")
 *     .valueUnit("%")
 *     .addCategories("Sở Tư pháp", "Sở Y tế")
 *     .addSeries(Series.of("Chỉ tiêu", List.of(new BigDecimal("98"), new BigDecimal("98"))))
 *     .addSeries(Series.of("Thực hiện", List.of(new BigDecimal("98.5"), new BigDecimal("96.1"))))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonTypeName("chart")
@JsonDeserialize(builder = ChartBuilder.class)
public abstract class Chart implements Block {
  Chart() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ChartBuilder builder() {
    return new ChartBuilder();
  }

  /**
   * Bars or lines.
   *
   * @return the kind
   */
  public abstract ChartKind kind();

  /**
   * The title ("Biểu đồ 1. …").
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The unit of the values ("%", "hồ sơ").
   *
   * @return the unit
   */
  public abstract String valueUnit();

  /**
   * The categories along the horizontal axis.
   *
   * @return the categories
   */
  public abstract List<String> categories();

  /**
   * The series; each has one value per category.
   *
   * @return the series
   */
  public abstract List<Series> series();

  /**
   * The top of the value axis, if fixed (100 for percentages); otherwise the largest value.
   *
   * @return the axis maximum
   */
  public abstract Optional<BigDecimal> axisMaximum();

  /**
   * The bottom of the value axis, if not zero (95 to show a trend between 95% and 100%); values
   * below it are drawn at the bottom.
   *
   * @return the axis minimum
   */
  public abstract Optional<BigDecimal> axisMinimum();

  @Value.Check
  Chart check() {
    for (Series s : series()) {
      if (s.values().size() != categories().size()) {
        throw new IllegalArgumentException(
            "series '"
                + s.name()
                + "' has "
                + s.values().size()
                + " values for "
                + categories().size()
                + " categories: "
                + title());
      }
    }
    if (Texts.allNfc(title(), valueUnit()) && Texts.allNfc(categories())) {
      return this;
    }
    return builder()
        .from(this)
        .title(Texts.nfc(title()))
        .valueUnit(Texts.nfc(valueUnit()))
        .categories(categories().stream().map(Texts::nfc).toList())
        .build();
  }
}
