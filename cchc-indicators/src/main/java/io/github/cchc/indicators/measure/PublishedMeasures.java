package io.github.cchc.indicators.measure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published figures at hand, one per indicator and period.
 *
 * <pre>{@code
 * PublishedMeasures m = PublishedMeasures.of(rows);
 * m.find("sipas", "2024");  // the SIPAS of 2024, with its source
 * }</pre>
 */
public final class PublishedMeasures {
  private static final PublishedMeasures NONE = new PublishedMeasures(Map.of());

  private final Map<String, PublishedMeasure> byKey;

  private PublishedMeasures(Map<String, PublishedMeasure> byKey) {
    this.byKey = byKey;
  }

  /** Returns the empty set of figures. */
  public static PublishedMeasures none() {
    return NONE;
  }

  /**
   * Returns the figures of {@code measures}.
   *
   * @param measures the figures, at most one per indicator and period
   * @return the figures
   * @throws IllegalArgumentException if an indicator and period come twice
   */
  public static PublishedMeasures of(Collection<PublishedMeasure> measures) {
    Map<String, PublishedMeasure> m = new LinkedHashMap<>();
    for (PublishedMeasure p : measures) {
      if (m.put(key(p.indicator(), p.period()), p) != null) {
        throw new IllegalArgumentException(p.indicator() + " for " + p.period() + " given twice");
      }
    }
    return new PublishedMeasures(m);
  }

  private static String key(String indicator, String period) {
    return indicator + "\u0000" + period;
  }

  /**
   * Returns the figure of {@code indicator} for {@code period}.
   *
   * @param indicator the indicator id
   * @param period the period label ("2024")
   * @return the figure, if published
   */
  public Optional<PublishedMeasure> find(String indicator, String period) {
    return Optional.ofNullable(byKey.get(key(indicator, period)));
  }

  /** Returns every figure, in the order given. */
  public List<PublishedMeasure> all() {
    return List.copyOf(byKey.values());
  }
}
