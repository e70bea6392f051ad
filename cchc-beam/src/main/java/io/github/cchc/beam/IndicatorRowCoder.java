package io.github.cchc.beam;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.model.CchcException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * A deterministic {@code Coder} of {@link IndicatorRow}.
 *
 * <pre>{@code
 * rows.setCoder(IndicatorRowCoder.of());
 * }</pre>
 */
public final class IndicatorRowCoder extends AtomicCoder<IndicatorRow> {
  private static final long serialVersionUID = 1L;
  private static final IndicatorRowCoder INSTANCE = new IndicatorRowCoder();
  private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
  private static final VarLongCoder LONG = VarLongCoder.of();

  private IndicatorRowCoder() {}

  /** Returns the coder. */
  public static IndicatorRowCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(IndicatorRow r, OutputStream out) throws IOException {
    TEXT.encode(r.unit(), out);
    TEXT.encode(r.procedure(), out);
    TEXT.encode(r.period(), out);
    TEXT.encode(r.indicator().name(), out);
    TEXT.encode(r.definition().name(), out);
    LONG.encode(r.numerator(), out);
    LONG.encode(r.denominator(), out);
  }

  @Override
  public IndicatorRow decode(InputStream in) throws IOException {
    try {
      return IndicatorRow.builder()
          .unit(TEXT.decode(in))
          .procedure(TEXT.decode(in))
          .period(TEXT.decode(in))
          .indicator(Indicator.valueOf(TEXT.decode(in)))
          .definition(Definition.valueOf(TEXT.decode(in)))
          .numerator(LONG.decode(in))
          .denominator(LONG.decode(in))
          .build();
    } catch (IllegalArgumentException | IllegalStateException | CchcException e) {
      throw new CoderException("not an indicator row: " + e.getMessage());
    }
  }

  /** Does nothing: the encoding is deterministic. */
  @Override
  public void verifyDeterministic() {}

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
