package io.github.cchc.indicators.tally;

import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.model.dossier.Dossier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * How a tally groups dossiers: all together, by agency, procedure, channel, or by the month or
 * quarter they were received in (calendar or official reporting periods).
 *
 * <pre>{@code
 * Grouping.agency().key(dossier);                                 // "Sở Xây dựng"
 * Grouping.quarter(ReportingCalendar.official()).key(dossier);    // "2024-Q1" for 20/12/2023
 * Grouping.all().key(dossier);                                    // "all"
 * }</pre>
 */
public final class Grouping {
  /** The one group of {@link #all()}. */
  public static final String ALL = "all";

  private static final Grouping ALL_GROUPING = new Grouping("all", null, null, null);

  private final String name;
  private final @Nullable Function<Dossier, String> text;
  private final @Nullable ToIntFunction<Dossier> number;
  private final @Nullable IntFunction<String> label;

  private Grouping(
      String name,
      @Nullable Function<Dossier, String> text,
      @Nullable ToIntFunction<Dossier> number,
      @Nullable IntFunction<String> label) {
    this.name = name;
    this.text = text;
    this.number = number;
    this.label = label;
  }

  /** The key of {@link #agency()}: one instance, which a tally tells apart to call it directly. */
  static final Function<Dossier, String> AGENCY = Dossier::agency;

  /** Returns the grouping with one group, {@value #ALL}. */
  public static Grouping all() {
    return ALL_GROUPING;
  }

  /** Returns the grouping by {@link Dossier#agency()}. */
  public static Grouping agency() {
    return of("agency", AGENCY);
  }

  /** Returns the grouping by {@link Dossier#procedureCode()}. */
  public static Grouping procedure() {
    return of("procedure", Dossier::procedureCode);
  }

  /** Returns the grouping by {@link Dossier#channel()} (its English name). */
  public static Grouping channel() {
    return of("channel", d -> d.channel().name());
  }

  /**
   * Returns the grouping by any text of a dossier.
   *
   * @param name the name of the grouping
   * @param key the group of a dossier
   * @return the grouping
   */
  public static Grouping of(String name, Function<Dossier, String> key) {
    return new Grouping(name, Objects.requireNonNull(key), null, null);
  }

  /** Returns the grouping by calendar month of receipt ("2024-06"). */
  public static Grouping month() {
    return month(ReportingCalendar.calendar());
  }

  /**
   * Returns the grouping by the reporting month of {@code calendar} the dossier was received in.
   *
   * @param calendar the reporting calendar
   * @return the grouping
   */
  public static Grouping month(ReportingCalendar calendar) {
    return new Grouping(
        "month",
        null,
        d -> {
          YearMonth m = monthOf(calendar, d);
          return m.getYear() * 12 + m.getMonthValue() - 1;
        },
        k -> String.format("%d-%02d", Math.floorDiv(k, 12), Math.floorMod(k, 12) + 1));
  }

  /** Returns the grouping by calendar quarter of receipt ("2024-Q2"). */
  public static Grouping quarter() {
    return quarter(ReportingCalendar.calendar());
  }

  /**
   * Returns the grouping by the reporting quarter of {@code calendar} the dossier was received in.
   *
   * @param calendar the reporting calendar
   * @return the grouping
   */
  public static Grouping quarter(ReportingCalendar calendar) {
    return new Grouping(
        "quarter",
        null,
        d -> {
          YearMonth m = monthOf(calendar, d);
          return m.getYear() * 4 + (m.getMonthValue() - 1) / 3;
        },
        k -> Math.floorDiv(k, 4) + "-Q" + (Math.floorMod(k, 4) + 1));
  }

  private static YearMonth monthOf(ReportingCalendar calendar, Dossier d) {
    LocalDate day = LocalDate.ofEpochDay(d.receivedEpochDay());
    return calendar.equals(ReportingCalendar.calendar())
        ? YearMonth.of(day.getYear(), day.getMonthValue())
        : calendar.reportingMonthOf(day);
  }

  /** Returns the name of the grouping ("agency"). */
  public String name() {
    return name;
  }

  /**
   * Returns the group of {@code dossier}.
   *
   * @param dossier the dossier
   * @return its group
   */
  public String key(Dossier dossier) {
    if (text != null) {
      return text.apply(dossier);
    }
    if (number != null && label != null) {
      return label.apply(number.applyAsInt(dossier));
    }
    return ALL;
  }

  boolean isAll() {
    return text == null && number == null;
  }

  @Nullable Function<Dossier, String> text() {
    return text;
  }

  @Nullable ToIntFunction<Dossier> number() {
    return number;
  }

  String label(int key) {
    return Objects.requireNonNull(label).apply(key);
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
