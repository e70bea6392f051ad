package io.github.cchc.beam;

import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import io.github.cchc.model.dossier.Dossier;
import java.util.Iterator;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;

/**
 * A Beam {@code CombineFn} that tallies dossiers: its accumulator is the core {@link
 * TallyAccumulator} (encoded by a deterministic coder), its output the {@link Tally}. Because the
 * tally is a commutative monoid the runner may add dossiers and merge partial accumulators in any
 * order, on any worker, and the result is the tally one machine computes.
 *
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2024, 12, 31);
 * PCollection<KV<String, Tally>> perProvince = dossiersByProvince.apply(
 *     Combine.perKey(TallyCombineFn.of(Grouping::agency, () -> TallyScope.all(asOf))));
 * PCollection<Tally> national = dossiers.apply(
 *     Combine.globally(TallyCombineFn.of(Grouping::agency, () -> TallyScope.all(asOf)))
 *         .withoutDefaults());
 * }</pre>
 *
 * <p>With {@code Combine.globally}, use {@code withoutDefaults()}: the default output for an empty
 * input would be shipped to the workers with Java serialization, and a {@link Tally} travels by its
 * {@link TallyCoder} only.
 */
public final class TallyCombineFn extends Combine.CombineFn<Dossier, TallyAccumulator, Tally> {
  private static final long serialVersionUID = 1L;

  private final SerializableSupplier<TallyAccumulator> factory;

  private TallyCombineFn(SerializableSupplier<TallyAccumulator> factory) {
    this.factory = factory;
  }

  /**
   * Returns the combine function that tallies with {@code grouping} in {@code scope}.
   *
   * @param grouping builds the grouping on each worker ({@code Grouping::agency})
   * @param scope builds the scope on each worker ({@code () -> TallyScope.all(asOf)})
   * @return the function
   */
  public static TallyCombineFn of(
      SerializableSupplier<Grouping> grouping, SerializableSupplier<TallyScope> scope) {
    Objects.requireNonNull(grouping, "grouping");
    Objects.requireNonNull(scope, "scope");
    return new TallyCombineFn(() -> new TallyAccumulator(grouping.get(), scope.get()));
  }

  @Override
  public TallyAccumulator createAccumulator() {
    return factory.get();
  }

  @Override
  public TallyAccumulator addInput(TallyAccumulator accumulator, Dossier input) {
    accumulator.add(input);
    return accumulator;
  }

  @Override
  public TallyAccumulator mergeAccumulators(Iterable<TallyAccumulator> accumulators) {
    Iterator<TallyAccumulator> it = accumulators.iterator();
    if (!it.hasNext()) {
      return createAccumulator();
    }
    TallyAccumulator first = it.next();
    while (it.hasNext()) {
      first.merge(it.next());
    }
    return first;
  }

  @Override
  public Tally extractOutput(TallyAccumulator accumulator) {
    return accumulator.toTally();
  }

  @Override
  public Coder<TallyAccumulator> getAccumulatorCoder(
      CoderRegistry registry, Coder<Dossier> inputCoder) {
    return new TallyAccumulatorCoder(factory);
  }

  @Override
  public Coder<Tally> getDefaultOutputCoder(CoderRegistry registry, Coder<Dossier> inputCoder) {
    return TallyCoder.of();
  }
}
