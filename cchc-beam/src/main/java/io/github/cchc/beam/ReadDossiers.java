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
import org.apache.beam.sdk.coders.StringUtf8Coder;
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
 * records are redistributed, and many workers read them with a {@link DossierLineReader}. Duplicate
 * ids are then found by grouping on (file, id): as {@link DossierReader} does per file, the first
 * line wins and the later ones are rejected. Strict mode is not supported: a rejected row never
 * stops the pipeline. A file that cannot be read at all (no header, a required column missing,
 * bytes that are not UTF-8) fails the pipeline: {@link DossierReadException} for a bad header,
 * {@link IllegalArgumentException} for an empty file, an {@link IOException} otherwise.
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

  private static final TupleTag<KV<KV<String, Long>, String>> RECORDS =
      new TupleTag<KV<KV<String, Long>, String>>() {};
  private static final TupleTag<KV<String, String>> HEADERS = new TupleTag<KV<String, String>>() {};
  private static final TupleTag<KV<KV<String, String>, KV<Long, Dossier>>> PARSED =
      new TupleTag<KV<KV<String, String>, KV<Long, Dossier>>>() {};

  private final String filepattern;
  private final SerializableSupplier<DossierReader> reader;
  private final boolean duplicateCheck;

  private ReadDossiers(
      String filepattern, SerializableSupplier<DossierReader> reader, boolean duplicateCheck) {
    this.filepattern = filepattern;
    this.reader = reader;
    this.duplicateCheck = duplicateCheck;
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
    return new ReadDossiers(Objects.requireNonNull(filepattern), DossierReader::defaults, true);
  }

  /**
   * Returns this transform with another reader: its column mapping and known agencies apply.
   *
   * @param reader builds the reader on each worker, e.g. {@code () ->
   *     DossierReader.defaults().withMapping(ColumnMapping.defaults().withHeaders(...))}
   * @return the new transform
   */
  public ReadDossiers withReader(SerializableSupplier<DossierReader> reader) {
    return new ReadDossiers(filepattern, Objects.requireNonNull(reader), duplicateCheck);
  }

  /**
   * Returns this transform rejecting duplicate ids within a file ({@code true}, the default) or not
   * checking them (no grouping on the id: cheaper).
   *
   * @param check whether to reject duplicate ids
   * @return the new transform
   */
  public ReadDossiers withDuplicateCheck(boolean check) {
    return new ReadDossiers(filepattern, reader, check);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollectionTuple split =
        input
            .apply("Match files", FileIO.match().filepattern(filepattern))
            .apply("Open files", FileIO.readMatches())
            .apply(
                "Split into records",
                ParDo.of(new SplitFn(reader)).withOutputTags(RECORDS, TupleTagList.of(HEADERS)));
    PCollectionView<Map<String, String>> headers =
        split
            .get(HEADERS)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
            .apply("Headers", View.asMap());
    PCollectionTuple parsed =
        split
            .get(RECORDS)
            .setCoder(
                KvCoder.of(
                    KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()), StringUtf8Coder.of()))
            .apply("Spread records", Reshuffle.viaRandomKey())
            .apply(
                "Read records",
                ParDo.of(new ParseFn(reader, headers))
                    .withSideInputs(headers)
                    .withOutputTags(PARSED, TupleTagList.of(REJECTED)));
    PCollection<KV<KV<String, String>, KV<Long, Dossier>>> keyed =
        parsed
            .get(PARSED)
            .setCoder(
                KvCoder.of(
                    KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()),
                    KvCoder.of(VarLongCoder.of(), DossierCoder.of())));
    PCollection<RejectedRow> rejected = parsed.get(REJECTED).setCoder(RejectedRowCoder.of());
    if (!duplicateCheck) {
      PCollection<Dossier> dossiers =
          keyed.apply("Dossiers", ParDo.of(new ValuesFn())).setCoder(DossierCoder.of());
      return PCollectionTuple.of(DOSSIERS, dossiers).and(REJECTED, rejected);
    }
    PCollectionTuple deduplicated =
        keyed
            .apply("Group by file and id", GroupByKey.create())
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
  static final class SplitFn extends DoFn<FileIO.ReadableFile, KV<KV<String, Long>, String>> {
    private static final long serialVersionUID = 1L;
    private final SerializableSupplier<DossierReader> reader;

    SplitFn(SerializableSupplier<DossierReader> reader) {
      this.reader = reader;
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
            out.get(RECORDS).output(KV.of(KV.of(path, start), record.toString()));
          }
        }
        if (open) {
          out.get(RECORDS).output(KV.of(KV.of(path, start), record.toString()));
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

  /** Reads records into dossiers keyed by (file, id) with their line, or rejected rows. */
  static final class ParseFn
      extends DoFn<KV<KV<String, Long>, String>, KV<KV<String, String>, KV<Long, Dossier>>> {
    private static final long serialVersionUID = 1L;
    private final SerializableSupplier<DossierReader> reader;
    private final PCollectionView<Map<String, String>> headers;
    private transient @Nullable LineReaders readers;

    ParseFn(
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
      KV<KV<String, Long>, String> record = c.element();
      String path = record.getKey().getKey();
      long line = record.getKey().getValue();
      Objects.requireNonNull(readers)
          .get(path, c, headers)
          .read(
              line,
              record.getValue(),
              d -> c.output(KV.of(KV.of(path, d.id()), KV.of(line, d))),
              r -> c.output(REJECTED, r));
    }
  }

  /** Drops the keys. */
  static final class ValuesFn extends DoFn<KV<KV<String, String>, KV<Long, Dossier>>, Dossier> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(
        @Element KV<KV<String, String>, KV<Long, Dossier>> kv, OutputReceiver<Dossier> out) {
      out.output(kv.getValue().getValue());
    }
  }

  /** Keeps the first line of each (file, id) and rejects the later ones as duplicates. */
  static final class DuplicateFn
      extends DoFn<KV<KV<String, String>, Iterable<KV<Long, Dossier>>>, Dossier> {
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
      List<KV<Long, Dossier>> rows = new ArrayList<>();
      c.element().getValue().forEach(rows::add);
      if (rows.size() == 1) {
        c.output(rows.get(0).getValue());
        return;
      }
      rows.sort((a, b) -> Long.compare(a.getKey(), b.getKey()));
      c.output(rows.get(0).getValue());
      String path = c.element().getKey().getKey();
      DossierLineReader r = Objects.requireNonNull(readers).get(path, c, headers);
      for (int i = 1; i < rows.size(); i++) {
        c.output(REJECTED, r.duplicate(rows.get(i).getKey(), rows.get(i).getValue().id()));
      }
    }
  }
}
