package io.github.cchc.beam;

import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.model.CchcException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * A deterministic {@code Coder} of {@link Tally}: the number of counters per group, the groups in
 * name order (name, then each counter as a variable-length long), and {@link
 * Tally#outsidePeriod()}. Equal tallies have equal bytes, so a runner may group or compare them
 * encoded.
 *
 * <pre>{@code
 * PCollection<KV<String, Tally>> tallies = ...;
 * tallies.setCoder(KvCoder.of(StringUtf8Coder.of(), TallyCoder.of()));
 * }</pre>
 */
public final class TallyCoder extends AtomicCoder<Tally> {
  private static final long serialVersionUID = 1L;
  private static final TallyCoder INSTANCE = new TallyCoder();
  private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
  private static final VarLongCoder NUMBER = VarLongCoder.of();

  private TallyCoder() {}

  /** Returns the coder. */
  public static TallyCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Tally value, OutputStream out) throws IOException {
    NUMBER.encode((long) Counts.size(), out);
    NUMBER.encode((long) value.groups().size(), out);
    for (Map.Entry<String, Counts> e : value.groups().entrySet()) {
      TEXT.encode(e.getKey(), out);
      for (long c : e.getValue().toArray()) {
        NUMBER.encode(c, out);
      }
    }
    NUMBER.encode(value.outsidePeriod(), out);
  }

  @Override
  public Tally decode(InputStream in) throws IOException {
    long size = NUMBER.decode(in);
    if (size != Counts.size()) {
      throw new CoderException(
          "tally encoded with " + size + " counters per group, this version has " + Counts.size());
    }
    long groups = NUMBER.decode(in);
    Map<String, Counts> map = new TreeMap<>();
    for (long g = 0; g < groups; g++) {
      String name = TEXT.decode(in);
      long[] counters = new long[(int) size];
      for (int i = 0; i < counters.length; i++) {
        counters[i] = NUMBER.decode(in);
      }
      try {
        map.put(name, Counts.ofArray(counters));
      } catch (IllegalArgumentException | CchcException e) {
        throw new CoderException("group " + name + ": " + e.getMessage());
      }
    }
    long outside = NUMBER.decode(in);
    try {
      return Tally.of(map, outside);
    } catch (IllegalArgumentException | CchcException e) {
      throw new CoderException(e.getMessage());
    }
  }

  /** Does nothing: the encoding is deterministic (groups in name order). */
  @Override
  public void verifyDeterministic() {}

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
