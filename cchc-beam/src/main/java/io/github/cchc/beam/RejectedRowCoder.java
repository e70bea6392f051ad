package io.github.cchc.beam;

import io.github.cchc.indicators.io.RejectedRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * A deterministic {@code Coder} of {@link RejectedRow}: file, line, column (if any) and reason.
 *
 * <pre>{@code
 * rejected.setCoder(RejectedRowCoder.of());
 * }</pre>
 */
public final class RejectedRowCoder extends AtomicCoder<RejectedRow> {
  private static final long serialVersionUID = 1L;
  private static final RejectedRowCoder INSTANCE = new RejectedRowCoder();
  private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
  private static final VarLongCoder LONG = VarLongCoder.of();

  private RejectedRowCoder() {}

  /** Returns the coder. */
  public static RejectedRowCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(RejectedRow r, OutputStream out) throws IOException {
    TEXT.encode(r.file(), out);
    LONG.encode(r.line(), out);
    if (r.column().isPresent()) {
      out.write(1);
      TEXT.encode(r.column().get(), out);
    } else {
      out.write(0);
    }
    TEXT.encode(r.reason(), out);
  }

  @Override
  public RejectedRow decode(InputStream in) throws IOException {
    String file = TEXT.decode(in);
    long line = LONG.decode(in);
    int hasColumn = in.read();
    if (hasColumn < 0) {
      throw new CoderException("rejected row truncated");
    }
    String column = hasColumn == 1 ? TEXT.decode(in) : null;
    return new RejectedRow(file, line, column, TEXT.decode(in));
  }

  /** Does nothing: the encoding is deterministic. */
  @Override
  public void verifyDeterministic() {}

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
