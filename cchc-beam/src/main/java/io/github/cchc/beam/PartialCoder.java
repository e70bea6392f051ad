package io.github.cchc.beam;

import io.github.cchc.beam.TallyCombineFn.Partial;
import io.github.cchc.indicators.tally.TallyAccumulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * The coder of the accumulator of {@link TallyCombineFn}: its tally through {@link TallyCoder},
 * decoded next to a fresh accumulator of the same grouping and scope.
 */
final class PartialCoder extends CustomCoder<Partial> {
  private static final long serialVersionUID = 1L;

  private final SerializableSupplier<TallyAccumulator> factory;

  PartialCoder(SerializableSupplier<TallyAccumulator> factory) {
    this.factory = factory;
  }

  @Override
  public void encode(Partial value, OutputStream out) throws IOException {
    TallyCoder.of().encode(value.toTally(), out);
  }

  @Override
  public Partial decode(InputStream in) throws IOException {
    return new Partial(factory.get(), TallyCoder.of().decode(in));
  }

  /** Does nothing: the encoding is the tally's, deterministic. */
  @Override
  public void verifyDeterministic() {}
}
