package io.github.cchc.indicators.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import io.github.cchc.model.CchcException;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.InvalidDossierException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads dossier exports — CSV, JSON Lines, Excel workbooks ({@link #readXlsx}, {@link #readXls}) or
 * the rows of a database query ({@link #readJdbc}) — row by row into a consumer, in constant
 * memory, and reports every rejected row. Immutable and thread-safe; each {@code read} is
 * independent.
 *
 * <p>CSV: UTF-8 with or without BOM; the field separator ({@code ;} or {@code ,}) is detected from
 * the header line; headers in Vietnamese or English (or as the {@link ColumnMapping} says); unknown
 * columns ignored. JSON Lines ({@code .jsonl}, {@code .ndjson}): one object per line with the same
 * keys. A row that cannot be read (missing or extra fields, a malformed date, a finish before
 * receipt, a duplicate id, an unknown agency when {@link #withKnownAgencies known agencies} are
 * given) is rejected with its line, column and reason, and reading goes on — unless {@link
 * #strict()} asks to stop at the first one. A file that cannot be read at all (a required column
 * missing, a broken quote, bytes that are not UTF-8) throws {@link DossierReadException}.
 *
 * <p>Memory: rows are not kept, and memory stays flat in the number of rows of a file: the
 * duplicate-id check of a file estimated at more rows than fit a quarter of the heap (at most
 * 4,000,000; see {@link #withDuplicateSpillThreshold(long)}) goes to disk (a first pass writes 8
 * bytes a row to temporary files); smaller files and streams keep every id in memory (21 to 43
 * bytes a row plus the id's characters). Either way a duplicate is reported only when the ids are
 * equal, character for character. Turn the check off with {@link #withDuplicateCheck(boolean)}.
 * Rejected rows are kept up to {@link #withRejectedLimit(int)} (all are counted). No row holds more
 * memory than its limits allow: a row longer than {@link #withMaxRowLength(int)} or with a value
 * longer than {@link #withMaxValueLength(int)} is rejected with its line, and reading goes on.
 * Values echoed in reasons are escaped ({@link io.github.cchc.model.text.DiagnosticText}).
 *
 * <pre>{@code
 * TallyAccumulator acc = new TallyAccumulator(Grouping.agency(), scope);
 * ReadReport report = DossierReader.defaults()
 *     .withMapping(ColumnMapping.load(Path.of("mapping.properties")))
 *     .read(Path.of("ho-so-2024.csv"), acc::add);
 * System.err.println(report.summary());  // read 1204 rows: 1201 accepted, 3 rejected
 * }</pre>
 */
public final class DossierReader {
  private static final JsonFactory JSON = new JsonFactory();

  /** The longest row (CSV record or JSON line) read by default, in characters: 1 MiB. */
  public static final int DEFAULT_MAX_ROW_LENGTH = 1 << 20;

  /** The longest value of a field read by default, in characters. */
  public static final int DEFAULT_MAX_VALUE_LENGTH = 4096;

  private static final Consumer<RejectedRow> NO_LISTENER = r -> {};

  /** The smallest file {@link #readInParallel} reads in two parts: 8 MiB. */
  static final long PARALLEL_MIN_BYTES = 8L << 20;

  private static final DossierReader DEFAULTS = new DossierReader(new Settings());

  private final ColumnMapping mapping;
  private final boolean strict;
  private final boolean duplicateCheck;
  private final @Nullable Set<String> knownAgencies;
  private final int rejectedLimit;
  private final Consumer<? super RejectedRow> listener;
  private final long spillThreshold;
  private final @Nullable Path tempDirectory;
  private final int maxRowLength;
  private final int maxValueLength;

  private DossierReader(Settings s) {
    this.mapping = s.mapping;
    this.strict = s.strict;
    this.duplicateCheck = s.duplicateCheck;
    this.knownAgencies = s.knownAgencies;
    this.rejectedLimit = s.rejectedLimit;
    this.listener = s.listener;
    this.spillThreshold = s.spillThreshold;
    this.tempDirectory = s.tempDirectory;
    this.maxRowLength = s.maxRowLength;
    this.maxValueLength = s.maxValueLength;
  }

  /** The settings of a reader while a {@code with} method changes one: the defaults, or a copy. */
  private static final class Settings {
    ColumnMapping mapping = ColumnMapping.defaults();
    boolean strict;
    boolean duplicateCheck = true;
    @Nullable Set<String> knownAgencies;
    int rejectedLimit = 100_000;
    Consumer<? super RejectedRow> listener = NO_LISTENER;
    long spillThreshold = -1; // follows the heap
    @Nullable Path tempDirectory;
    int maxRowLength = DEFAULT_MAX_ROW_LENGTH;
    int maxValueLength = DEFAULT_MAX_VALUE_LENGTH;

    Settings() {}

    Settings(DossierReader r) {
      mapping = r.mapping;
      strict = r.strict;
      duplicateCheck = r.duplicateCheck;
      knownAgencies = r.knownAgencies;
      rejectedLimit = r.rejectedLimit;
      listener = r.listener;
      spillThreshold = r.spillThreshold;
      tempDirectory = r.tempDirectory;
      maxRowLength = r.maxRowLength;
      maxValueLength = r.maxValueLength;
    }
  }

  /** A copy of this reader with one setting changed. */
  private DossierReader with(Consumer<Settings> change) {
    Settings s = new Settings(this);
    change.accept(s);
    return new DossierReader(s);
  }

  /** Returns the reader of the default export shape: lenient, with duplicate check. */
  public static DossierReader defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this reader with another column mapping.
   *
   * @param mapping the mapping
   * @return the new reader
   */
  public DossierReader withMapping(ColumnMapping mapping) {
    return with(s -> s.mapping = Objects.requireNonNull(mapping));
  }

  /** Returns this reader in strict mode: the first rejected row stops the read. */
  public DossierReader strict() {
    return with(s -> s.strict = true);
  }

  /**
   * Returns this reader with duplicate ids rejected ({@code true}, the default) or not checked.
   *
   * @param check whether to reject duplicate ids
   * @return the new reader
   */
  public DossierReader withDuplicateCheck(boolean check) {
    return with(s -> s.duplicateCheck = check);
  }

  /**
   * Returns this reader rejecting rows whose agency is not one of {@code agencies}.
   *
   * @param agencies the known agencies (NFC)
   * @return the new reader
   */
  public DossierReader withKnownAgencies(Set<String> agencies) {
    return with(s -> s.knownAgencies = Set.copyOf(agencies));
  }

  /**
   * Returns this reader keeping at most {@code limit} rejected rows in its report (all are counted
   * and passed to the listener).
   *
   * @param limit how many rejected rows a report keeps
   * @return the new reader
   */
  public DossierReader withRejectedLimit(int limit) {
    return with(s -> s.rejectedLimit = limit);
  }

  /**
   * Returns this reader telling {@code listener} of each rejected row as it happens.
   *
   * @param listener receives each rejected row
   * @return the new reader
   */
  public DossierReader withRejectionListener(Consumer<? super RejectedRow> listener) {
    return with(s -> s.listener = Objects.requireNonNull(listener));
  }

  /**
   * Returns this reader checking duplicate ids of a file on disk, in constant memory, when the file
   * holds about more than {@code rows} rows (estimated from its size and its first lines). Such a
   * file is read twice: a first pass writes a hash of each id to temporary files and finds the few
   * lines whose ids may repeat; the second pass converts the rows and compares the ids of those
   * lines exactly. Below the threshold, and for streams, which cannot be read twice, ids are kept
   * in memory (21 to 43 bytes a row plus the id). The default follows the heap: a quarter of {@link
   * Runtime#maxMemory()} for the ids at 48 bytes a row, between 100,000 and 4,000,000 rows
   * (1,398,101 rows with {@code -Xmx256m}).
   *
   * @param rows the estimated rows above which the check goes to disk; 0 for every file
   * @return the new reader
   * @throws IllegalArgumentException if {@code rows} is negative
   */
  public DossierReader withDuplicateSpillThreshold(long rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("negative threshold " + rows);
    }
    return with(s -> s.spillThreshold = rows);
  }

  /**
   * Returns this reader writing the temporary files of the duplicate check of large files (see
   * {@link #withDuplicateSpillThreshold(long)}) to {@code directory} instead of {@code
   * java.io.tmpdir}. They take 8 bytes a row and are deleted when the read ends.
   *
   * @param directory an existing, writable directory
   * @return the new reader
   */
  public DossierReader withTempDirectory(Path directory) {
    return with(s -> s.tempDirectory = Objects.requireNonNull(directory));
  }

  /**
   * Returns this reader rejecting, as one bad row each, the rows (CSV records, JSON lines) longer
   * than {@code chars} characters: such a row is skipped without being held in memory, and reading
   * goes on. The default is {@link #DEFAULT_MAX_ROW_LENGTH}.
   *
   * @param chars the longest row read, at least 1,024
   * @return the new reader
   * @throws IllegalArgumentException if {@code chars} is below 1,024
   */
  public DossierReader withMaxRowLength(int chars) {
    if (chars < 1024) {
      throw new IllegalArgumentException("a row limit below 1024 characters: " + chars);
    }
    return with(s -> s.maxRowLength = chars);
  }

  /**
   * Returns this reader rejecting the rows with a value (an id, an agency, a procedure, a date, …)
   * longer than {@code chars} characters after stripping: names that become groups of a tally stay
   * small, so memory is bounded by this setting, not by the input. The default is {@link
   * #DEFAULT_MAX_VALUE_LENGTH}.
   *
   * @param chars the longest value read, at least 64
   * @return the new reader
   * @throws IllegalArgumentException if {@code chars} is below 64
   */
  public DossierReader withMaxValueLength(int chars) {
    if (chars < 64) {
      throw new IllegalArgumentException("a value limit below 64 characters: " + chars);
    }
    return with(s -> s.maxValueLength = chars);
  }

  /**
   * Reads {@code file}: JSON Lines if its name ends with {@code .jsonl} or {@code .ndjson}, an
   * Excel workbook if it ends with {@code .xlsx} or {@code .xlsm} ({@link #readXlsx}) or {@code
   * .xls} ({@link #readXls}), CSV otherwise.
   *
   * @param file the export
   * @param sink receives each accepted dossier, in file order
   * @return the report
   * @throws DossierReadException if the file cannot be read at all, or in strict mode
   */
  public ReadReport read(Path file, Consumer<? super Dossier> sink) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return readJsonLines(file, sink);
    }
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
      return readXlsx(file, sink);
    }
    if (name.endsWith(".xls")) {
      return readXls(file, sink);
    }
    if (name.endsWith(".xlsb") || name.endsWith(".ods")) {
      throw new DossierReadException(
          file.getFileName()
              + ": "
              + name.substring(name.lastIndexOf('.'))
              + " workbooks are not read; save the export as .xlsx (or CSV)",
          null);
    }
    return readCsv(file, sink);
  }

  /**
   * Reads an Excel workbook ({@code .xlsx}, Office Open XML) as a stream of rows, in memory that
   * does not grow with the rows (Apache POI's event API; needs {@code org.apache.poi:poi-ooxml} on
   * the class path, an optional dependency of this module).
   *
   * <p>Every sheet is read the same way: its header row is the first row that names every required
   * column (the same headers, mapping and value words as CSV), so a title block above it — the
   * agency's name, the period — is skipped; a sheet with no header row in its first 100 rows (a
   * cover, a summary) is not a sheet of dossiers and is not read, and a workbook with none is
   * refused. Below the header, each row that is not blank is read as a CSV record is: accepted or
   * rejected with its {@linkplain RejectedRow#sheet() sheet} and its row number as Excel shows it.
   * Dates are date cells (a number with a date format, read as Vietnam's local time) or texts as in
   * CSV; other numbers read as their plain value (12345, not "12.345"). The duplicate-id check runs
   * in memory across all sheets (Excel holds at most 1,048,576 rows a sheet).
   *
   * <p>Hostile workbooks: XML with a DTD is refused, a zip entry that inflates more than 100 times
   * (POI's zip-bomb guard) or a shared-strings part over a quarter of the heap refuses the file,
   * and a row longer than {@link #withMaxRowLength(int)} is rejected without being held.
   *
   * @param file the workbook
   * @param sink receives each accepted dossier, in sheet and row order
   * @return the report
   * @throws DossierReadException if the workbook cannot be read at all, or in strict mode
   */
  public ReadReport readXlsx(Path file, Consumer<? super Dossier> sink) {
    return readWorkbook(file, sink, (rows, name) -> XlsxRows.read(file, name, rows, maxRowLength));
  }

  /**
   * Reads an Excel 97-2003 workbook ({@code .xls}, BIFF8) record by record with Apache POI's HSSF
   * event API ({@code org.apache.poi:poi}, which {@code poi-ooxml} brings), with the rules of
   * {@link #readXlsx}.
   *
   * @param file the workbook
   * @param sink receives each accepted dossier, in sheet and row order
   * @return the report
   * @throws DossierReadException if the workbook cannot be read at all, or in strict mode
   */
  public ReadReport readXls(Path file, Consumer<? super Dossier> sink) {
    return readWorkbook(file, sink, (rows, name) -> XlsRows.read(file, name, rows));
  }

  /**
   * Reads the dossiers a SQL query returns, from the database of a one-stop system, streaming: the
   * result is fetched 1,000 rows at a time on a forward-only, read-only statement, and the
   * connection's autocommit is off during the read (PostgreSQL streams with a cursor only then; the
   * read's transaction is rolled back, nothing is written) and restored after.
   *
   * <p>The query's column labels are the headers: name them in SQL ({@code SELECT ma_ho_so AS "Mã
   * hồ sơ", ...}) or with this reader's {@link ColumnMapping} ({@code dossier_id = ma_ho_so});
   * value words (status codes, channel codes) map as in a file. Timestamps are read as date-times
   * (with a time zone: in Vietnam's time, UTC+7), dates as midnight, booleans as YES / NO, other
   * columns as text. Each row is read with the same rules as a CSV record, and rejected with its
   * row number in the result ({@code line N}) and the column's label; rows read = accepted +
   * rejected. The duplicate-id check keeps the ids in memory (about 48 bytes a row): for a large
   * table whose primary key is the dossier id, turn it off ({@link #withDuplicateCheck(boolean)}).
   * The reader's row-length limit does not apply (the driver holds each row); its value-length
   * limit does. JDBC drivers are not a dependency of this module: put your database's on the class
   * path.
   *
   * <pre>{@code
   * PGSimpleDataSource db = new PGSimpleDataSource();
   * db.setURL("jdbc:postgresql://db.mot-cua.local/motcua");
   * ReadReport r = DossierReader.defaults()
   *     .withMapping(ColumnMapping.load(Path.of("mot-cua.properties")))
   *     .readJdbc(db, "SELECT * FROM ho_so WHERE nam = 2024", acc::add);
   * }</pre>
   *
   * @param source where the connection comes from (closed after the read)
   * @param sql a query
   * @param sink receives each accepted dossier, in the order of the result
   * @return the report, under the name {@code query}
   * @throws DossierReadException if the query fails (the database's message and SQL state), a
   *     required column is missing, or in strict mode
   */
  public ReadReport readJdbc(DataSource source, String sql, Consumer<? super Dossier> sink) {
    Objects.requireNonNull(source);
    Objects.requireNonNull(sql);
    Run run = new Run("query", inMemoryFilter(0));
    JdbcRows.read(this, run, source, sql, sink);
    return run.report();
  }

  /** Parses a workbook into the rows of a sheet reader. */
  @FunctionalInterface
  private interface WorkbookParse {
    void parse(SheetRows rows, String name);
  }

  private ReadReport readWorkbook(Path file, Consumer<? super Dossier> sink, WorkbookParse parse) {
    String name = file.getFileName().toString();
    Run run = new Run(name, inMemoryFilter(0));
    try {
      parse.parse(new SheetRows(this, run, sink, maxRowLength), name);
    } catch (CsvRowHandler.SinkException e) {
      throw e.getCause();
    } catch (NoClassDefFoundError e) {
      throw new DossierReadException(
          name
              + ": reading a workbook needs Apache POI (org.apache.poi:poi-ooxml) on the class"
              + " path",
          e);
    }
    return run.report();
  }

  /**
   * Reads a CSV export.
   *
   * @param file the export
   * @param sink receives each accepted dossier
   * @return the report
   * @throws DossierReadException if the file cannot be read at all, or in strict mode
   */
  public ReadReport readCsv(Path file, Consumer<? super Dossier> sink) {
    return readFile(file, this::scanCsvIds, (in, name, filter) -> readCsv(in, name, sink, filter));
  }

  /**
   * Reads {@code file} as {@link #read(Path, Consumer)} does, a CSV file of 8 MiB or more in two
   * halves on two threads when the machine has two cores or more: each half gives its accepted
   * dossiers to a sink of its own from {@code newSink}, and once both are read, {@code finished}
   * receives each final sink in file order, to merge them (a tally: {@link
   * io.github.cchc.indicators.tally.TallyAccumulator#merge}). The report is the one {@link
   * #read(Path, Consumer)} gives — the same rows accepted, the same rejected rows with the same
   * lines and reasons, in file order; a repeated id is accepted on its first line in the file and
   * rejected on the others, whatever half they are in — and so are the dossiers each sink receives,
   * in file order within the sink. A sink must not be shared by the halves (each is called from one
   * thread).
   *
   * <p>The file is cut at the first line break after its middle, and the first half is read up to
   * it while the second is read from it. If that line break turns out to lie inside a quoted field,
   * or a half cannot be read (bad bytes, a failing sink), the halves are dropped and the whole file
   * is read again on one thread, which then reports or throws exactly what {@link #read(Path,
   * Consumer)} does. When the second half repeats an id of the first (an export should not), the
   * second half is read again with those ids known. Files smaller than 8 MiB, other formats, strict
   * readers, readers with a {@link #withRejectionListener rejection listener} (it is told of each
   * row as it happens) and files whose duplicate check goes to disk ({@link
   * #withDuplicateSpillThreshold}) are read on one thread into one sink.
   *
   * @param <S> the type of the sinks
   * @param file the export
   * @param newSink makes an empty sink, called once for each half (again for a half read again)
   * @param finished receives the sink of each half, in file order, after the read
   * @return the report
   * @throws DossierReadException if the file cannot be read at all
   */
  public <S extends Consumer<? super Dossier>> ReadReport readInParallel(
      Path file, Supplier<? extends S> newSink, Consumer<? super S> finished) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = -1; // the read on one thread reports it
    }
    boolean parts = size >= PARALLEL_MIN_BYTES && Runtime.getRuntime().availableProcessors() > 1;
    return readInParallel(file, newSink, finished, parts ? size / 2 : -1);
  }

  /**
   * {@link #readInParallel(Path, Supplier, Consumer)} with the cut at the first line break from
   * byte {@code cutFrom} on, or one part if {@code cutFrom} is negative; for tests, which cut small
   * files anywhere.
   */
  <S extends Consumer<? super Dossier>> ReadReport readInParallel(
      Path file, Supplier<? extends S> newSink, Consumer<? super S> finished, long cutFrom) {
    ReadReport report =
        cutFrom < 0 || !isCsv(file) ? null : readHalves(file, newSink, finished, cutFrom);
    if (report != null) {
      return report;
    }
    S sink = newSink.get();
    report = read(file, sink);
    finished.accept(sink);
    return report;
  }

  private static boolean isCsv(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !(name.endsWith(".jsonl")
        || name.endsWith(".ndjson")
        || name.endsWith(".xlsx")
        || name.endsWith(".xlsm")
        || name.endsWith(".xls")
        || name.endsWith(".xlsb")
        || name.endsWith(".ods"));
  }

  /** One half of a file read in two. */
  private final class Half<S extends Consumer<? super Dossier>> {
    final S sink;
    final Run run;
    final DuplicateFilter.@Nullable InMemory ids;
    @Nullable ExportText text;
    @Nullable Throwable failure;

    Half(S sink, DuplicateFilter.@Nullable InMemory ids, String name) {
      this.sink = sink;
      this.ids = ids;
      this.run = new Run(name, ids);
    }
  }

  /**
   * Reads {@code file} in two halves cut at the first line break from {@code cutFrom} on; returns
   * null if it must be read on one thread instead (nothing was given to {@code finished} then).
   */
  private <S extends Consumer<? super Dossier>> @Nullable ReadReport readHalves(
      Path file, Supplier<? extends S> newSink, Consumer<? super S> finished, long cutFrom) {
    if (strict || listener != NO_LISTENER) {
      return null;
    }
    String name = file.getFileName().toString();
    long rows;
    long cut;
    CsvHeader header;
    try {
      rows = duplicateCheck ? estimateRows(file) : 0;
      cut = lineBreakFrom(file, cutFrom);
      try (InputStream in = Files.newInputStream(file)) {
        header = header(name, headerLine(name, new ExportText(in, maxRowLength)));
      }
    } catch (IOException | RuntimeException e) {
      return null; // the read on one thread reports it
    }
    if (cut < 0
        || (duplicateCheck
            && rows
                > (spillThreshold >= 0 ? spillThreshold : defaultSpillThreshold(maxMemory())))) {
      return null;
    }
    DuplicateFilter.@Nullable InMemory firstIds = idFilter(rows / 2, Set.of());
    Half<S> first = new Half<>(newSink.get(), firstIds, name);
    Half<S> second =
        new Half<>(
            newSink.get(),
            firstIds == null ? null : DuplicateFilter.inMemoryAfter(firstIds, rows / 2),
            name);
    Thread other = new Thread(() -> readSecondHalf(file, cut, header, second), "cchc-csv-half-2");
    other.setDaemon(true);
    other.start();
    readFirstHalf(file, cut, first);
    try {
      other.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DossierReadException(name + ": interrupted", null);
    }
    for (Half<S> h : List.of(first, second)) {
      if (h.failure instanceof Error) {
        throw (Error) h.failure;
      }
    }
    if (first.failure != null
        || second.failure != null
        || !Objects.requireNonNull(first.text).endedAtRecordBoundary()) {
      return null; // a half could not be read, or the cut is inside a quoted field
    }
    Half<S> last = second;
    if (first.ids != null && second.ids != null) {
      Set<String> repeated = new java.util.HashSet<>();
      second.ids.ids.forEachAlsoIn(first.ids.ids, repeated::add);
      if (!repeated.isEmpty()) {
        // ids of the first half repeated in the second: read it again knowing them
        last = new Half<>(newSink.get(), idFilter(rows / 2, repeated), name);
        readSecondHalf(file, cut, header, last);
        if (last.failure instanceof Error) {
          throw (Error) last.failure;
        }
        if (last.failure != null) {
          return null;
        }
      }
    }
    long linesBefore = first.text.lineBreaksRead();
    List<RejectedRow> rejected = new ArrayList<>(first.run.rejected);
    for (RejectedRow r : last.run.rejected) {
      if (rejected.size() == rejectedLimit) {
        break;
      }
      rejected.add(
          new RejectedRow(
              r.file(), null, r.line() + linesBefore, r.column().orElse(null), r.reason()));
    }
    finished.accept(first.sink);
    finished.accept(last.sink);
    return new ReadReport(
        name,
        first.run.accepted + last.run.accepted,
        first.run.rejectedCount + last.run.rejectedCount,
        rejected);
  }

  private DuplicateFilter.@Nullable InMemory idFilter(long rows, Set<String> seenBefore) {
    return duplicateCheck ? DuplicateFilter.inMemory(rows, seenBefore) : null;
  }

  private <S extends Consumer<? super Dossier>> void readFirstHalf(Path file, long cut, Half<S> h) {
    try (InputStream in = new Head(Files.newInputStream(file), cut)) {
      h.text =
          parseCsv(
              in,
              h.run.name,
              (headers, columns, text) ->
                  new CsvRowHandler(h.run, headers, columns, text, 1, h.sink));
    } catch (Throwable e) {
      h.failure = e;
    }
  }

  private <S extends Consumer<? super Dossier>> void readSecondHalf(
      Path file, long cut, CsvHeader header, Half<S> h) {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      ch.position(cut);
      ExportText text = new ExportText(java.nio.channels.Channels.newInputStream(ch), maxRowLength);
      h.text = text;
      parseRecords(
          text,
          header.separator(),
          h.run.name,
          new CsvRowHandler(h.run, header.names(), header.columns(), text, 0, h.sink));
    } catch (Throwable e) {
      h.failure = e;
    }
  }

  /** The offset just after the first LF from {@code from} on, or -1 if there is none. */
  private static long lineBreakFrom(Path file, long from) throws IOException {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 << 16);
      long pos = from;
      while (ch.read(b, pos) > 0) {
        b.flip();
        for (int i = 0; i < b.limit(); i++) {
          if (b.get(i) == '\n') {
            return pos + i + 1;
          }
        }
        pos += b.limit();
        b.clear();
      }
      return -1;
    }
  }

  /** The first {@code limit} bytes of a stream. */
  private static final class Head extends java.io.FilterInputStream {
    private long left;

    Head(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = in.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  /** Reads an input stream with a duplicate filter. */
  @FunctionalInterface
  private interface StreamRead {
    ReadReport read(InputStream in, String name, @Nullable DuplicateFilter filter);
  }

  private ReadReport readFile(Path file, IdScan scan, StreamRead read) {
    DuplicateFilter filter = duplicateFilter(file, scan);
    try (InputStream in = Files.newInputStream(file)) {
      return read.read(in, file.getFileName().toString(), filter);
    } catch (IOException e) {
      throw new DossierReadException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a CSV export from a stream (UTF-8, with or without BOM). The stream is not closed.
   *
   * @param name the name to report rows under
   * @param in the bytes
   * @param sink receives each accepted dossier
   * @return the report
   * @throws DossierReadException if the input cannot be read at all, or in strict mode
   */
  public ReadReport readCsv(String name, InputStream in, Consumer<? super Dossier> sink) {
    return readCsv(in, name, sink, inMemoryFilter(0));
  }

  private ReadReport readCsv(
      InputStream in,
      String name,
      Consumer<? super Dossier> sink,
      @Nullable DuplicateFilter filter) {
    Run run = new Run(name, filter);
    parseCsv(
        in,
        name,
        (headers, columns, text) -> new CsvRowHandler(run, headers, columns, text, 1, sink));
    return run.report();
  }

  /** The separator, stripped header names and the column of each field of a CSV export. */
  private record CsvHeader(char separator, String[] names, int[] columns) {}

  private CsvHeader header(String name, String line) {
    String h = !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    char sep = separator(h);
    String[] names =
        CsvReader.builder().fieldSeparator(sep).ofSingleCsvRecord(h).getFields().stream()
            .map(String::strip)
            .toArray(String[]::new);
    return new CsvHeader(sep, names, columns(name + ":1", names));
  }

  /** Makes the record handler of a CSV export from its header names, columns and text. */
  @FunctionalInterface
  private interface CsvHandlerFactory {
    AbstractBaseCsvCallbackHandler<Object> handler(String[] names, int[] columns, ExportText text);
  }

  /**
   * Reads a CSV export with the record handler {@code handlerFor} makes from its header names and
   * field columns.
   */
  private ExportText parseCsv(InputStream in, String name, CsvHandlerFactory handlerFor) {
    ExportText text = new ExportText(in, maxRowLength);
    CsvHeader header;
    try {
      header = header(name, headerLine(name, text));
    } catch (CsvParseException e) {
      throw new DossierReadException(name + ": malformed CSV: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw readFailure(name, e.getCause());
    } catch (IOException e) {
      throw readFailure(name, e);
    }
    parseRecords(
        text, header.separator(), name, handlerFor.handler(header.names(), header.columns(), text));
    return text;
  }

  /** The first line of an export: its header. */
  private String headerLine(String name, ExportText text) throws IOException {
    String line = text.readLine();
    if (line == null) {
      throw new DossierReadException(name + ":1: empty file, header expected", null);
    }
    if (line == ExportText.OVERLONG) {
      throw new DossierReadException(
          name + ":1: header line longer than " + maxRowLength + " characters", null);
    }
    return line;
  }

  /** Gives the CSV records of the rest of {@code text} to {@code handler}. */
  private void parseRecords(
      ExportText text,
      char separator,
      String name,
      AbstractBaseCsvCallbackHandler<Object> handler) {
    try {
      text.screenRecords(separator);
      try (CsvReader<Object> csv =
          CsvReader.builder()
              .fieldSeparator(separator)
              .maxBufferSize(Math.max(maxRowLength + 1, 16 * 1024 * 1024))
              .build(handler, text)) {
        // the handler takes each record and returns none: one call reads the whole file
        csv.iterator().hasNext();
      }
    } catch (CsvParseException e) {
      if (e.getCause() instanceof DossierReadException) {
        throw (DossierReadException) e.getCause(); // strict mode, from the row handler
      }
      if (e.getCause() instanceof CsvRowHandler.SinkException) {
        throw ((CsvRowHandler.SinkException) e.getCause()).getCause(); // the consumer's own
      }
      if (e.getCause() instanceof UncheckedIOException) {
        throw readFailure(name, ((UncheckedIOException) e.getCause()).getCause());
      }
      throw new DossierReadException(name + ": malformed CSV: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw readFailure(name, e.getCause());
    } catch (IOException e) {
      throw readFailure(name, e);
    }
  }

  /** The duplicate check of a file: on disk if it is large, in memory otherwise; null if off. */
  private @Nullable DuplicateFilter duplicateFilter(Path file, IdScan scan) {
    if (!duplicateCheck) {
      return null;
    }
    long rows;
    try {
      rows = estimateRows(file);
    } catch (IOException e) {
      throw new DossierReadException(file + ": " + e.getMessage(), e);
    }
    if (rows <= (spillThreshold >= 0 ? spillThreshold : defaultSpillThreshold(maxMemory()))) {
      return inMemoryFilter(rows);
    }
    Path dir =
        tempDirectory != null ? tempDirectory : Path.of(System.getProperty("java.io.tmpdir"));
    try (SpilledIdIndex index = new SpilledIdIndex(dir, rows)) {
      scan.scan(file, index);
      return DuplicateFilter.ofCandidates(index.candidates());
    } catch (IOException e) {
      throw new DossierReadException(file + ": duplicate check: " + e.getMessage(), e);
    }
  }

  /**
   * The rows whose ids fit in a quarter of {@code maxMemory}, counting 48 bytes a row (the table's
   * 21 and an id of 27 characters).
   */
  static long defaultSpillThreshold(long maxMemory) {
    return Math.max(100_000L, Math.min(4_000_000L, maxMemory / 4 / 48));
  }

  private static long maxMemory() {
    long max = Runtime.getRuntime().maxMemory();
    return max == Long.MAX_VALUE ? Runtime.getRuntime().totalMemory() : max;
  }

  /** The duplicate check in memory, sized for about {@code expectedRows}; null if off. */
  private @Nullable DuplicateFilter inMemoryFilter(long expectedRows) {
    return duplicateCheck ? DuplicateFilter.inMemory(expectedRows) : null;
  }

  /** A first pass over a file that adds the hash of each row's id to the index. */
  @FunctionalInterface
  private interface IdScan {
    void scan(Path file, SpilledIdIndex index) throws IOException;
  }

  /** About how many rows {@code file} holds: its size over the mean length of its first lines. */
  static long estimateRows(Path file) throws IOException {
    long size = Files.size(file);
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes((int) Math.min(size, 1 << 20));
    }
    long lines = 0;
    for (byte b : head) {
      if (b == '\n') {
        lines++;
      }
    }
    return head.length == 0
        ? 0
        : Math.max(1, (long) Math.ceil((double) size * lines / head.length));
  }

  private void scanCsvIds(Path file, SpilledIdIndex index) throws IOException {
    RowConverter converter = converter();
    try (InputStream in = Files.newInputStream(file)) {
      parseCsv(
          in,
          file.getFileName().toString(),
          (headers, columns, text) ->
              new CsvIdScanHandler(
                  columns[DossierField.ID.ordinal()], headers.length, converter, index, text));
    }
  }

  private void scanJsonIds(Path file, SpilledIdIndex index) throws IOException {
    RowConverter converter = converter();
    try (InputStream in = Files.newInputStream(file)) {
      parseJsonLines(
          in,
          file.getFileName().toString(),
          (line, raw, keys) -> {
            String id = raw[DossierField.ID.ordinal()];
            if (id != null && !id.isBlank()) {
              try {
                index.add(IdSet.hash(converter.id(id.strip())), line);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          },
          (reason, line) -> {});
    }
  }

  /**
   * Reads a JSON Lines export: one JSON object per line, keys as the CSV headers.
   *
   * @param file the export
   * @param sink receives each accepted dossier
   * @return the report
   * @throws DossierReadException if the file cannot be read at all, or in strict mode
   */
  public ReadReport readJsonLines(Path file, Consumer<? super Dossier> sink) {
    return readFile(
        file, this::scanJsonIds, (in, name, filter) -> readJsonLines(in, name, sink, filter));
  }

  /**
   * Reads a JSON Lines export from a stream (UTF-8). The stream is not closed.
   *
   * @param name the name to report rows under
   * @param in the bytes
   * @param sink receives each accepted dossier
   * @return the report
   * @throws DossierReadException if the input cannot be read at all, or in strict mode
   */
  public ReadReport readJsonLines(String name, InputStream in, Consumer<? super Dossier> sink) {
    return readJsonLines(in, name, sink, inMemoryFilter(0));
  }

  private ReadReport readJsonLines(
      InputStream in,
      String name,
      Consumer<? super Dossier> sink,
      @Nullable DuplicateFilter filter) {
    Run run = new Run(name, filter);
    parseJsonLines(
        in,
        name,
        (line, raw, keys) -> run.convert(raw, line, field -> keys[field.ordinal()], sink),
        (reason, line) -> run.reject(new RejectedRow(name, line, null, reason)));
    return run.report();
  }

  /** Receives the texts of each JSON line by field, and the keys they were found under. */
  @FunctionalInterface
  private interface JsonRowVisitor {
    void row(long line, @Nullable String[] raw, @Nullable String[] keys);
  }

  private void parseJsonLines(
      InputStream in, String name, JsonRowVisitor rows, ObjLongConsumer<String> malformed) {
    @Nullable String[] raw = new String[DossierField.ALL.size()];
    @Nullable String[] keys = new String[DossierField.ALL.size()];
    try {
      ExportText reader = new ExportText(in, maxRowLength);
      long line = 0;
      String text;
      while ((text = reader.readLine()) != null) {
        line++;
        if (text == ExportText.OVERLONG) {
          malformed.accept("line longer than " + maxRowLength + " characters", line);
          continue;
        }
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
        if (text.isBlank()) {
          continue;
        }
        Arrays.fill(raw, null);
        Arrays.fill(keys, null);
        try {
          jsonRow(text, raw, keys);
        } catch (IOException | IllegalArgumentException e) {
          malformed.accept("malformed JSON: " + firstLine(e), line);
          continue;
        }
        rows.row(line, raw, keys);
      }
    } catch (UncheckedIOException e) {
      throw readFailure(name, e.getCause());
    } catch (IOException e) {
      throw readFailure(name, e);
    }
  }

  /**
   * Returns a reader of the data records of a CSV export one at a time, given its header line: for
   * engines that split files into lines (see {@link DossierLineReader}).
   *
   * @param name the name to report rows under (the file's name)
   * @param headerLine the export's first line (a BOM is ignored)
   * @return the record reader, with this reader's mapping and known agencies
   * @throws DossierReadException if a required column is missing or named twice
   */
  public DossierLineReader csvLines(String name, String headerLine) {
    CsvHeader header = header(name, headerLine);
    CsvReader.CsvReaderBuilder csv =
        CsvReader.builder()
            .fieldSeparator(header.separator())
            .allowExtraFields(true)
            .allowMissingFields(true);
    return new DossierLineReader(name, csv, header.names(), header.columns(), this, converter());
  }

  /**
   * Returns a reader of the lines of a JSON Lines export one at a time (see {@link
   * DossierLineReader}).
   *
   * @param name the name to report rows under (the file's name)
   * @return the record reader, with this reader's mapping and known agencies
   */
  public DossierLineReader jsonLines(String name) {
    return new DossierLineReader(name, null, new String[0], new int[0], this, converter());
  }

  void jsonRow(String text, @Nullable String[] raw, @Nullable String[] keys) throws IOException {
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("an object expected");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken v = p.nextToken();
        DossierField field = mapping.fieldOf(key).orElse(null);
        if (field == null) {
          p.skipChildren();
          continue;
        }
        keys[field.ordinal()] = key;
        raw[field.ordinal()] = jsonValue(p, v, field);
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new IllegalArgumentException("one object per line expected");
      }
    }
  }

  private static @Nullable String jsonValue(JsonParser p, JsonToken v, DossierField field)
      throws IOException {
    switch (v) {
      case VALUE_NULL:
        return null;
      case VALUE_TRUE:
        return "YES";
      case VALUE_FALSE:
        return "NO";
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getText();
      case START_ARRAY:
        if (field == DossierField.PAUSES) {
          return jsonPauses(p);
        }
        throw new IllegalArgumentException(field.englishHeader() + ": a single value expected");
      default:
        throw new IllegalArgumentException(field.englishHeader() + ": a single value expected");
    }
  }

  private static String jsonPauses(JsonParser p) throws IOException {
    StringBuilder sb = new StringBuilder();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String start = "";
      String end = "";
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String k = p.currentName();
        p.nextToken();
        String val = p.currentToken() == JsonToken.VALUE_NULL ? "" : p.getText();
        if ("start".equals(k)) {
          start = val;
        } else if ("end".equals(k)) {
          end = val;
        }
      }
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(start).append(" - ").append(end);
    }
    return sb.toString();
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static DossierReadException readFailure(String name, IOException e) {
    if (e instanceof CharacterCodingException) {
      return new DossierReadException(name + ": not UTF-8 at " + e.getMessage(), e);
    }
    return new DossierReadException(name + ": " + e.getMessage(), e);
  }

  /** The separator with more occurrences outside quotes in the header line: ';' or ','. */
  static char separator(String header) {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /**
   * The column of each field in a header row, -1 for an absent optional field.
   *
   * @param where the file and line of the header, for messages ("ho-so.csv:1")
   * @throws DossierReadException if a required column is missing or a field is named twice
   */
  int[] columns(String where, @Nullable String[] headers) {
    int[] columns = new int[DossierField.ALL.size()];
    Arrays.fill(columns, -1);
    for (int c = 0; c < headers.length; c++) {
      DossierField f = headers[c] == null ? null : mapping.fieldOf(headers[c]).orElse(null);
      if (f != null) {
        if (columns[f.ordinal()] >= 0) {
          throw new DossierReadException(
              where
                  + ": two columns for "
                  + f.englishHeader()
                  + ": \""
                  + headers[columns[f.ordinal()]]
                  + "\" and \""
                  + headers[c]
                  + "\"",
              null);
        }
        columns[f.ordinal()] = c;
      }
    }
    List<String> missing = missingColumns(columns);
    if (!missing.isEmpty()) {
      throw new DossierReadException(
          where
              + ": missing column"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing),
          null);
    }
    return columns;
  }

  /** The headers of the required fields that {@code columns} lacks, one entry a field. */
  List<String> missingColumns(int[] columns) {
    List<String> missing = new ArrayList<>();
    for (DossierField f : DossierField.ALL) {
      if (f.isRequired() && columns[f.ordinal()] < 0) {
        missing.add(String.join(" / ", mapping.headers(f)));
      }
    }
    return missing;
  }

  /** The field a header cell means under this reader's mapping, if any. */
  @Nullable DossierField fieldOf(String header) {
    return mapping.fieldOf(header).orElse(null);
  }

  private RowConverter converter() {
    return new RowConverter(mapping, knownAgencies, maxValueLength);
  }

  /** The state of one read. */
  final class Run {
    final RowConverter converter = converter();
    private final @Nullable DuplicateFilter duplicates;
    private final List<RejectedRow> rejected = new ArrayList<>();
    private long accepted;
    private long rejectedCount;

    final String name;

    /** The sheet of a workbook being read, null for other inputs. */
    @Nullable String sheet;

    Run(String name, @Nullable DuplicateFilter duplicates) {
      this.name = name;
      this.duplicates = duplicates;
    }

    void convert(
        @Nullable String[] raw,
        long line,
        java.util.function.Function<DossierField, @Nullable String> column,
        Consumer<? super Dossier> sink) {
      converter.fields(raw);
      finish(line, column, sink);
    }

    /** Builds the dossier of the row the converter holds, and passes it on or rejects it. */
    void finish(
        long line,
        java.util.function.Function<DossierField, @Nullable String> column,
        Consumer<? super Dossier> sink) {
      Dossier d;
      try {
        d = converter.finish();
      } catch (RowException e) {
        reject(new RejectedRow(name, sheet, line, columnName(column, e.field()), e.getMessage()));
        return;
      } catch (InvalidDossierException e) {
        DossierField f = RowConverter.fieldNamed(e.field()).orElse(null);
        reject(
            new RejectedRow(
                name, sheet, line, f == null ? null : columnName(column, f), e.reason()));
        return;
      } catch (IllegalStateException | IllegalArgumentException | CchcException e) {
        reject(new RejectedRow(name, sheet, line, null, String.valueOf(e.getMessage())));
        return;
      }
      if (duplicates != null && !duplicates.firstSeen(d.id(), line)) {
        reject(
            new RejectedRow(
                name,
                sheet,
                line,
                columnName(column, DossierField.ID),
                "duplicate id \"" + d.id() + "\""));
        return;
      }
      accepted++;
      sink.accept(d);
    }

    private @Nullable String columnName(
        java.util.function.Function<DossierField, @Nullable String> column, DossierField f) {
      String c = column.apply(f);
      return c == null ? f.englishHeader() : c;
    }

    void reject(RejectedRow row) {
      if (strict) {
        throw new DossierReadException(row);
      }
      rejectedCount++;
      if (rejected.size() < rejectedLimit) {
        rejected.add(row);
      }
      listener.accept(row);
    }

    ReadReport report() {
      return new ReadReport(name, accepted, rejectedCount, rejected);
    }
  }
}
