package io.github.cchc.beam;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.model.CchcStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One indicator of one unit (cơ quan giải quyết), procedure and period, with numerator and
 * denominator (exact): the output of {@link ComputeIndicators}, a flat row for a table or a file.
 *
 * <pre>{@code
 * IndicatorRow r = IndicatorRow.builder()
 *     .unit("Sở Xây dựng").procedure("1.009994").period("2024-06")
 *     .indicator(Indicator.ON_TIME).definition(Definition.PROVINCIAL)
 *     .numerator(97).denominator(100)
 *     .build();
 * r.value().format();  // "97,00%"
 * r.toCsv();           // "Sở Xây dựng;1.009994;2024-06;on_time;provincial;97;100"
 * }</pre>
 */
@Value.Immutable
@CchcStyle
public abstract class IndicatorRow {
  IndicatorRow() {}

  /** Returns the unit that handles the dossiers (their agency). */
  public abstract String unit();

  /** Returns the procedure code. */
  public abstract String procedure();

  /** Returns the period label ("2024-06", "2024-Q2"). */
  public abstract String period();

  /** Returns the indicator. */
  public abstract Indicator indicator();

  /** Returns the definition used. */
  public abstract Definition definition();

  /** Returns the dossiers that meet the indicator. */
  public abstract long numerator();

  /** Returns the dossiers it is measured on. */
  public abstract long denominator();

  /** Returns the value, its group "unit / procedure / period". */
  public IndicatorValue value() {
    return IndicatorValue.of(
        unit() + " / " + procedure() + " / " + period(),
        indicator(),
        definition(),
        numerator(),
        denominator());
  }

  /**
   * Returns "unit;procedure;period;indicator id;definition id;numerator;denominator", a field that
   * holds {@code ;}, a quote or a line break quoted as RFC 4180 says: {@code "a;b"}, its quotes
   * doubled.
   */
  public String toCsv() {
    return String.join(
        ";",
        CsvText.quote(unit(), ';'),
        CsvText.quote(procedure(), ';'),
        CsvText.quote(period(), ';'),
        indicator().id(),
        definition().id(),
        Long.toString(numerator()),
        Long.toString(denominator()));
  }

  @Value.Check
  void check() {
    if (numerator() < 0 || numerator() > denominator()) {
      throw new IllegalArgumentException(
          "need 0 <= numerator <= denominator: " + numerator() + "/" + denominator());
    }
  }

  /**
   * Returns the rows of a tally grouped by {@link ComputeIndicators#grouping}: the single-machine
   * path, which gives the same rows as the pipeline.
   *
   * @param tally a tally whose groups are keys of {@link ComputeIndicators#grouping}
   * @param definition which dossiers count
   * @param indicators the indicators wanted
   * @return the rows, ordered by key, then as {@code indicators}
   */
  public static List<IndicatorRow> fromTally(
      Tally tally, Definition definition, List<Indicator> indicators) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (Map.Entry<String, Counts> e : tally.groups().entrySet()) {
      addRows(e.getKey(), e.getValue(), definition, indicators, rows);
    }
    return rows;
  }

  static void addRows(
      String key,
      Counts counts,
      Definition definition,
      List<Indicator> indicators,
      List<IndicatorRow> rows) {
    String[] parts = ComputeIndicators.split(key);
    for (Indicator i : indicators) {
      IndicatorValue v = Indicators.compute(key, counts, i, definition);
      rows.add(
          builder()
              .unit(parts[0])
              .procedure(parts[1])
              .period(parts[2])
              .indicator(i)
              .definition(definition)
              .numerator(v.numerator())
              .denominator(v.denominator())
              .build());
    }
  }

  /** Returns a new builder. */
  public static IndicatorRowBuilder builder() {
    return new IndicatorRowBuilder();
  }
}
