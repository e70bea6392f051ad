package io.github.cchc.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * An export in several files, with duplicate ids across files and within a file, bad rows and a
 * quoted field over two lines; the reference is what one machine computes on the same rows: {@code
 * DossierReader} and one {@code TallyAccumulator} over the files concatenated in path order (which
 * is what {@code cchc indicators} reads), its rejected rows mapped back to their file and line.
 */
final class Parity {
  final Path dir;
  final String pattern;
  final List<Path> files = new ArrayList<>();
  final List<List<String>> records = new ArrayList<>();
  final String header;
  final boolean json;

  private Parity(Path dir, String pattern, String header, boolean json) {
    this.dir = dir;
    this.pattern = pattern;
    this.header = header;
    this.json = json;
  }

  /** The sample CSV export, dealt round-robin into {@code shards} files: duplicates cross files. */
  static Parity csv(Path dir, long seed, int rows, int shards) throws IOException {
    Parity p = new Parity(dir, dir.resolve("ho-so-*.csv").toString(), SampleExport.HEADER, false);
    List<String> all = SampleExport.records(seed, rows);
    for (int s = 0; s < shards; s++) {
      p.records.add(new ArrayList<>());
    }
    for (int i = 0; i < all.size(); i++) {
      p.records.get(i % shards).add(all.get(i));
    }
    // the first record again at the end of the last file and twice in the first: a later file
    // and a later line both lose to the first occurrence
    p.records.get(shards - 1).add(all.get(0));
    p.records.get(0).add(all.get(0));
    p.write("ho-so-2024-phan-%d.csv");
    return p;
  }

  /** A JSON Lines export in {@code shards} files, Vietnamese keys, with bad and repeated rows. */
  static Parity jsonLines(Path dir, long seed, int rows, int shards) throws IOException {
    Parity p = new Parity(dir, dir.resolve("ho-so-*.jsonl").toString(), null, true);
    String[] agencies = {"Sở Xây dựng", "Sở Tư pháp", "UBND huyện Đồng Phú"};
    String[] channels = {"Trực tiếp", "Trực tuyến", "Bưu chính công ích"};
    SplittableRandom r = new SplittableRandom(seed);
    for (int s = 0; s < shards; s++) {
      p.records.add(new ArrayList<>());
    }
    for (int i = 0; i < rows; i++) {
      int id = i % 97 == 13 ? i - 5 : i; // a repeated id, often in another file
      LocalDate received = LocalDate.of(2024, 1, 2).plusDays(r.nextInt(360));
      LocalDate due = received.plusDays(3 + r.nextInt(10));
      String finished =
          r.nextInt(5) == 0
              ? ""
              : ",\"Ngày có kết quả\":\"" + dmy(received.plusDays(r.nextInt(15))) + " 10:00\"";
      String line =
          "{\"Mã hồ sơ\":\"H10.30-"
              + String.format("%07d", id)
              + "\",\"Mã thủ tục\":\"2.000123\",\"Cơ quan giải quyết\":\""
              + agencies[r.nextInt(agencies.length)]
              + "\",\"Hình thức nộp\":\""
              + (i % 89 == 7 ? "Fax" : channels[r.nextInt(channels.length)])
              + "\",\"Ngày tiếp nhận\":\""
              + dmy(received)
              + " 08:30\",\"Ngày hẹn trả\":\""
              + dmy(due)
              + " 17:00\""
              + finished
              + "}";
      if (i % 101 == 50) {
        line = line.substring(0, line.length() / 2); // malformed JSON
      }
      p.records.get(i % shards).add(i % 113 == 3 ? "" : line);
    }
    p.write("ho-so-2024-phan-%d.jsonl");
    return p;
  }

  private static String dmy(LocalDate d) {
    return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  private void write(String name) throws IOException {
    for (int s = 0; s < records.size(); s++) {
      Path f = dir.resolve(String.format(name, s));
      StringBuilder sb = new StringBuilder();
      if (header != null) {
        sb.append(header).append("\r\n");
      }
      for (String rec : records.get(s)) {
        sb.append(rec).append(json ? "\n" : "\r\n");
      }
      Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
      files.add(f);
    }
  }

  /** What one machine computes: indicators.csv, rejected.csv and the summary line. */
  String[] reference(String by, ReportingPeriod period, LocalDate asOf, Definition def)
      throws IOException {
    Path whole = dir.resolve(json ? "reference.jsonl.txt" : "reference.csv.txt");
    StringBuilder sb = new StringBuilder();
    if (header != null) {
      sb.append(header).append("\n");
    }
    List<long[]> starts = new ArrayList<>(); // {first line of the file in the whole, lines}
    long line = header == null ? 1 : 2;
    for (List<String> recs : records) {
      long first = line;
      for (String rec : recs) {
        sb.append(rec).append("\n");
        line += 1 + rec.chars().filter(c -> c == '\n').count();
      }
      starts.add(new long[] {first});
    }
    Files.writeString(whole, sb.toString(), StandardCharsets.UTF_8);
    TallyScope scope = period == null ? TallyScope.all(asOf) : TallyScope.of(period, asOf);
    TallyAccumulator acc =
        new TallyAccumulator(
            IndicatorsPipeline.grouping(by, IndicatorsPipeline.calendar("calendar")), scope);
    DossierReader reader = DossierReader.defaults().withRejectedLimit(Integer.MAX_VALUE);
    ReadReport report =
        json ? reader.readJsonLines(whole, acc::add) : reader.readCsv(whole, acc::add);
    List<RejectedRow> mapped = new ArrayList<>();
    for (RejectedRow r : report.rejected()) {
      int f = starts.size() - 1;
      while (starts.get(f)[0] > r.line()) {
        f--;
      }
      long fileLine = r.line() - starts.get(f)[0] + (header == null ? 1 : 2);
      mapped.add(
          new RejectedRow(
              files.get(f).getFileName().toString(),
              fileLine,
              r.column().orElse(null),
              r.reason()));
    }
    assertThat(mapped).hasSize((int) report.rejectedCount());
    return new String[] {
      IndicatorsPipeline.indicatorsCsv(acc.toTally(), def, by.equals("all")),
      IndicatorsPipeline.rejectedCsv(mapped),
      report.summary()
    };
  }

  /** Runs the pipeline's main entry with {@code args} and the output directory; returns stderr. */
  static String[] run(Path out, String... args) throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all =
        Stream.concat(Stream.of(args), Stream.of("--output=" + out)).toArray(String[]::new);
    int code = IndicatorsPipeline.run(all, new PrintStream(err, true, StandardCharsets.UTF_8));
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertThat(code).as(stderr).isZero();
    return new String[] {
      Files.readString(out.resolve("indicators.csv"), StandardCharsets.UTF_8),
      Files.readString(out.resolve("rejected.csv"), StandardCharsets.UTF_8),
      stderr.strip()
    };
  }

  /** Asserts the pipeline's files and summary equal the reference. */
  static void assertSame(String[] actual, String[] expected) {
    assertThat(actual[1]).isEqualTo(expected[1]);
    assertThat(actual[0]).isEqualTo(expected[0]);
    assertThat(actual[2]).isEqualTo(expected[2]);
  }
}
