package io.github.cchc.beam;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierBuilder;
import io.github.cchc.model.dossier.DossierStatus;
import io.github.cchc.model.dossier.OnlineLevel;
import io.github.cchc.model.dossier.OnlinePayment;
import io.github.cchc.model.dossier.Pause;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * A deterministic {@code Coder} of {@link Dossier}: every attribute in declaration order (texts as
 * UTF-8, enums by name, date-times as epoch day and nano of day), decoded through the builder, so a
 * decoded dossier equals the encoded one and passes the same checks.
 *
 * <pre>{@code
 * PCollection<Dossier> dossiers = ...;
 * dossiers.setCoder(DossierCoder.of());
 * }</pre>
 */
public final class DossierCoder extends AtomicCoder<Dossier> {
  private static final long serialVersionUID = 1L;
  private static final DossierCoder INSTANCE = new DossierCoder();
  private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
  private static final VarLongCoder LONG = VarLongCoder.of();
  private static final VarIntCoder INT = VarIntCoder.of();

  private DossierCoder() {}

  /** Returns the coder. */
  public static DossierCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Dossier d, OutputStream out) throws IOException {
    TEXT.encode(d.id(), out);
    TEXT.encode(d.procedureCode(), out);
    TEXT.encode(d.procedureName(), out);
    TEXT.encode(d.agency(), out);
    TEXT.encode(d.channel().name(), out);
    TEXT.encode(d.onlineLevel().name(), out);
    time(d.received(), out);
    time(d.due(), out);
    optionalTime(d.finished(), out);
    optionalTime(d.returned(), out);
    INT.encode(d.pauses().size(), out);
    for (Pause p : d.pauses()) {
      time(p.start(), out);
      optionalTime(p.end(), out);
      out.write(p.supplementRequest() ? 1 : 0);
    }
    out.write((d.inputDigitised() ? 1 : 0) | (d.resultDigitised() ? 2 : 0));
    TEXT.encode(d.onlinePayment().name(), out);
    TEXT.encode(d.status().name(), out);
  }

  @Override
  public Dossier decode(InputStream in) throws IOException {
    try {
      DossierBuilder b =
          Dossier.builder()
              .id(TEXT.decode(in))
              .procedureCode(TEXT.decode(in))
              .procedureName(TEXT.decode(in))
              .agency(TEXT.decode(in))
              .channel(Channel.valueOf(TEXT.decode(in)))
              .onlineLevel(OnlineLevel.valueOf(TEXT.decode(in)))
              .received(time(in))
              .due(time(in))
              .finished(optionalTime(in))
              .returned(optionalTime(in));
      int pauses = INT.decode(in);
      for (int i = 0; i < pauses; i++) {
        b.addPause(
            Pause.builder()
                .start(time(in))
                .end(optionalTime(in))
                .supplementRequest(in.read() == 1)
                .build());
      }
      int digitised = in.read();
      if (digitised < 0) {
        throw new CoderException("dossier truncated");
      }
      return b.inputDigitised((digitised & 1) != 0)
          .resultDigitised((digitised & 2) != 0)
          .onlinePayment(OnlinePayment.valueOf(TEXT.decode(in)))
          .status(DossierStatus.valueOf(TEXT.decode(in)))
          .build();
    } catch (IllegalArgumentException | IllegalStateException | CchcException e) {
      throw new CoderException("not a dossier: " + e.getMessage());
    }
  }

  private static void time(LocalDateTime t, OutputStream out) throws IOException {
    LONG.encode(t.toLocalDate().toEpochDay(), out);
    LONG.encode(t.toLocalTime().toNanoOfDay(), out);
  }

  private static LocalDateTime time(InputStream in) throws IOException {
    long day = LONG.decode(in);
    long nanos = LONG.decode(in);
    return LocalDateTime.of(LocalDate.ofEpochDay(day), LocalTime.ofNanoOfDay(nanos));
  }

  private static void optionalTime(Optional<LocalDateTime> t, OutputStream out) throws IOException {
    if (t.isPresent()) {
      out.write(1);
      time(t.get(), out);
    } else {
      out.write(0);
    }
  }

  private static Optional<LocalDateTime> optionalTime(InputStream in) throws IOException {
    int present = in.read();
    if (present < 0) {
      throw new CoderException("dossier truncated");
    }
    return present == 1 ? Optional.of(time(in)) : Optional.empty();
  }

  /** Does nothing: the encoding is deterministic. */
  @Override
  public void verifyDeterministic() {}

  @Override
  public boolean consistentWithEquals() {
    return true;
  }
}
