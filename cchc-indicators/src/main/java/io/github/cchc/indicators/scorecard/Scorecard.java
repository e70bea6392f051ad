package io.github.cchc.indicators.scorecard;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One unit's scores on an index: points per leaf criterion (a leaf without a score counts 0), the
 * totals of every criterion, the percentage and the criteria that lost points.
 *
 * <pre>{@code
 * Scorecard s = Scorecard.of("Sở Xây dựng", index, Map.of("3.1", new BigDecimal("3"), "3.2", new BigDecimal("2")));
 * s.total();             // 5
 * s.score("3");          // 5
 * s.percent(2);          // 90.91
 * s.lostPoints();        // [3.2 Tỷ lệ hồ sơ giải quyết đúng hạn: -0.5]
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = ScorecardBuilder.class)
public abstract class Scorecard {
  Scorecard() {}

  /** Returns the unit scored. */
  @JsonProperty("unit")
  public abstract String unit();

  /** Returns the index's criteria. */
  @JsonProperty("criteria")
  public abstract Criterion criteria();

  /** Returns the points per leaf criterion id. */
  @JsonProperty("scores")
  public abstract Map<String, BigDecimal> scores();

  /**
   * Returns the points of criterion {@code id}: its score for a leaf, the sum below it otherwise.
   *
   * @param id the criterion's id
   * @return its points
   * @throws IllegalArgumentException if no criterion has that id
   */
  public BigDecimal score(String id) {
    return score(
        criteria().find(id).orElseThrow(() -> new IllegalArgumentException("no criterion " + id)));
  }

  private BigDecimal score(Criterion c) {
    if (c.isLeaf()) {
      return scores().getOrDefault(c.id(), BigDecimal.ZERO);
    }
    return c.children().stream().map(this::score).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Returns the total points. */
  public BigDecimal total() {
    return score(criteria());
  }

  /**
   * Returns the total as a percentage of the maximum, rounded half-even to {@code scale} decimals.
   *
   * @param scale decimals
   * @return the percentage
   */
  public BigDecimal percent(int scale) {
    if (criteria().maxPoints().signum() == 0) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return total()
        .multiply(BigDecimal.valueOf(100))
        .divide(criteria().maxPoints(), scale, RoundingMode.HALF_EVEN);
  }

  /** Returns the leaf criteria below their maximum, most points lost first (then by id). */
  public List<LostPoints> lostPoints() {
    return criteria()
        .flatten()
        .filter(Criterion::isLeaf)
        .map(c -> LostPoints.of(c, score(c)))
        .filter(l -> l.lost().signum() > 0)
        .sorted(
            Comparator.comparing(LostPoints::lost)
                .reversed()
                .thenComparing(l -> l.criterion().id()))
        .collect(Collectors.toList());
  }

  @Value.Check
  void check() {
    scores()
        .forEach(
            (id, points) -> {
              Criterion c =
                  criteria()
                      .find(id)
                      .orElseThrow(
                          () -> new IllegalArgumentException(unit() + ": no criterion " + id));
              if (!c.isLeaf()) {
                throw new IllegalArgumentException(
                    unit() + ": " + id + " has sub-criteria; score its leaves");
              }
              if (points.signum() < 0 || points.compareTo(c.maxPoints()) > 0) {
                throw new IllegalArgumentException(
                    unit() + ": " + id + " scored " + points + ", outside 0.." + c.maxPoints());
              }
            });
  }

  /**
   * Returns the scorecard of {@code unit}.
   *
   * @param unit the unit
   * @param criteria the index's criteria
   * @param scores points per leaf criterion id
   * @return the scorecard
   * @throws IllegalArgumentException if a score names no leaf or is outside 0..maximum
   */
  public static Scorecard of(String unit, Criterion criteria, Map<String, BigDecimal> scores) {
    return builder().unit(unit).criteria(criteria).putAllScores(scores).build();
  }

  /** Returns a new builder. */
  public static ScorecardBuilder builder() {
    return new ScorecardBuilder();
  }
}
