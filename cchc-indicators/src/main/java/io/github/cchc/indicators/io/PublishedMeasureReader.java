package io.github.cchc.indicators.io;

import io.github.cchc.indicators.measure.PublishedMeasure;
import io.github.cchc.indicators.measure.PublishedMeasureBuilder;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a published measures file: CSV, UTF-8 (with or without BOM), {@code ,} or {@code ;}, header
 * {@code indicator,period,value,out_of,source} in any order.
 *
 * <ul>
 *   <li>{@code indicator}: an id ({@code procedures_published}, {@code par_index}, {@code sipas},
 *       {@code par_index_rank}, or any other a target maps to);
 *   <li>{@code period}: as {@code --period} writes it, "2024", "2024-Q3";
 *   <li>{@code value}, {@code out_of}: numbers with a decimal point or a Vietnamese decimal comma
 *       ("84.05" or "84,05"; quote the field in a {@code ,}-separated file), meaning as in {@link
 *       PublishedMeasure};
 *   <li>{@code source}: the document that published the figure; required.
 * </ul>
 *
 * <p>An indicator given twice for one period rejects the second row. Every row read is accepted or
 * rejected with its line, column and reason; {@link #strict()} stops at the first rejected row.
 *
 * <pre>{@code
 * List<PublishedMeasure> rows = new ArrayList<>();
 * ReadReport r = PublishedMeasureReader.defaults().read(Path.of("chi-so.csv"), rows::add);
 * PublishedMeasures measures = PublishedMeasures.of(rows);
 * }</pre>
 */
public final class PublishedMeasureReader {
  private static final List<SmallCsv.Column> COLUMNS =
      List.of(
          new SmallCsv.Column("indicator", true),
          new SmallCsv.Column("period", true),
          new SmallCsv.Column("value", true),
          new SmallCsv.Column("out_of", true),
          new SmallCsv.Column("source", true));

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

  private static final PublishedMeasureReader DEFAULTS = new PublishedMeasureReader(false);

  private final boolean strict;

  private PublishedMeasureReader(boolean strict) {
    this.strict = strict;
  }

  /** Returns the reader. */
  public static PublishedMeasureReader defaults() {
    return DEFAULTS;
  }

  /** Returns this reader in strict mode: the first rejected row stops the read. */
  public PublishedMeasureReader strict() {
    return new PublishedMeasureReader(true);
  }

  /**
   * Reads a file.
   *
   * @param file the file
   * @param sink receives every accepted row, in file order
   * @return what was read and rejected
   * @throws DossierReadException if the file cannot be read at all, or in strict mode
   */
  public ReadReport read(Path file, Consumer<? super PublishedMeasure> sink) {
    return read(SmallCsv.bytes(file), String.valueOf(file.getFileName()), sink);
  }

  /**
   * Reads a stream (not closed).
   *
   * @param name the name used in messages
   * @param in the stream
   * @param sink receives every accepted row, in file order
   * @return what was read and rejected
   * @throws DossierReadException if the input cannot be read at all, or in strict mode
   */
  public ReadReport read(String name, InputStream in, Consumer<? super PublishedMeasure> sink) {
    return read(SmallCsv.bytes(in, name), name, sink);
  }

  private ReadReport read(byte[] bytes, String name, Consumer<? super PublishedMeasure> sink) {
    Map<String, Long> seen = new HashMap<>();
    return SmallCsv.read(bytes, name, COLUMNS, strict, row -> convert(row, seen), sink);
  }

  private static PublishedMeasure convert(SmallCsv.Row row, Map<String, Long> seen) {
    String indicator = row.get("indicator");
    String period = row.get("period");
    if (indicator.isEmpty()) {
      throw new SmallCsv.Rejection("indicator", "indicator id expected");
    }
    if (period.isEmpty()) {
      throw new SmallCsv.Rejection("period", "period expected (2024, 2024-Q3)");
    }
    PublishedMeasureBuilder b =
        PublishedMeasure.builder()
            .indicator(indicator)
            .period(period)
            .value(
                number(row, "value")
                    .orElseThrow(() -> new SmallCsv.Rejection("value", "value expected")))
            .source(row.get("source"));
    number(row, "out_of").ifPresent(b::outOf);
    PublishedMeasure m = b.build();
    String key = indicator + " " + period;
    if (seen.containsKey(key)) {
      throw new SmallCsv.Rejection(
          "indicator", indicator + " for " + period + " already given on line " + seen.get(key));
    }
    seen.put(key, row.line());
    return m;
  }

  private static Optional<BigDecimal> number(SmallCsv.Row row, String column) {
    String s = row.get(column);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (!NUMBER.matcher(s).matches()) {
      throw new SmallCsv.Rejection(column, "not a number: " + s);
    }
    return Optional.of(new BigDecimal(s.replace(',', '.')));
  }
}
