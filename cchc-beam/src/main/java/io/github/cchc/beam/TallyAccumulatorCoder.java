package io.github.cchc.beam;

import io.github.cchc.indicators.tally.TallyAccumulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * The coder of the accumulator of {@link TallyCombineFn}: the accumulator's tally through {@link
 * TallyCoder}, decoded into a fresh accumulator of the same grouping and scope.
 */
final class TallyAccumulatorCoder extends CustomCoder<TallyAccumulator> {
  private static final long serialVersionUID = 1L;

  private final SerializableSupplier<TallyAccumulator> factory;

  TallyAccumulatorCoder(SerializableSupplier<TallyAccumulator> factory) {
    this.factory = factory;
  }

  @Override
  public void encode(TallyAccumulator value, OutputStream out) throws IOException {
    TallyCoder.of().encode(value.toTally(), out);
  }

  @Override
  public TallyAccumulator decode(InputStream in) throws IOException {
    return factory.get().merge(TallyCoder.of().decode(in));
  }

  /** Does nothing: the encoding is the tally's, deterministic. */
  @Override
  public void verifyDeterministic() {}
}
