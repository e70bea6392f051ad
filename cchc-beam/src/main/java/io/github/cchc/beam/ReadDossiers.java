package io.github.cchc.beam;

import io.github.cchc.indicators.io.DossierLineReader;
import io.github.cchc.indicators.io.DossierReadException;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.model.dossier.Dossier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dossier export — one file or many shards matched by a file pattern, CSV or JSON Lines —
 * into dossiers ({@link #DOSSIERS}) and the rows it cannot read ({@link #REJECTED}, with file,
 * line, column and reason): nothing is dropped at scale either. The rows are the ones {@link
 * DossierReader} reads and rejects from the same files, with the same column mapping, value words
 * and reasons.
 *
 * <p>Each file is split into records (lines; a quoted CSV field may span lines) by one worker, the
 * records are redistributed in batches, and many workers read them with a {@link
 * DossierLineReader}. Duplicate ids are then found by grouping on a hash bucket of the id, across
 * all files: the first occurrence in file (path) then line order wins, as on one machine, and the
 * later ones are rejected. Strict mode is not supported: a rejected row never stops the pipeline. A
 * file that cannot be read at all (no header, a required column missing, bytes that are not UTF-8)
 * fails the pipeline: {@link DossierReadException} for a bad header, {@link
 * IllegalArgumentException} for an empty file, an {@link IOException} otherwise.
 *
 * <pre>{@code
 * PCollectionTuple read = pipeline.apply(ReadDossiers.from("exports/ho-so-2024-*.csv"));
 * PCollection<Dossier> dossiers = read.get(ReadDossiers.DOSSIERS);
 * PCollection<RejectedRow> rejected = read.get(ReadDossiers.REJECTED);
 * }</pre>
 */
public final class ReadDossiers extends PTransform<PBegin, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  /** The dossiers read. */
  public static final TupleTag<Dossier> DOSSIERS = new TupleTag<Dossier>() {};

  /** The rows that were not read, with their reasons. */
  public static final TupleTag<RejectedRow> REJECTED = new TupleTag<RejectedRow>() {};

  private static final TupleTag<KV<String, List<KV<Long, String>>>> BATCHES =
      new TupleTag<KV<String, List<KV<Long, String>>>>() {};
  private static final TupleTag<KV<String, String>> HEADERS = new TupleTag<KV<String, String>>() {};
  private static final TupleTag<KV<Integer, KV<KV<String, Long>, Dossier>>> PARSED =
      new TupleTag<KV<Integer, KV<KV<String, Long>, Dossier>>>() {};

  private final String filepattern;
  private final SerializableSupplier<DossierReader> reader;
  private final boolean duplicateCheck;
  private final int batchSize;
  private final int buckets;

  private ReadDossiers(
      String filepattern,
      SerializableSupplier<DossierReader> reader,
      boolean duplicateCheck,
      int batchSize,
      int buckets) {
    this.filepattern = filepattern;
    this.reader = reader;
    this.duplicateCheck = duplicateCheck;
    this.batchSize = batchSize;
    this.buckets = buckets;
  }

  /**
   * Returns the transform reading the files that match {@code filepattern} (any file system Beam
   * knows: local, {@code gs://}, {@code s3://}, {@code hdfs://}), with {@link
   * DossierReader#defaults()}.
   *
   * @param filepattern the files, e.g. {@code "exports/ho-so-*.csv"}
   * @return the transform
   */
  public static ReadDossiers from(String filepattern) {
    return new ReadDossiers(
        Objects.requireNonNull(filepattern), DossierReader::defaults, true, 1_000, 16);
  }

  /**
   * Returns this transform with another reader: its column mapping and known agencies apply.
   *
   * @param reader builds the reader on each worker, e.g. {@code () ->
   *     DossierReader.defaults().withMapping(ColumnMapping.defaults().withHeaders(...))}
   * @return the new transform
   */
  public ReadDossiers withReader(SerializableSupplier<DossierReader> reader) {
    return new ReadDossiers(
        filepattern, Objects.requireNonNull(reader), duplicateCheck, batchSize, buckets);
  }

  /**
   * Returns this transform rejecting duplicate ids within a file ({@code true}, the default) or not
   * checking them (no grouping on the id: cheaper).
   *
   * @param check whether to reject duplicate ids
   * @return the new transform
   */
  public ReadDossiers withDuplicateCheck(boolean check) {
    return new ReadDossiers(filepattern, reader, check, batchSize, buckets);
  }

  /**
   * Returns this transform handing records to the workers in batches of {@code size} (default 1
   * 000): fewer, larger elements cost less to shuffle than one element per line.
   *
   * @param size records per batch, positive
   * @return the new transform
   */
  public ReadDossiers withBatchSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + size);
    }
    return new ReadDossiers(filepattern, reader, duplicateCheck, size, buckets);
  }

  /**
   * Returns this transform finding duplicate ids in {@code buckets} groups (by a hash of the id;
   * default 16). Each group is checked on one worker, in memory: on a cluster, use a few buckets
   * per worker core and enough that a bucket's dossiers fit a worker's memory.
   *
   * @param buckets groups, positive
   * @return the new transform
   */
  public ReadDossiers withDuplicateCheckBuckets(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("buckets must be positive: " + buckets);
    }
    return new ReadDossiers(filepattern, reader, duplicateCheck, batchSize, buckets);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollectionTuple split =
        input
            .apply("Match files", FileIO.match().filepattern(filepattern))
            .apply("Open files", FileIO.readMatches())
            .apply(
                "Split into records",
                ParDo.of(new SplitFn(reader, batchSize))
                    .withOutputTags(BATCHES, TupleTagList.of(HEADERS)));
    PCollectionView<Map<String, String>> headers =
        split
            .get(HEADERS)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
            .apply("Headers", View.asMap());
    PCollectionTuple parsed =
        split
            .get(BATCHES)
            .setCoder(
                KvCoder.of(
                    StringUtf8Coder.of(),
                    ListCoder.of(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()))))
            .apply("Spread batches", Reshuffle.viaRandomKey())
            .apply(
                "Read records",
                ParDo.of(new ParseFn(reader, headers, buckets))
                    .withSideInputs(headers)
                    .withOutputTags(PARSED, TupleTagList.of(REJECTED)));
    PCollection<KV<Integer, KV<KV<String, Long>, Dossier>>> keyed =
        parsed
            .get(PARSED)
            .setCoder(
                KvCoder.of(
                    VarIntCoder.of(),
                    KvCoder.of(
                        KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()), DossierCoder.of())));
    PCollection<RejectedRow> rejected = parsed.get(REJECTED).setCoder(RejectedRowCoder.of());
    if (!duplicateCheck) {
      PCollection<Dossier> dossiers =
          keyed.apply("Dossiers", ParDo.of(new ValuesFn())).setCoder(DossierCoder.of());
      return PCollectionTuple.of(DOSSIERS, dossiers).and(REJECTED, rejected);
    }
    PCollectionTuple deduplicated =
        keyed
            .apply("Group by id bucket", GroupByKey.create())
            .apply(
                "Reject duplicate ids",
                ParDo.of(new DuplicateFn(reader, headers))
                    .withSideInputs(headers)
                    .withOutputTags(DOSSIERS, TupleTagList.of(REJECTED)));
    PCollection<RejectedRow> allRejected =
        PCollectionList.of(rejected)
            .and(deduplicated.get(REJECTED).setCoder(RejectedRowCoder.of()))
            .apply("All rejected rows", Flatten.pCollections());
    return PCollectionTuple.of(DOSSIERS, deduplicated.get(DOSSIERS).setCoder(DossierCoder.of()))
        .and(REJECTED, allRejected.setCoder(RejectedRowCoder.of()));
  }

  static boolean isJsonLines(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  /**
   * Splits each file into records keyed by (file, first line), and emits the file's header line.
   */
  static final class SplitFn extends DoFn<FileIO.ReadableFile, KV<String, List<KV<Long, String>>>> {
    private static final long serialVersionUID = 1L;
    private final SerializableSupplier<DossierReader> reader;
    private final int batchSize;

    SplitFn(SerializableSupplier<DossierReader> reader, int batchSize) {
      this.reader = reader;
      this.batchSize = batchSize;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out)
        throws IOException {
      String path = file.getMetadata().resourceId().toString();
      String name = file.getMetadata().resourceId().getFilename();
      name = name == null ? path : name;
      boolean json = isJsonLines(name);
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  Channels.newInputStream(file.open()),
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)),
              1 << 16)) {
        long lineNumber = 0;
        if (!json) {
          String header = in.readLine();
          if (header == null) {
            throw new IllegalArgumentException(name + ":1: empty file, header expected");
          }
          lineNumber = 1;
          reader.get().csvLines(name, header); // fails early on a missing column
          out.get(HEADERS).output(KV.of(path, header));
        }
        List<KV<Long, String>> batch = new ArrayList<>();
        StringBuilder record = new StringBuilder();
        long start = 0;
        boolean open = false;
        String line;
        while ((line = in.readLine()) != null) {
          lineNumber++;
          if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
          }
          if (!open) {
            start = lineNumber;
            record.setLength(0);
          } else {
            record.append('\n');
          }
          record.append(line);
          // In CSV a record goes on while a quote is open: an odd number of quotes so far.
          if (!json && (quotes(line) & 1) == 1) {
            open = !open;
          }
          if (!open && !isBlank(record)) {
            batch.add(KV.of(start, record.toString()));
            if (batch.size() == batchSize) {
              out.get(BATCHES).output(KV.of(path, batch));
              batch = new ArrayList<>();
            }
          }
        }
        if (open) {
          batch.add(KV.of(start, record.toString()));
        }
        if (!batch.isEmpty()) {
          out.get(BATCHES).output(KV.of(path, batch));
        }
      }
    }

    private static int quotes(String line) {
      int n = 0;
      for (int i = 0; i < line.length(); i++) {
        if (line.charAt(i) == '"') {
          n++;
        }
      }
      return n;
    }

    private static boolean isBlank(CharSequence s) {
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isWhitespace(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** The line readers of one worker, one per file, built from the header side input. */
  static final class LineReaders {
    private final DossierReader reader;
    private final Map<String, DossierLineReader> byPath = new HashMap<>();

    LineReaders(DossierReader reader) {
      this.reader = reader;
    }

    DossierLineReader get(
        String path, DoFn<?, ?>.ProcessContext c, PCollectionView<Map<String, String>> headers) {
      DossierLineReader r = byPath.get(path);
      if (r == null) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (isJsonLines(name)) {
          r = reader.jsonLines(name);
        } else {
          String header = c.sideInput(headers).get(path);
          if (header == null) {
            throw new IllegalStateException("no header line for " + path);
          }
          r = reader.csvLines(name, header);
        }
        byPath.put(path, r);
      }
      return r;
    }
  }

  /** Reads batches of records into dossiers keyed by (file, id bucket) with their line. */
  static final class ParseFn
      extends DoFn<KV<String, List<KV<Long, String>>>, KV<Integer, KV<KV<String, Long>, Dossier>>> {
    private static final long serialVersionUID = 1L;
    private final SerializableSupplier<DossierReader> reader;
    private final PCollectionView<Map<String, String>> headers;
    private final int buckets;
    private transient @Nullable LineReaders readers;

    ParseFn(
        SerializableSupplier<DossierReader> reader,
        PCollectionView<Map<String, String>> headers,
        int buckets) {
      this.reader = reader;
      this.headers = headers;
      this.buckets = buckets;
    }

    @Setup
    public void setup() {
      readers = new LineReaders(reader.get());
    }

    @ProcessElement
    public void process(ProcessContext c) {
      String path = c.element().getKey();
      DossierLineReader r = Objects.requireNonNull(readers).get(path, c, headers);
      for (KV<Long, String> record : c.element().getValue()) {
        long line = record.getKey();
        r.read(
            line,
            record.getValue(),
            d ->
                c.output(
                    KV.of(Math.floorMod(d.id().hashCode(), buckets), KV.of(KV.of(path, line), d))),
            rejected -> c.output(REJECTED, rejected));
      }
    }
  }

  /** Drops the keys. */
  static final class ValuesFn extends DoFn<KV<Integer, KV<KV<String, Long>, Dossier>>, Dossier> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(
        @Element KV<Integer, KV<KV<String, Long>, Dossier>> kv, OutputReceiver<Dossier> out) {
      out.output(kv.getValue().getValue());
    }
  }

  /**
   * Keeps the first occurrence of each id, in file (path) then line order across all files, and
   * rejects the later ones as duplicates.
   */
  static final class DuplicateFn
      extends DoFn<KV<Integer, Iterable<KV<KV<String, Long>, Dossier>>>, Dossier> {
    private static final long serialVersionUID = 1L;
    private final SerializableSupplier<DossierReader> reader;
    private final PCollectionView<Map<String, String>> headers;
    private transient @Nullable LineReaders readers;

    DuplicateFn(
        SerializableSupplier<DossierReader> reader, PCollectionView<Map<String, String>> headers) {
      this.reader = reader;
      this.headers = headers;
    }

    @Setup
    public void setup() {
      readers = new LineReaders(reader.get());
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Map<String, KV<KV<String, Long>, Dossier>> first = new HashMap<>();
      List<KV<KV<String, Long>, Dossier>> later = new ArrayList<>();
      for (KV<KV<String, Long>, Dossier> row : c.element().getValue()) {
        KV<KV<String, Long>, Dossier> seen = first.putIfAbsent(row.getValue().id(), row);
        if (seen != null) {
          if (before(row.getKey(), seen.getKey())) {
            first.put(row.getValue().id(), row);
            later.add(seen);
          } else {
            later.add(row);
          }
        }
      }
      first.values().forEach(row -> c.output(row.getValue()));
      LineReaders r = Objects.requireNonNull(readers);
      for (KV<KV<String, Long>, Dossier> row : later) {
        String path = row.getKey().getKey();
        c.output(
            REJECTED,
            r.get(path, c, headers).duplicate(row.getKey().getValue(), row.getValue().id()));
      }
    }

    private static boolean before(KV<String, Long> a, KV<String, Long> b) {
      int byPath = a.getKey().compareTo(b.getKey());
      return byPath < 0 || (byPath == 0 && a.getValue() < b.getValue());
    }
  }
}
