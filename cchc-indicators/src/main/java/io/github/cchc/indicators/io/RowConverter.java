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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns the texts of one row into a dossier, field by field: {@link #begin()}, then {@link
 * #field(DossierField, String)} (or {@link #field(DossierField, char[], int, int)} straight from a
 * CSV parser's buffer) for each column present, then {@link #finish()}. A bad field does not stop
 * the others; {@link #finish()} reports the first problem in a fixed order of fields. Texts are
 * NFC-normalised; repeated names (agencies, procedures) and values are shared and converted once
 * through a bounded cache per column, so that millions of rows hold a few thousand strings.
 */
final class RowConverter {
  private static final int CACHE_LIMIT = 50_000;
  private static final DossierField[] FIELDS = DossierField.values();

  /** The order problems are reported in: the order the fields were checked in before. */
  private static final DossierField[] CHECK_ORDER = {
    DossierField.ID,
    DossierField.PROCEDURE_CODE,
    DossierField.PROCEDURE_NAME,
    DossierField.AGENCY,
    DossierField.CHANNEL,
    DossierField.ONLINE_LEVEL,
    DossierField.ONLINE_PAYMENT,
    DossierField.STATUS,
    DossierField.RECEIVED,
    DossierField.DUE,
    DossierField.FINISHED,
    DossierField.RETURNED,
    DossierField.PAUSES,
    DossierField.INPUT_DIGITISED,
    DossierField.RESULT_DIGITISED
  };

  private final ColumnMapping mapping;
  private final @Nullable Set<String> knownAgencies;
  private final Map<String, String> names = new HashMap<>();
  private final @Nullable FieldValueCache[] caches = new FieldValueCache[FIELDS.length];
  private final @Nullable Object[] values = new Object[FIELDS.length];
  private final CommonDates dates = new CommonDates();
  private final int maxValueLength;

  RowConverter(ColumnMapping mapping, @Nullable Set<String> knownAgencies) {
    this(mapping, knownAgencies, DossierReader.DEFAULT_MAX_VALUE_LENGTH);
  }

  RowConverter(ColumnMapping mapping, @Nullable Set<String> knownAgencies, int maxValueLength) {
    this.mapping = mapping;
    this.knownAgencies = knownAgencies;
    this.maxValueLength = maxValueLength;
    for (DossierField f : FIELDS) {
      if (isCategorical(f)) {
        caches[f.ordinal()] = new FieldValueCache();
      }
    }
  }

  /** Fields with few distinct values, converted once per distinct text. */
  private static boolean isCategorical(DossierField f) {
    switch (f) {
      case ID:
      case RECEIVED:
      case DUE:
      case FINISHED:
      case RETURNED:
      case PAUSES:
        return false;
      default:
        return true;
    }
  }

  /** Converts a whole row of texts indexed by {@link DossierField#ordinal()}. */
  Dossier convert(@Nullable String[] raw) {
    fields(raw);
    return finish();
  }

  /** Starts a row with the texts indexed by {@link DossierField#ordinal()}, null if absent. */
  void fields(@Nullable String[] raw) {
    begin();
    for (DossierField f : FIELDS) {
      String v = raw[f.ordinal()];
      if (v != null) {
        field(f, v);
      }
    }
  }

  /** Starts a row: every field absent. */
  void begin() {
    Arrays.fill(values, null);
  }

  /** Returns the id a row with the stripped, not empty id text {@code text} gets. */
  String id(String text) {
    return nfc(mapping.translate(DossierField.ID, text));
  }

  /**
   * Returns whether the stripped id text {@code b[off, off + len)} may differ from the id it gives:
   * a mapping translates ids, or a character may change under NFC.
   */
  boolean idNeedsConversion(char[] b, int off, int len) {
    if (mapping.translates(DossierField.ID)) {
      return true;
    }
    for (int i = off; i < off + len; i++) {
      if (b[i] >= 0x300) {
        return true;
      }
    }
    return false;
  }

  /** Sets a field from its text; a blank text is an absent field. */
  void field(DossierField f, String text) {
    if (caches[f.ordinal()] != null) {
      // a repeated name or word: converted once, through the cache of its column
      char[] b = text.toCharArray();
      field(f, b, 0, b.length);
      return;
    }
    String v = text.strip();
    values[f.ordinal()] =
        v.isEmpty() ? null : v.length() > maxValueLength ? tooLong(f, v.length()) : valueOf(f, v);
  }

  /** Sets a date field from a date-time a source holds as one (a database's timestamp). */
  void field(DossierField f, LocalDateTime value) {
    values[f.ordinal()] = value;
  }

  /** The problem of a value longer than the limit; the value itself is not kept. */
  private RowException tooLong(DossierField f, int length) {
    return new RowException(
        f,
        "value of "
            + length
            + " characters, longer than the limit of "
            + maxValueLength
            + " characters");
  }

  /**
   * Sets a field from the characters {@code b[off, off + len)}, without making a string of a
   * repeated value or a common date.
   */
  void field(DossierField f, char[] b, int off, int len) {
    int end = stripEnd(b, off, off + len);
    off = stripStart(b, off, end);
    int n = end - off;
    if (n == 0) {
      values[f.ordinal()] = null;
      return;
    }
    if (n > maxValueLength) {
      values[f.ordinal()] = tooLong(f, n);
      return;
    }
    FieldValueCache cache = caches[f.ordinal()];
    if (cache != null) {
      Object cached = cache.get(b, off, n);
      if (cached == null) {
        String text = new String(b, off, n);
        cached = valueOf(f, text);
        cache.put(text, cached);
      }
      values[f.ordinal()] = cached;
      return;
    }
    if (f == DossierField.RECEIVED
        || f == DossierField.DUE
        || f == DossierField.FINISHED
        || f == DossierField.RETURNED) {
      LocalDateTime t = dates.parse(b, off, n);
      if (t != null) {
        values[f.ordinal()] = t;
        return;
      }
    }
    String text = new String(b, off, n);
    // the id, the one text of every row that is neither cached nor a date, skips the switch
    values[f.ordinal()] = f == DossierField.ID ? id(text) : valueOf(f, text);
  }

  /**
   * The first index from {@code off} to {@code end} that is not white space, as strip() sees it.
   */
  static int stripStart(char[] b, int off, int end) {
    while (off < end && isWhitespace(b[off])) {
      off++;
    }
    return off;
  }

  /** The end of {@code b[off, end)} without its trailing white space, as strip() sees it. */
  static int stripEnd(char[] b, int off, int end) {
    while (end > off && isWhitespace(b[end - 1])) {
      end--;
    }
    return end;
  }

  /** {@link Character#isWhitespace(char)}, as {@link String#strip()} uses, quick for ASCII. */
  static boolean isWhitespace(char c) {
    return c <= ' ' || c >= 0x80 ? Character.isWhitespace(c) : false;
  }

  /** The value of a stripped, non-empty text, or the RowException that explains why not. */
  private Object valueOf(DossierField f, String v) {
    try {
      switch (f) {
        case ID:
          return id(v);
        case PROCEDURE_CODE:
          return shared(mapping.translate(f, v));
        case PROCEDURE_NAME:
          return shared(v);
        case AGENCY:
          String agency = shared(mapping.translate(f, v));
          if (knownAgencies != null && !knownAgencies.contains(agency)) {
            throw new RowException(DossierField.AGENCY, "unknown agency \"" + agency + "\"");
          }
          return agency;
        case CHANNEL:
          return parse(f, mapping.translate(f, v), Channel::parse);
        case ONLINE_LEVEL:
          return parse(f, v, OnlineLevel::parse);
        case ONLINE_PAYMENT:
          return parse(f, v, OnlinePayment::parse);
        case STATUS:
          return parse(f, v, DossierStatus::parse);
        case RECEIVED:
        case DUE:
        case FINISHED:
        case RETURNED:
          return date(v, f);
        case PAUSES:
          List<Pause> pauses = new ArrayList<>();
          for (String part : v.split("\\|")) {
            pauses.add(pause(part.strip()));
          }
          return pauses;
        case INPUT_DIGITISED:
        case RESULT_DIGITISED:
          return yesNo(f, v);
        default:
          throw new AssertionError(f);
      }
    } catch (RowException e) {
      return e;
    }
  }

  /**
   * Builds the dossier of the row.
   *
   * @throws RowException for the first bad or missing field, in a fixed order
   * @throws io.github.cchc.model.dossier.InvalidDossierException if the fields contradict
   */
  @SuppressWarnings("unchecked")
  Dossier finish() {
    for (DossierField f : CHECK_ORDER) {
      Object v = values[f.ordinal()];
      if (v instanceof RowException) {
        throw (RowException) v;
      }
      if (v == null && f.isRequired()) {
        throw new RowException(f, "empty, but required");
      }
    }
    DossierBuilder b =
        Dossier.builder()
            .id((String) get(DossierField.ID))
            .procedureCode((String) get(DossierField.PROCEDURE_CODE))
            .agency((String) get(DossierField.AGENCY))
            .channel((Channel) get(DossierField.CHANNEL))
            .received((LocalDateTime) get(DossierField.RECEIVED))
            .due((LocalDateTime) get(DossierField.DUE));
    Object v;
    if ((v = values[DossierField.PROCEDURE_NAME.ordinal()]) != null) {
      b.procedureName((String) v);
    }
    if ((v = values[DossierField.ONLINE_LEVEL.ordinal()]) != null) {
      b.onlineLevel((OnlineLevel) v);
    }
    if ((v = values[DossierField.ONLINE_PAYMENT.ordinal()]) != null) {
      b.onlinePayment((OnlinePayment) v);
    }
    if ((v = values[DossierField.STATUS.ordinal()]) != null) {
      b.status((DossierStatus) v);
    }
    if ((v = values[DossierField.FINISHED.ordinal()]) != null) {
      b.finished((LocalDateTime) v);
    }
    if ((v = values[DossierField.RETURNED.ordinal()]) != null) {
      b.returned((LocalDateTime) v);
    }
    if ((v = values[DossierField.PAUSES.ordinal()]) != null) {
      b.pauses((List<Pause>) v);
    }
    b.inputDigitised(values[DossierField.INPUT_DIGITISED.ordinal()] == Boolean.TRUE);
    b.resultDigitised(values[DossierField.RESULT_DIGITISED.ordinal()] == Boolean.TRUE);
    return b.build();
  }

  private Object get(DossierField f) {
    return Objects.requireNonNull(values[f.ordinal()]);
  }

  private <T> T parse(DossierField f, String text, Function<CharSequence, T> parser) {
    try {
      return parser.apply(mapping.translate(f, text));
    } catch (CchcParseException e) {
      throw new RowException(f, e.reason());
    }
  }

  private Boolean yesNo(DossierField f, String v) {
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
