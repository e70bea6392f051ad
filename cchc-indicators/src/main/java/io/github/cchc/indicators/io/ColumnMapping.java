package io.github.cchc.indicators.io;

import io.github.cchc.model.CchcParseException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Which column of an export holds which {@link DossierField}, and which words of the export mean
 * which value: the way to read another system's export without code. {@link #defaults()} knows the
 * Vietnamese and English headers of the default export shape; a mapping adds headers and value
 * words to it. Headers and words match ignoring case, surrounding spaces and Unicode normalisation.
 *
 * <p>As a file ({@link #load(Path)}, UTF-8 properties), keys are the English headers of the default
 * shape:
 *
 * <pre>{@code
 * # our one-stop system's export
 * dossier_id = Số hồ sơ
 * agency = Đơn vị xử lý | Phòng ban
 * channel.values = Qua mạng: ONLINE | Tại quầy: DIRECT | Bưu điện: POSTAL
 * }</pre>
 *
 * <pre>{@code
 * ColumnMapping m = ColumnMapping.defaults()
 *     .withHeaders(DossierField.AGENCY, "Đơn vị xử lý")
 *     .withValue(DossierField.CHANNEL, "Qua mạng", "ONLINE");
 * m.fieldOf("ĐƠN VỊ XỬ LÝ");  // Optional[AGENCY]
 * }</pre>
 */
public final class ColumnMapping {
  private static final ColumnMapping DEFAULTS = defaultMapping();

  private final Map<DossierField, List<String>> headers;
  private final Map<String, DossierField> byHeader;
  private final Map<DossierField, Map<String, String>> values;

  private ColumnMapping(
      Map<DossierField, List<String>> headers, Map<DossierField, Map<String, String>> values) {
    this.headers = headers;
    this.values = values;
    Map<String, DossierField> index = new HashMap<>();
    headers.forEach((f, hs) -> hs.forEach(h -> index.put(fold(h), f)));
    this.byHeader = index;
  }

  private static ColumnMapping defaultMapping() {
    Map<DossierField, List<String>> h = new EnumMap<>(DossierField.class);
    for (DossierField f : DossierField.values()) {
      h.put(f, List.of(f.vietnameseHeader(), f.englishHeader()));
    }
    return new ColumnMapping(h, new EnumMap<>(DossierField.class));
  }

  /** Returns the mapping of the default export shape (Vietnamese and English headers). */
  public static ColumnMapping defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this mapping with more headers for {@code field}.
   *
   * @param field the field
   * @param moreHeaders headers that also mean it
   * @return the new mapping
   */
  public ColumnMapping withHeaders(DossierField field, String... moreHeaders) {
    Map<DossierField, List<String>> h = new EnumMap<>(headers);
    List<String> list = new ArrayList<>(h.getOrDefault(field, List.of()));
    list.addAll(List.of(moreHeaders));
    h.put(field, List.copyOf(list));
    return new ColumnMapping(h, values);
  }

  /**
   * Returns this mapping with a word of the export that means {@code meaning} in {@code field}.
   *
   * @param field the field
   * @param word the word the export writes ("Qua mạng")
   * @param meaning what it means, as the default shape writes it ("ONLINE")
   * @return the new mapping
   */
  public ColumnMapping withValue(DossierField field, String word, String meaning) {
    Map<DossierField, Map<String, String>> v = new EnumMap<>(DossierField.class);
    values.forEach((f, m) -> v.put(f, m));
    Map<String, String> m = new HashMap<>(v.getOrDefault(field, Map.of()));
    m.put(fold(word), meaning);
    v.put(field, Collections.unmodifiableMap(m));
    return new ColumnMapping(headers, v);
  }

  /**
   * Loads a mapping file (UTF-8 properties, see the class description) on top of the defaults.
   *
   * @param file the file
   * @return the mapping
   * @throws IOException if the file cannot be read
   * @throws CchcParseException if a key names no field or a value word has no meaning
   */
  public static ColumnMapping load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    ColumnMapping m = defaults();
    for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
      String v = p.getProperty(key);
      boolean isValues = key.endsWith(".values");
      String name = isValues ? key.substring(0, key.length() - ".values".length()) : key;
      DossierField field =
          DossierField.ALL.stream()
              .filter(f -> f.englishHeader().equalsIgnoreCase(name.strip()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new CchcParseException(
                          key, 0, file + ": unknown field; keys are the English headers"));
      for (String part : v.split("\\|")) {
        if (part.isBlank()) {
          continue;
        }
        if (isValues) {
          int colon = part.lastIndexOf(':');
          if (colon < 0) {
            throw new CchcParseException(part, 0, file + ": " + key + ": word: MEANING expected");
          }
          m =
              m.withValue(
                  field, part.substring(0, colon).strip(), part.substring(colon + 1).strip());
        } else {
          m = m.withHeaders(field, part.strip());
        }
      }
    }
    return m;
  }

  /**
   * Returns the headers that mean {@code field}.
   *
   * @param field the field
   * @return its headers
   */
  public List<String> headers(DossierField field) {
    return headers.getOrDefault(field, List.of());
  }

  /**
   * Returns the field a header means, if any.
   *
   * @param header a header of an export
   * @return its field, or empty for an unknown column
   */
  public Optional<DossierField> fieldOf(String header) {
    return Optional.ofNullable(byHeader.get(fold(header)));
  }

  /** Returns whether this mapping translates some values of {@code field}. */
  boolean translates(DossierField field) {
    Map<String, String> m = values.get(field);
    return m != null && !m.isEmpty();
  }

  String translate(DossierField field, String value) {
    Map<String, String> m = values.get(field);
    if (m == null || m.isEmpty()) {
      return value;
    }
    String meaning = m.get(fold(value));
    return meaning == null ? value : meaning;
  }

  static String fold(String s) {
    String t = s.strip();
    if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
      t = t.substring(1).strip();
    }
    return Normalizer.normalize(t, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
