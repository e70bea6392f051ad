package io.github.cchc.indicators.tally;

import io.github.cchc.indicators.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which dossiers a tally counts and on which day it looks at open ones: the dossiers received in a
 * {@link ReportingPeriod} (or all), and the day {@link #asOf()} that decides whether an open
 * dossier is still within its deadline (trong hạn) or overdue (quá hạn). Dossiers received outside
 * the period are not dropped silently: the tally counts them in {@link Tally#outsidePeriod()}.
 *
 * <pre>{@code
 * ReportingPeriod y = ReportingCalendar.calendar().year(2024);
 * TallyScope.of(y, LocalDate.of(2024, 12, 31));  // received in 2024, open ones judged on 31/12
 * TallyScope.all(LocalDate.now());               // everything, judged today
 * }</pre>
 */
public final class TallyScope {
  private final @Nullable ReportingPeriod period;
  private final LocalDate asOf;

  private TallyScope(@Nullable ReportingPeriod period, LocalDate asOf) {
    this.period = period;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Returns the scope of dossiers received in {@code period}, open ones judged on {@code asOf}.
   *
   * @param period the period of receipt
   * @param asOf the day open dossiers are judged on (usually the period's last day, or today)
   * @return the scope
   */
  public static TallyScope of(ReportingPeriod period, LocalDate asOf) {
    return new TallyScope(Objects.requireNonNull(period, "period"), asOf);
  }

  /**
   * Returns the scope of every dossier, open ones judged on {@code asOf}.
   *
   * @param asOf the day open dossiers are judged on
   * @return the scope
   */
  public static TallyScope all(LocalDate asOf) {
    return new TallyScope(null, asOf);
  }

  /** Returns the period of receipt, empty for every dossier. */
  public Optional<ReportingPeriod> period() {
    return Optional.ofNullable(period);
  }

  /** Returns the day open dossiers are judged on. */
  public LocalDate asOf() {
    return asOf;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TallyScope
        && Objects.equals(((TallyScope) o).period, period)
        && ((TallyScope) o).asOf.equals(asOf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, asOf);
  }

  /** Returns "TallyScope[period=2024 [2024-01-01/2025-01-01], asOf=2024-12-31]". */
  @Override
  public String toString() {
    return "TallyScope[period=" + (period == null ? "all" : period) + ", asOf=" + asOf + "]";
  }
}
