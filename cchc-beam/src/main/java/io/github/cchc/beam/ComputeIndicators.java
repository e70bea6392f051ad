package io.github.cchc.beam;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.dossier.Dossier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Turns dossiers into {@link IndicatorRow}s per unit, procedure and period: each dossier is keyed
 * by its agency, procedure code and period of receipt, each key tallied by a {@link TallyCombineFn}
 * (so the runner combines partial tallies on the workers before the shuffle), and each tally turned
 * into indicators. The rows equal {@link IndicatorRow#fromTally} of the tally one machine computes
 * with {@link #grouping(Grouping)}.
 *
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2024, 12, 31);
 * PCollection<IndicatorRow> rows = dossiers.apply(
 *     ComputeIndicators.asOf(asOf)
 *         .withPeriods(Grouping::quarter)
 *         .withDefinition(Definition.NATIONAL_766));
 * }</pre>
 */
public final class ComputeIndicators
    extends PTransform<PCollection<Dossier>, PCollection<IndicatorRow>> {
  private static final long serialVersionUID = 1L;
  private static final char SEPARATOR = '\u001F';

  private final SerializableSupplier<Grouping> periods;
  private final SerializableSupplier<TallyScope> scope;
  private final Definition definition;
  private final List<Indicator> indicators;

  private ComputeIndicators(
      SerializableSupplier<Grouping> periods,
      SerializableSupplier<TallyScope> scope,
      Definition definition,
      List<Indicator> indicators) {
    this.periods = periods;
    this.scope = scope;
    this.definition = definition;
    this.indicators = indicators;
  }

  /**
   * Returns the transform that counts every dossier, by calendar month, open ones judged on {@code
   * asOf}, every indicator under the provincial definition.
   *
   * @param asOf the day open dossiers are judged on
   * @return the transform
   */
  public static ComputeIndicators asOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return new ComputeIndicators(
        Grouping::month,
        () -> TallyScope.all(asOf),
        Definition.PROVINCIAL,
        List.of(Indicator.values()));
  }

  /**
   * Returns this transform with other periods: a grouping by period of receipt, such as {@code
   * Grouping::quarter} or {@code () -> Grouping.month(ReportingCalendar.official())}.
   *
   * @param periods builds the grouping on each worker
   * @return the new transform
   */
  public ComputeIndicators withPeriods(SerializableSupplier<Grouping> periods) {
    return new ComputeIndicators(Objects.requireNonNull(periods), scope, definition, indicators);
  }

  /**
   * Returns this transform with another scope, such as {@code () -> TallyScope.of(year, asOf)}.
   *
   * @param scope builds the scope on each worker
   * @return the new transform
   */
  public ComputeIndicators withScope(SerializableSupplier<TallyScope> scope) {
    return new ComputeIndicators(periods, Objects.requireNonNull(scope), definition, indicators);
  }

  /**
   * Returns this transform with another definition.
   *
   * @param definition which dossiers count
   * @return the new transform
   */
  public ComputeIndicators withDefinition(Definition definition) {
    return new ComputeIndicators(periods, scope, Objects.requireNonNull(definition), indicators);
  }

  /**
   * Returns this transform computing only {@code indicators}, in that order.
   *
   * @param indicators the indicators
   * @return the new transform
   */
  public ComputeIndicators withIndicators(List<Indicator> indicators) {
    return new ComputeIndicators(periods, scope, definition, List.copyOf(indicators));
  }

  /**
   * Returns the grouping of the single-machine path: by unit, procedure and period together, the
   * groups {@link IndicatorRow#fromTally} reads.
   *
   * @param periods the grouping by period
   * @return the grouping
   */
  public static Grouping grouping(Grouping periods) {
    return Grouping.of("unit/procedure/" + periods.name(), d -> key(d, periods));
  }

  static String key(Dossier d, Grouping periods) {
    return d.agency() + SEPARATOR + d.procedureCode() + SEPARATOR + periods.key(d);
  }

  static String[] split(String key) {
    int a = key.indexOf(SEPARATOR);
    int b = key.lastIndexOf(SEPARATOR);
    if (a < 0 || a == b) {
      throw new IllegalArgumentException("not a unit/procedure/period key: " + key);
    }
    return new String[] {key.substring(0, a), key.substring(a + 1, b), key.substring(b + 1)};
  }

  static Grouping procedureAndPeriod(Grouping periods) {
    return Grouping.of(
        "procedure/" + periods.name(), d -> d.procedureCode() + SEPARATOR + periods.key(d));
  }

  @Override
  public PCollection<IndicatorRow> expand(PCollection<Dossier> dossiers) {
    SerializableSupplier<Grouping> periods = this.periods;
    return dossiers
        .apply("Key by unit", ParDo.of(new KeyFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), DossierCoder.of()))
        .apply(
            "Tally by procedure and period",
            Combine.perKey(TallyCombineFn.of(() -> procedureAndPeriod(periods.get()), scope)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), TallyCoder.of()))
        .apply("Indicators", ParDo.of(new RowsFn(definition, indicators)))
        .setCoder(IndicatorRowCoder.of());
  }

  /** Keys each dossier by its unit. */
  static final class KeyFn extends DoFn<Dossier, KV<String, Dossier>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element Dossier d, OutputReceiver<KV<String, Dossier>> out) {
      out.output(KV.of(d.agency(), d));
    }
  }

  /** Turns the tally of one unit into its rows. */
  static final class RowsFn extends DoFn<KV<String, Tally>, IndicatorRow> {
    private static final long serialVersionUID = 1L;
    private final Definition definition;
    private final List<Indicator> indicators;

    RowsFn(Definition definition, List<Indicator> indicators) {
      this.definition = definition;
      this.indicators = indicators;
    }

    @ProcessElement
    public void process(@Element KV<String, Tally> kv, OutputReceiver<IndicatorRow> out) {
      List<IndicatorRow> rows = new ArrayList<>();
      for (Map.Entry<String, Counts> e : kv.getValue().groups().entrySet()) {
        IndicatorRow.addRows(
            kv.getKey() + SEPARATOR + e.getKey(), e.getValue(), definition, indicators, rows);
      }
      rows.forEach(out::output);
    }
  }
}
