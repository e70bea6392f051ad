package io.github.cchc.indicators.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks units by their total points, best first; equal totals share a rank ("1224" competition
 * ranking), ties listed by unit name.
 *
 * <pre>{@code
 * List<Rank> ranks = Ranking.of(List.of(sxd, stp, snv));
 * ranks.get(0).toString();  // "1. Sở Tư pháp (95.5)"
 * }</pre>
 */
public final class Ranking {
  private Ranking() {}

  /**
   * Ranks the scorecards.
   *
   * @param scorecards one per unit, on the same index
   * @return the ranks, best first
   * @throws IllegalArgumentException if the scorecards are on different indexes or a unit repeats
   */
  public static List<Rank> of(List<Scorecard> scorecards) {
    List<Scorecard> sorted = new ArrayList<>(scorecards);
    for (Scorecard s : sorted) {
      if (!s.criteria().equals(sorted.get(0).criteria())) {
        throw new IllegalArgumentException(s.unit() + " is scored on another index");
      }
    }
    if (sorted.stream().map(Scorecard::unit).distinct().count() != sorted.size()) {
      throw new IllegalArgumentException("a unit has two scorecards");
    }
    sorted.sort(Comparator.comparing(Scorecard::total).reversed().thenComparing(Scorecard::unit));
    List<Rank> ranks = new ArrayList<>();
    BigDecimal previous = null;
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      BigDecimal total = sorted.get(i).total();
      if (previous == null || total.compareTo(previous) != 0) {
        rank = i + 1;
      }
      previous = total;
      ranks.add(Rank.of(rank, sorted.get(i).unit(), total));
    }
    return ranks;
  }
}
