package io.github.cchc.indicators.io;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierBuilder;
import io.github.cchc.model.dossier.DossierStatus;
import io.github.cchc.model.dossier.OnlineLevel;
import io.github.cchc.model.dossier.OnlinePayment;
import io.github.cchc.model.dossier.Pause;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns the raw texts of one row (indexed by {@link DossierField#ordinal()}, null for an absent
 * column) into a dossier. Texts are NFC-normalised; repeated names (agencies, procedures) are
 * shared through a bounded cache so that millions of rows hold a few thousand strings.
 */
final class RowConverter {
  private static final int CACHE_LIMIT = 50_000;

  private final ColumnMapping mapping;
  private final @Nullable Set<String> knownAgencies;
  private final Map<String, String> names = new HashMap<>();

  RowConverter(ColumnMapping mapping, @Nullable Set<String> knownAgencies) {
    this.mapping = mapping;
    this.knownAgencies = knownAgencies;
  }

  Dossier convert(@Nullable String[] raw) {
    String id = required(raw, DossierField.ID);
    DossierBuilder b = Dossier.builder().id(nfc(id));
    b.procedureCode(shared(required(raw, DossierField.PROCEDURE_CODE)));
    String name = optional(raw, DossierField.PROCEDURE_NAME);
    if (name != null) {
      b.procedureName(shared(name));
    }
    String agency = shared(required(raw, DossierField.AGENCY));
    if (knownAgencies != null && !knownAgencies.contains(agency)) {
      throw new RowException(DossierField.AGENCY, "unknown agency \"" + agency + "\"");
    }
    b.agency(agency);
    b.channel(parse(DossierField.CHANNEL, required(raw, DossierField.CHANNEL), Channel::parse));
    String level = optional(raw, DossierField.ONLINE_LEVEL);
    if (level != null) {
      b.onlineLevel(parse(DossierField.ONLINE_LEVEL, level, OnlineLevel::parse));
    }
    String pay = optional(raw, DossierField.ONLINE_PAYMENT);
    if (pay != null) {
      b.onlinePayment(parse(DossierField.ONLINE_PAYMENT, pay, OnlinePayment::parse));
    }
    String status = optional(raw, DossierField.STATUS);
    if (status != null) {
      b.status(parse(DossierField.STATUS, status, DossierStatus::parse));
    }
    b.received(date(required(raw, DossierField.RECEIVED), DossierField.RECEIVED));
    b.due(date(required(raw, DossierField.DUE), DossierField.DUE));
    String finished = optional(raw, DossierField.FINISHED);
    if (finished != null) {
      b.finished(date(finished, DossierField.FINISHED));
    }
    String returned = optional(raw, DossierField.RETURNED);
    if (returned != null) {
      b.returned(date(returned, DossierField.RETURNED));
    }
    String pauses = optional(raw, DossierField.PAUSES);
    if (pauses != null) {
      for (String part : pauses.split("\\|")) {
        b.addPause(pause(part.strip()));
      }
    }
    b.inputDigitised(yesNo(raw, DossierField.INPUT_DIGITISED));
    b.resultDigitised(yesNo(raw, DossierField.RESULT_DIGITISED));
    return b.build();
  }

  private <T> T parse(DossierField f, String text, Function<CharSequence, T> parser) {
    try {
      return parser.apply(mapping.translate(f, text));
    } catch (CchcParseException e) {
      throw new RowException(f, e.getReason());
    }
  }

  private String value(@Nullable String[] raw, DossierField f, boolean required) {
    String v = raw[f.ordinal()];
    if (v == null || v.isBlank()) {
      if (required) {
        throw new RowException(f, "empty, but required");
      }
      return "";
    }
    return mapping.translate(f, v.strip());
  }

  private String required(@Nullable String[] raw, DossierField f) {
    return value(raw, f, true);
  }

  private @Nullable String optional(@Nullable String[] raw, DossierField f) {
    String v = raw[f.ordinal()];
    if (v == null || v.isBlank()) {
      return null;
    }
    return v.strip();
  }

  private boolean yesNo(@Nullable String[] raw, DossierField f) {
    String v = optional(raw, f);
    if (v == null) {
      return false;
    }
    try {
      OnlinePayment p = OnlinePayment.parse(mapping.translate(f, v));
      if (p == OnlinePayment.NOT_APPLICABLE) {
        throw new RowException(f, "Có / Không or YES / NO expected, found \"" + v + "\"");
      }
      return p == OnlinePayment.YES;
    } catch (CchcParseException e) {
      throw new RowException(f, "Có / Không or YES / NO expected, found \"" + v + "\"");
    }
  }

  private static LocalDateTime date(String text, DossierField f) {
    try {
      return DateTimes.parse(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new RowException(f, e.getMessage());
    }
  }

  private static Pause pause(String text) {
    int sep = text.indexOf(" -");
    String start = sep < 0 ? text : text.substring(0, sep).strip();
    String end = sep < 0 ? "" : text.substring(sep + 2).strip();
    try {
      return Pause.of(DateTimes.parse(start), end.isEmpty() ? null : DateTimes.parse(end));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new RowException(DossierField.PAUSES, "pause \"" + text + "\": " + e.getMessage());
    }
  }

  private String shared(String s) {
    String c = names.get(s);
    if (c != null) {
      return c;
    }
    String n = nfc(s);
    if (names.size() < CACHE_LIMIT) {
      names.put(s, n);
    }
    return n;
  }

  /** NFC-normalises, skipping the work for text that is NFC already (all the common letters). */
  static String nfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
      }
    }
    return s;
  }

  static Optional<DossierField> fieldNamed(String accessor) {
    switch (accessor) {
      case "due":
        return Optional.of(DossierField.DUE);
      case "finished":
        return Optional.of(DossierField.FINISHED);
      case "returned":
        return Optional.of(DossierField.RETURNED);
      case "status":
        return Optional.of(DossierField.STATUS);
      case "pauses":
        return Optional.of(DossierField.PAUSES);
      default:
        return Optional.empty();
    }
  }
}
