package io.github.cchc.indicators.scorecard;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.CchcResultStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A unit's place in a {@link Ranking}: units with equal totals share a rank, and the next rank
 * skips (1, 2, 2, 4).
 *
 * <pre>{@code
 * Rank r = Ranking.of(scorecards).get(0);
 * r.rank();   // 1
 * r.unit();   // "Sở Tư pháp"
 * }</pre>
 */
@Value.Immutable
@CchcResultStyle
@JsonDeserialize(builder = RankBuilder.class)
public abstract class Rank {
  Rank() {}

  /** Returns the rank, 1 for the best. */
  @JsonProperty("rank")
  public abstract int rank();

  /** Returns the unit. */
  @JsonProperty("unit")
  public abstract String unit();

  /** Returns its total points. */
  @JsonProperty("total")
  public abstract BigDecimal total();

  /** Returns "1. Sở Tư pháp (95.5)". */
  @Override
  public String toString() {
    return rank() + ". " + unit() + " (" + total().toPlainString() + ")";
  }

  static Rank of(int rank, String unit, BigDecimal total) {
    return new RankBuilder().rank(rank).unit(unit).total(total).build();
  }
}
