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
 * A Beam {@code CombineFn} that tallies dossiers: its accumulator counts with the core {@link
 * TallyAccumulator} (see {@link Partial}; encoded by a deterministic coder as its {@link Tally}),
 * its output is the {@link Tally}. Because the tally is a commutative monoid the runner may add
 * dossiers and merge partial accumulators in any order, on any worker, and the result is the tally
 * one machine computes.
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
public final class TallyCombineFn
    extends Combine.CombineFn<Dossier, TallyCombineFn.Partial, Tally> {
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
  public Partial createAccumulator() {
    return new Partial(factory.get(), Tally.empty());
  }

  @Override
  public Partial addInput(Partial accumulator, Dossier input) {
    accumulator.counting.add(input);
    return accumulator;
  }

  @Override
  public Partial mergeAccumulators(Iterable<Partial> accumulators) {
    Iterator<Partial> it = accumulators.iterator();
    if (!it.hasNext()) {
      return createAccumulator();
    }
    Partial first = it.next();
    while (it.hasNext()) {
      Partial next = it.next();
      first.counting.merge(next.counting);
      first.decoded = first.decoded.merge(next.decoded);
    }
    return first;
  }

  @Override
  public Tally extractOutput(Partial accumulator) {
    return accumulator.toTally();
  }

  @Override
  public Coder<Partial> getAccumulatorCoder(CoderRegistry registry, Coder<Dossier> inputCoder) {
    return new PartialCoder(factory);
  }

  @Override
  public Coder<Tally> getDefaultOutputCoder(CoderRegistry registry, Coder<Dossier> inputCoder) {
    return TallyCoder.of();
  }

  /**
   * The accumulator: the core {@link TallyAccumulator} that counts the dossiers added on this
   * worker (one increment per dossier, no allocation), plus the {@link Tally} of the partial
   * results that came from other workers encoded. Its coder stores {@link #toTally()}.
   */
  public static final class Partial {
    final TallyAccumulator counting;
    Tally decoded;

    Partial(TallyAccumulator counting, Tally decoded) {
      this.counting = counting;
      this.decoded = decoded;
    }

    /** Returns the tally of everything accumulated. */
    public Tally toTally() {
      return counting.toTally().merge(decoded);
    }
  }
}
