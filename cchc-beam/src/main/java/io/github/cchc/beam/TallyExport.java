package io.github.cchc.beam;

import io.github.cchc.indicators.io.DossierLineReader;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
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
 * Reads a dossier export (the files a pattern matches, CSV or JSON Lines) and tallies it exactly as
 * {@code cchc indicators} tallies the same rows on one machine: the same reader, the same rejected
 * rows with their lines, and duplicate ids rejected across all files, the first occurrence in file
 * (path order) then line order winning. Two outputs: one {@link Tally} ({@link #TALLY}) and the
 * rejected rows ({@link #REJECTED}).
 *
 * <p>Made for clusters: each file is cut into byte ranges read in parallel (a first pass counts the
 * line feeds and double quotes of each range, so that a range knows its first line number and
 * whether it starts inside a quoted CSV field); each worker tallies its records into a {@link
 * TallyAccumulator} and sends one tally per bundle; only ids, positions and tallies cross the
 * network, never dossiers. Duplicate ids are found by grouping the ids on a hash bucket; the few
 * later occurrences are read again by their byte offset and their tally subtracted.
 *
 * <p>Restrictions: lines end with a line feed (LF or CR LF, not a lone CR); in CSV a double quote
 * appears only in a quoted field (RFC 4180: a field holding a quote is quoted and its quotes
 * doubled), since the quote state is counted, not parsed. A file that cannot be read at all (no
 * header, a required column missing, bytes that are not UTF-8) fails the pipeline.
 *
 * <p>Beam metrics (namespace {@code cchc}): {@code rows_read}, {@code rows_accepted}, {@code
 * rows_rejected} (duplicates included) and {@code duplicate_ids}.
 *
 * <pre>{@code
 * PCollectionTuple out = pipeline.apply(
 *     TallyExport.from("exports/ho-so-*.csv", Grouping::agency, () -> TallyScope.all(asOf)));
 * PCollection<Tally> tally = out.get(TallyExport.TALLY);          // one element
 * PCollection<RejectedRow> rejected = out.get(TallyExport.REJECTED);
 * }</pre>
 */
public final class TallyExport extends PTransform<PBegin, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  /** The tally of the accepted rows: one element. */
  public static final TupleTag<Tally> TALLY = new TupleTag<Tally>() {};

  /** The rejected rows, duplicates included. */
  public static final TupleTag<RejectedRow> REJECTED = new TupleTag<RejectedRow>() {};

  /** The namespace of the Beam metrics. */
  public static final String METRICS = "cchc";

  private static final TupleTag<KV<Integer, byte[]>> IDS = new TupleTag<KV<Integer, byte[]>>() {};
  private static final TupleTag<KV<Boolean, Tally>> PARTS = new TupleTag<KV<Boolean, Tally>>() {};

  private final String filepattern;
  private final SerializableSupplier<DossierReader> reader;
  private final SerializableSupplier<Grouping> grouping;
  private final SerializableSupplier<TallyScope> scope;
  private final long splitBytes;
  private final int buckets;

  private TallyExport(
      String filepattern,
      SerializableSupplier<DossierReader> reader,
      SerializableSupplier<Grouping> grouping,
      SerializableSupplier<TallyScope> scope,
      long splitBytes,
      int buckets) {
    this.filepattern = filepattern;
    this.reader = reader;
    this.grouping = grouping;
    this.scope = scope;
    this.splitBytes = splitBytes;
    this.buckets = buckets;
  }

  /**
   * Returns the transform reading the files {@code filepattern} matches (any file system Beam
   * knows) with {@link DossierReader#defaults()}, in ranges of 64 MiB, duplicate ids checked in 512
   * buckets.
   *
   * @param filepattern the export's files, e.g. {@code "exports/ho-so-*.csv"}
   * @param grouping builds the grouping on each worker, e.g. {@code Grouping::agency}
   * @param scope builds the scope on each worker, e.g. {@code () -> TallyScope.all(asOf)}
   * @return the transform
   */
  public static TallyExport from(
      String filepattern,
      SerializableSupplier<Grouping> grouping,
      SerializableSupplier<TallyScope> scope) {
    return new TallyExport(
        Objects.requireNonNull(filepattern),
        DossierReader::defaults,
        Objects.requireNonNull(grouping),
        Objects.requireNonNull(scope),
        64L << 20,
        512);
  }

  /**
   * Returns this transform with another reader (column mapping, known agencies).
   *
   * @param reader builds the reader on each worker
   * @return the new transform
   */
  public TallyExport withReader(SerializableSupplier<DossierReader> reader) {
    return new TallyExport(
        filepattern, Objects.requireNonNull(reader), grouping, scope, splitBytes, buckets);
  }

  /**
   * Returns this transform cutting files into ranges of about {@code bytes}: a few ranges per core
   * of the cluster; each range is a task.
   *
   * @param bytes the size of a range, positive
   * @return the new transform
   */
  public TallyExport withSplitBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("split size must be positive: " + bytes);
    }
    return new TallyExport(filepattern, reader, grouping, scope, bytes, buckets);
  }

  /**
   * Returns this transform finding duplicate ids in {@code buckets} groups (by a hash of the id):
   * one worker holds the ids of a bucket in memory, about 100 bytes an id.
   *
   * @param buckets the number of groups, positive
   * @return the new transform
   */
  public TallyExport withDuplicateBuckets(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("buckets must be positive: " + buckets);
    }
    return new TallyExport(filepattern, reader, grouping, scope, splitBytes, buckets);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollection<ExportSplit> splits =
        input
            .apply("Pattern", Create.of(filepattern).withCoder(StringUtf8Coder.of()))
            .apply("Plan ranges", ParDo.of(new PlanFn(reader, splitBytes)))
            .setCoder(SerializableCoder.of(ExportSplit.class))
            .apply("Spread ranges", Reshuffle.viaRandomKey());
    PCollectionView<List<SplitScan>> scans =
        splits
            .apply("Count lines and quotes", ParDo.of(new ScanFn()))
            .setCoder(SerializableCoder.of(SplitScan.class))
            .apply("Counts", View.asList());
    PCollectionView<List<ExportSplit>> plan = splits.apply("Plan", View.asList());
    PCollectionTuple read =
        splits.apply(
            "Read and tally",
            ParDo.of(new ReadFn(reader, grouping, scope, scans, buckets))
                .withSideInputs(scans)
                .withOutputTags(IDS, TupleTagList.of(PARTS).and(REJECTED)));
    PCollectionTuple duplicates =
        read.get(IDS)
            .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()))
            .apply("Group ids by bucket", GroupByKey.create())
            .apply("Find later occurrences", ParDo.of(new DuplicateFn()))
            .setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(Duplicate.class)))
            .apply("Group by file", GroupByKey.create())
            .apply(
                "Read them again",
                ParDo.of(new UncountFn(reader, grouping, scope, plan))
                    .withSideInputs(plan)
                    .withOutputTags(PARTS, TupleTagList.of(REJECTED)));
    Coder<KV<Boolean, Tally>> partCoder = KvCoder.of(BooleanCoder.of(), TallyCoder.of());
    PCollection<Tally> tally =
        PCollectionList.of(read.get(PARTS).setCoder(partCoder))
            .and(duplicates.get(PARTS).setCoder(partCoder))
            .apply("All tallies", Flatten.pCollections())
            .apply("Tally", Combine.globally(new SignedTallyFn()).withoutDefaults())
            .setCoder(TallyCoder.of());
    PCollection<RejectedRow> rejected =
        PCollectionList.of(read.get(REJECTED).setCoder(RejectedRowCoder.of()))
            .and(duplicates.get(REJECTED).setCoder(RejectedRowCoder.of()))
            .apply("All rejected", Flatten.pCollections())
            .setCoder(RejectedRowCoder.of());
    return PCollectionTuple.of(TALLY, tally).and(REJECTED, rejected);
  }

  static boolean isJsonLines(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  static InputStream open(String path, long position) throws IOException {
    ResourceId id = FileSystems.matchNewResource(path, false);
    ReadableByteChannel ch = FileSystems.open(id);
    if (position > 0) {
      if (ch instanceof SeekableByteChannel) {
        ((SeekableByteChannel) ch).position(position);
      } else {
        InputStream in = Channels.newInputStream(ch);
        long left = position;
        while (left > 0) {
          long n = in.skip(left);
          if (n <= 0) {
            if (in.read() < 0) {
              throw new EOFException(path + ": shorter than " + position + " bytes");
            }
            n = 1;
          }
          left -= n;
        }
        return in;
      }
    }
    return Channels.newInputStream(ch);
  }

  /** Matches the files, reads each CSV file's header, and cuts each file into ranges. */
  static final class PlanFn extends DoFn<String, ExportSplit> {
    private static final long serialVersionUID = 1L;
    private final SerializableSupplier<DossierReader> reader;
    private final long splitBytes;

    PlanFn(SerializableSupplier<DossierReader> reader, long splitBytes) {
      this.reader = reader;
      this.splitBytes = splitBytes;
    }

    @ProcessElement
    public void process(@Element String pattern, OutputReceiver<ExportSplit> out)
        throws IOException {
      MatchResult m = FileSystems.match(pattern, EmptyMatchTreatment.DISALLOW);
      List<MatchResult.Metadata> files = new ArrayList<>(m.metadata());
      files.sort(Comparator.comparing(f -> f.resourceId().toString()));
      DossierReader r = reader.get();
      for (int i = 0; i < files.size(); i++) {
        MatchResult.Metadata f = files.get(i);
        String path = f.resourceId().toString();
        String name = f.resourceId().getFilename();
        name = name == null ? path : name;
        boolean json = isJsonLines(name);
        String header = null;
        if (!json) {
          try (InputStream in = open(path, 0)) {
            RecordCursor c = new RecordCursor(in, name, true, 0, 1, false);
            if (!c.next()) {
              throw new IllegalArgumentException(name + ":1: empty file, header expected");
            }
            header = c.text();
          }
          r.csvLines(name, header); // a missing column fails here, before any range is read
        }
        long size = f.sizeBytes();
        int n = (int) Math.max(1, (size + splitBytes - 1) / splitBytes);
        for (int s = 0; s < n; s++) {
          long start = s * splitBytes;
          long end = s == n - 1 ? size : start + splitBytes;
          out.output(new ExportSplit(i, path, name, json, header, s, start, end));
        }
      }
    }
  }

  /** Counts the line feeds and double quotes of a range. */
  static final class ScanFn extends DoFn<ExportSplit, SplitScan> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element ExportSplit s, OutputReceiver<SplitScan> out) throws IOException {
      long lineFeeds = 0;
      long quotes = 0;
      byte[] buf = new byte[1 << 16];
      try (InputStream in = open(s.path, s.start)) {
        long left = s.end - s.start;
        while (left > 0) {
          int n = in.read(buf, 0, (int) Math.min(buf.length, left));
          if (n < 0) {
            break;
          }
          for (int i = 0; i < n; i++) {
            byte b = buf[i];
            if (b == '\n') {
              lineFeeds++;
            } else if (b == '"') {
              quotes++;
            }
          }
          left -= n;
        }
      }
      out.output(new SplitScan(s.file, s.index, lineFeeds, s.json ? 0 : quotes));
    }
  }

  /** The line feeds and quotes before each range of each file. */
  static final class Prefixes {
    private final Map<Integer, long[][]> byFile = new HashMap<>();

    Prefixes(List<SplitScan> scans) {
      Map<Integer, List<SplitScan>> files = new HashMap<>();
      for (SplitScan s : scans) {
        files.computeIfAbsent(s.file, k -> new ArrayList<>()).add(s);
      }
      for (Map.Entry<Integer, List<SplitScan>> e : files.entrySet()) {
        List<SplitScan> list = e.getValue();
        list.sort(Comparator.comparingInt(s -> s.index));
        long[][] p = new long[2][list.size()];
        long lf = 0;
        long q = 0;
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i).index != i) {
            throw new IllegalStateException("range " + i + " of file " + e.getKey() + " missing");
          }
          p[0][i] = lf;
          p[1][i] = q;
          lf += list.get(i).lineFeeds;
          q += list.get(i).quotes;
        }
        byFile.put(e.getKey(), p);
      }
    }

    long lineFeedsBefore(ExportSplit s) {
      return byFile.get(s.file)[0][s.index];
    }

    boolean quotedAt(ExportSplit s) {
      return (byFile.get(s.file)[1][s.index] & 1) == 1;
    }
  }

  /**
   * Reads the records of a range: tallies the accepted ones (one tally per bundle), sends their ids
   * with their positions to the duplicate check in batches per bucket, emits the rejected.
   */
  static final class ReadFn extends DoFn<ExportSplit, KV<Integer, byte[]>> {
    private static final long serialVersionUID = 1L;
    private static final int FLUSH = 1 << 15;
    private final SerializableSupplier<DossierReader> reader;
    private final SerializableSupplier<Grouping> grouping;
    private final SerializableSupplier<TallyScope> scope;
    private final PCollectionView<List<SplitScan>> scans;
    private final int buckets;
    private final Counter read = Metrics.counter(METRICS, "rows_read");
    private final Counter accepted = Metrics.counter(METRICS, "rows_accepted");
    private final Counter rejected = Metrics.counter(METRICS, "rows_rejected");
    private transient @Nullable DossierReader dossierReader;
    private transient @Nullable Grouping groups;
    private transient @Nullable TallyScope tallyScope;
    private transient @Nullable Prefixes prefixes;
    private transient @Nullable TallyAccumulator acc;
    private transient ByteArrayOutputStream @Nullable [] batches;
    private transient Map<String, DossierLineReader> readers = new HashMap<>();
    private transient List<KV<Integer, byte[]>> pending = new ArrayList<>();

    ReadFn(
        SerializableSupplier<DossierReader> reader,
        SerializableSupplier<Grouping> grouping,
        SerializableSupplier<TallyScope> scope,
        PCollectionView<List<SplitScan>> scans,
        int buckets) {
      this.reader = reader;
      this.grouping = grouping;
      this.scope = scope;
      this.scans = scans;
      this.buckets = buckets;
    }

    @Setup
    public void setup() {
      dossierReader = reader.get();
      groups = grouping.get();
      tallyScope = scope.get();
      readers = new HashMap<>();
      pending = new ArrayList<>();
    }

    @StartBundle
    public void start() {
      acc =
          new TallyAccumulator(Objects.requireNonNull(groups), Objects.requireNonNull(tallyScope));
      batches = new ByteArrayOutputStream[buckets];
    }

    private DossierLineReader lineReader(ExportSplit s) {
      return readers.computeIfAbsent(
          s.path,
          p ->
              s.json
                  ? Objects.requireNonNull(dossierReader).jsonLines(s.name)
                  : Objects.requireNonNull(dossierReader)
                      .csvLines(s.name, Objects.requireNonNull(s.header)));
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
      if (prefixes == null) {
        prefixes = new Prefixes(c.sideInput(scans));
      }
      ExportSplit s = c.element();
      if (s.end <= s.start) {
        return;
      }
      DossierLineReader r = lineReader(s);
      TallyAccumulator tally = Objects.requireNonNull(acc);
      long line = 1 + prefixes.lineFeedsBefore(s);
      boolean quoted = !s.json && prefixes.quotedAt(s);
      long n = 0;
      long ok = 0;
      long bad = 0;
      try (InputStream in = open(s.path, Math.max(0, s.start - 1))) {
        RecordCursor cur;
        if (s.start == 0) {
          cur = new RecordCursor(in, s.name, !s.json, 0, 1, false);
          if (!s.json && !cur.next()) {
            return; // the header, read by the plan
          }
        } else {
          int previous = in.read();
          cur = new RecordCursor(in, s.name, !s.json, s.start, line, quoted);
          if (!cur.startsRecord(previous) && !cur.skipToRecordStart()) {
            return;
          }
        }
        long[] sink = new long[1];
        while (cur.offset() < s.end && cur.next()) {
          String text = cur.text();
          if (text.isBlank()) {
            continue;
          }
          n++;
          long at = cur.recordOffset();
          long recordLine = cur.recordLine();
          sink[0] = 0;
          r.read(
              recordLine,
              text,
              d -> {
                tally.add(d);
                id(d.id(), s.file, at, recordLine);
                sink[0] = 1;
              },
              x -> c.output(REJECTED, x));
          if (sink[0] == 1) {
            ok++;
          } else {
            bad++;
          }
        }
      } finally {
        read.inc(n);
        accepted.inc(ok);
        rejected.inc(bad);
      }
    }

    private void id(String id, int file, long offset, long line) {
      int h = id.hashCode() * 0x9E3779B9;
      int b = Math.floorMod(h ^ (h >>> 16), buckets);
      ByteArrayOutputStream[] all = Objects.requireNonNull(batches);
      ByteArrayOutputStream out = all[b];
      if (out == null) {
        out = new ByteArrayOutputStream(256);
        all[b] = out;
      }
      byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
      writeVarLong(out, bytes.length);
      out.write(bytes, 0, bytes.length);
      writeVarLong(out, file);
      writeVarLong(out, offset);
      writeVarLong(out, line);
      if (out.size() >= FLUSH) {
        pending.add(KV.of(b, out.toByteArray()));
        all[b] = null;
      }
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      ByteArrayOutputStream[] all = Objects.requireNonNull(batches);
      for (int b = 0; b < all.length; b++) {
        if (all[b] != null) {
          pending.add(KV.of(b, all[b].toByteArray()));
        }
      }
      for (KV<Integer, byte[]> kv : pending) {
        c.output(kv, BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
      }
      pending.clear();
      c.output(
          PARTS,
          KV.of(true, Objects.requireNonNull(acc).toTally()),
          BoundedWindow.TIMESTAMP_MIN_VALUE,
          GlobalWindow.INSTANCE);
      acc = null;
      batches = null;
    }
  }

  static void writeVarLong(ByteArrayOutputStream out, long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  static long readVarLong(DataInputStream in) throws IOException {
    long v = 0;
    int shift = 0;
    while (true) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
      shift += 7;
    }
  }

  /** Finds, in one bucket of ids, every occurrence after the first (file, then offset order). */
  static final class DuplicateFn
      extends DoFn<KV<Integer, Iterable<byte[]>>, KV<Integer, Duplicate>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<byte[]>> bucket, OutputReceiver<KV<Integer, Duplicate>> out)
        throws IOException {
      Map<String, long[]> first = new HashMap<>();
      List<Duplicate> later = new ArrayList<>();
      for (byte[] batch : bucket.getValue()) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(batch));
        while (in.available() > 0) {
          byte[] id = new byte[(int) readVarLong(in)];
          in.readFully(id);
          int file = (int) readVarLong(in);
          long offset = readVarLong(in);
          long line = readVarLong(in);
          String key = new String(id, StandardCharsets.UTF_8);
          long[] seen = first.putIfAbsent(key, new long[] {file, offset, line});
          if (seen != null) {
            if (file < seen[0] || (file == seen[0] && offset < seen[1])) {
              later.add(new Duplicate((int) seen[0], seen[1], seen[2], key));
              seen[0] = file;
              seen[1] = offset;
              seen[2] = line;
            } else {
              later.add(new Duplicate(file, offset, line, key));
            }
          }
        }
      }
      for (Duplicate d : later) {
        out.output(KV.of(d.file, d));
      }
    }
  }

  /**
   * Reads the later occurrences of ids again, by their offsets: their tally goes out to be
   * subtracted, and each is rejected as a duplicate.
   */
  static final class UncountFn extends DoFn<KV<Integer, Iterable<Duplicate>>, KV<Boolean, Tally>> {
    private static final long serialVersionUID = 1L;
    private final SerializableSupplier<DossierReader> reader;
    private final SerializableSupplier<Grouping> grouping;
    private final SerializableSupplier<TallyScope> scope;
    private final PCollectionView<List<ExportSplit>> plan;
    private final Counter accepted = Metrics.counter(METRICS, "rows_accepted");
    private final Counter rejected = Metrics.counter(METRICS, "rows_rejected");
    private final Counter duplicates = Metrics.counter(METRICS, "duplicate_ids");

    UncountFn(
        SerializableSupplier<DossierReader> reader,
        SerializableSupplier<Grouping> grouping,
        SerializableSupplier<TallyScope> scope,
        PCollectionView<List<ExportSplit>> plan) {
      this.reader = reader;
      this.grouping = grouping;
      this.scope = scope;
      this.plan = plan;
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
      int file = c.element().getKey();
      ExportSplit found = null;
      for (ExportSplit x : c.sideInput(plan)) {
        if (x.file == file) {
          found = x;
          break;
        }
      }
      if (found == null) {
        throw new IllegalStateException("no file " + file + " in the plan");
      }
      ExportSplit s = found;
      List<Duplicate> later = new ArrayList<>();
      c.element().getValue().forEach(later::add);
      later.sort(Comparator.comparingLong(d -> d.offset));
      DossierReader dr = reader.get();
      DossierLineReader r =
          s.json ? dr.jsonLines(s.name) : dr.csvLines(s.name, Objects.requireNonNull(s.header));
      TallyAccumulator minus = new TallyAccumulator(grouping.get(), scope.get());
      for (Duplicate d : later) {
        try (InputStream in = open(s.path, d.offset)) {
          RecordCursor cur = new RecordCursor(in, s.name, !s.json, d.offset, d.line, false);
          if (!cur.next()) {
            throw new IllegalStateException(s.name + ":" + d.line + ": record gone");
          }
          boolean[] again = new boolean[1];
          r.read(
              d.line,
              cur.text(),
              x -> {
                if (!x.id().equals(d.id)) {
                  throw new IllegalStateException(s.name + ":" + d.line + ": file changed");
                }
                minus.add(x);
                again[0] = true;
              },
              x -> {});
          if (!again[0]) {
            throw new IllegalStateException(s.name + ":" + d.line + ": file changed");
          }
        }
        c.output(REJECTED, r.duplicate(d.line, d.id));
      }
      accepted.dec(later.size());
      rejected.inc(later.size());
      duplicates.inc(later.size());
      c.output(KV.of(false, minus.toTally()));
    }
  }

  /** Adds the tallies marked {@code true} and subtracts those marked {@code false}. */
  static final class SignedTallyFn
      extends Combine.CombineFn<KV<Boolean, Tally>, KV<Tally, Tally>, Tally> {
    private static final long serialVersionUID = 1L;

    @Override
    public KV<Tally, Tally> createAccumulator() {
      return KV.of(Tally.empty(), Tally.empty());
    }

    @Override
    public KV<Tally, Tally> addInput(KV<Tally, Tally> acc, KV<Boolean, Tally> input) {
      return input.getKey()
          ? KV.of(acc.getKey().merge(input.getValue()), acc.getValue())
          : KV.of(acc.getKey(), acc.getValue().merge(input.getValue()));
    }

    @Override
    public KV<Tally, Tally> mergeAccumulators(Iterable<KV<Tally, Tally>> accs) {
      Tally plus = Tally.empty();
      Tally minus = Tally.empty();
      for (KV<Tally, Tally> a : accs) {
        plus = plus.merge(a.getKey());
        minus = minus.merge(a.getValue());
      }
      return KV.of(plus, minus);
    }

    @Override
    public Tally extractOutput(KV<Tally, Tally> acc) {
      return subtract(acc.getKey(), acc.getValue());
    }

    @Override
    public Coder<KV<Tally, Tally>> getAccumulatorCoder(
        CoderRegistry registry, Coder<KV<Boolean, Tally>> inputCoder) {
      return KvCoder.of(TallyCoder.of(), TallyCoder.of());
    }

    @Override
    public Coder<Tally> getDefaultOutputCoder(
        CoderRegistry registry, Coder<KV<Boolean, Tally>> inputCoder) {
      return TallyCoder.of();
    }
  }

  /**
   * {@code plus} less {@code minus}, counter by counter: the counters are sums over dossiers, so
   * this is the tally without the dossiers {@code minus} counted. A group left with no counter
   * (only duplicates fell in it) is dropped, as one machine would never have made it, except the
   * single group of {@link Grouping#all()}.
   */
  static Tally subtract(Tally plus, Tally minus) {
    if (minus.groups().isEmpty() && minus.outsidePeriod() == 0) {
      return plus;
    }
    Map<String, Counts> groups = new TreeMap<>();
    for (Map.Entry<String, Counts> e : plus.groups().entrySet()) {
      long[] a = e.getValue().toArray();
      Counts m = minus.groups().get(e.getKey());
      if (m != null) {
        long[] b = m.toArray();
        for (int i = 0; i < a.length; i++) {
          a[i] -= b[i];
        }
      }
      boolean zero = true;
      for (long x : a) {
        zero &= x == 0;
      }
      if (!zero || e.getKey().equals(Grouping.ALL)) {
        groups.put(e.getKey(), Counts.ofArray(a));
      }
    }
    for (String g : minus.groups().keySet()) {
      if (!plus.groups().containsKey(g)) {
        throw new IllegalStateException("duplicate counted in a group never counted: " + g);
      }
    }
    return Tally.of(groups, plus.outsidePeriod() - minus.outsidePeriod());
  }
}
