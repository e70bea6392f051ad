package io.github.cchc.examples.data;

import io.github.cchc.examples.data.Catalogue.OnlineLevel;
import io.github.cchc.examples.data.Catalogue.Procedure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Writes a synthetic dossier export of one province for 2024, deterministically: the same seed and
 * row count give the same bytes on every machine and JDK.
 *
 * <p>The export has the columns of a one-stop-shop system's export: {@value #HEADER}. Dates are
 * {@code dd/MM/yyyy HH:mm}; "Tạm dừng" holds a supplement pause as {@code start - end}; "Ngày hẹn
 * trả" is the original appointment (a pause does not move it); a dossier is on time, early or late
 * whether or not a reader subtracts the pause. Province-wide, about 97,6% of finished dossiers are
 * on time (misses "Trên 98%"), 34% are submitted online through a fully-online service (meets "tối
 * thiểu 30%"), 88% of the dossiers with a fee are paid online (misses "100%") and 60% of the
 * results are digitised (meets "tối thiểu 50%"). Twelve rows (when {@code rows >= 1000}) are
 * deliberately bad: three malformed receipt dates, three finish-before-receipt, three duplicate ids
 * and three unknown channels.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("dossiers-2024.csv"))) {
 *   GenerationSummary summary = DossierGenerator.withSeed(DossierGenerator.DEFAULT_SEED)
 *       .write(1_000_000, out);
 *   System.out.println(summary.onTime() + " of " + summary.finished() + " on time");
 * }
 * }</pre>
 */
public final class DossierGenerator {
  /** The seed of the shipped sample. */
  public static final long DEFAULT_SEED = 20_240_101L;

  /** The row count of the shipped sample. */
  public static final int DEFAULT_ROWS = 1_000_000;

  /** The CSV header line (without the line end). */
  public static final String HEADER =
      "Mã hồ sơ,Mã thủ tục,Tên thủ tục,Cơ quan giải quyết,Hình thức nộp,Mức độ dịch vụ công,"
          + "Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Thanh toán trực tuyến,Số hóa kết quả,"
          + "Trạng thái,Tạm dừng";

  /** Number of deliberately bad rows in an export of at least 1 000 rows. */
  public static final int BAD_ROWS = 12;

  static final Catalogue.Calibration TARGET = new Catalogue.Calibration(0.976, 0.345, 0.88, 0.60);

  private static final int CHANNEL_DIRECT = 0;
  private static final int CHANNEL_ONLINE = 1;
  private static final int CHANNEL_POSTAL = 2;
  private static final byte[][] CHANNEL = {
    utf8("Trực tiếp"), utf8("Trực tuyến"), utf8("Bưu chính công ích")
  };
  private static final byte[][] BAD_CHANNEL = {utf8("Fax"), utf8("Thư điện tử"), utf8("Zalo")};
  private static final byte[][] BAD_DATE = {
    utf8("31/02/2024 08:15"), utf8("15/13/2024 09:40"), utf8("12/03/2024 8h30")
  };
  private static final byte[] FULL = utf8("Toàn trình");
  private static final byte[] PARTIAL = utf8("Một phần");
  private static final byte[] YES = utf8("Có");
  private static final byte[] NO = utf8("Không");
  private static final byte[] NOT_APPLICABLE = utf8("Không áp dụng");
  private static final byte[] DONE = utf8("Đã trả kết quả");
  private static final byte[] PAUSE_SEPARATOR = utf8(" - ");
  private static final byte[] OPEN = utf8("Đang giải quyết");
  private static final int CLOSE = 17 * 60;

  private final long seed;
  private final Catalogue catalogue;
  private final OfficeCalendar calendar = new OfficeCalendar();
  private final byte[][] procedureCode;
  private final byte[][] procedureName;
  private final byte[][] agencyName;
  private final byte[][] agencyIdPrefix;
  private final byte[][] idDate;
  private final byte[][] minuteText;
  private final int cutoffDay;

  private DossierGenerator(long seed) {
    this.seed = seed;
    this.catalogue = new Catalogue(new SplitMix64(seed ^ 0x5DEECE66DL), TARGET);
    int p = catalogue.procedures.size();
    procedureCode = new byte[p][];
    procedureName = new byte[p][];
    for (int i = 0; i < p; i++) {
      procedureCode[i] = utf8(catalogue.procedures.get(i).code());
      procedureName[i] = csvField(catalogue.procedures.get(i).name());
    }
    int a = catalogue.agencies.size();
    agencyName = new byte[a][];
    agencyIdPrefix = new byte[a][];
    for (int i = 0; i < a; i++) {
      agencyName[i] = csvField(catalogue.agencies.get(i).name());
      agencyIdPrefix[i] = utf8(String.format("H10.%02d-", i + 1));
    }
    int days = calendar.dateText.length;
    idDate = new byte[days][];
    for (int d = 0; d < days; d++) {
      LocalDate date = OfficeCalendar.FIRST.plusDays(d);
      idDate[d] =
          utf8(
              String.format(
                  "%02d%02d%02d-",
                  date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth()));
    }
    minuteText = new byte[24 * 60][];
    for (int m = 0; m < minuteText.length; m++) {
      minuteText[m] = utf8(String.format("%02d:%02d", m / 60, m % 60));
    }
    cutoffDay = (int) ChronoUnit.DAYS.between(OfficeCalendar.FIRST, LocalDate.of(2024, 12, 31));
  }

  /**
   * A generator for the given seed.
   *
   * @param seed the seed; {@link #DEFAULT_SEED} for the shipped sample
   * @return the generator
   */
  public static DossierGenerator withSeed(long seed) {
    return new DossierGenerator(seed);
  }

  /**
   * Number of procedures in the catalogue.
   *
   * @return the number of distinct procedure codes
   */
  public int procedureCount() {
    return catalogue.procedures.size();
  }

  /**
   * Number of agencies in the catalogue.
   *
   * @return the number of agencies ("Cơ quan giải quyết")
   */
  public int agencyCount() {
    return catalogue.agencies.size();
  }

  /**
   * Writes the header and {@code rows} dossier rows, received on the working days of 2024 in
   * chronological order, as UTF-8 CSV with {@code \n} line ends. The stream is flushed, not closed.
   *
   * @param rows the number of data rows, at least 1
   * @param out where the bytes go
   * @return what was written: the true counts, from which every indicator follows
   * @throws IOException if writing fails
   */
  public GenerationSummary write(int rows, OutputStream out) throws IOException {
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1: " + rows);
    }
    try {
      return writeRows(rows, out);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private GenerationSummary writeRows(int rows, OutputStream out) throws IOException {
    SplitMix64 random = new SplitMix64(seed);
    ByteSink sink = new ByteSink(out);
    sink.write(utf8(HEADER));
    sink.newLine();
    GenerationSummary.Counter counter = new GenerationSummary.Counter(catalogue.agencies);
    int[] badKind = badRows(rows);

    int days2024 = calendar.workingDaysOf2024();
    long[] cumulative = new long[days2024];
    long total = 0;
    for (int w = 0; w < days2024; w++) {
      total += dayWeight(calendar.day(w));
      cumulative[w] = total;
    }
    int row = 0;
    int agencies = catalogue.agencies.size();
    int[] seq = new int[agencies];
    byte[] lastId = new byte[0];
    for (int w = 0; w < days2024; w++) {
      int upTo = (int) (rows * cumulative[w] / total);
      int count = upTo - row;
      Arrays.fill(seq, 0);
      long[] keys = new long[count];
      int[] agency = new int[count];
      int[] procedure = new int[count];
      int[] channel = new int[count];
      for (int i = 0; i < count; i++) {
        int a = pick(catalogue.agencyCumulative, random.nextDouble());
        int p = catalogue.procedureIndex[a][pick(catalogue.procedureCumulative[a], random)];
        OnlineLevel level = catalogue.procedures.get(p).level();
        boolean online =
            level == OnlineLevel.FULL
                ? random.chance(catalogue.onlineFullP[a])
                : level == OnlineLevel.PARTIAL && random.chance(0.35);
        int c = online ? CHANNEL_ONLINE : random.chance(0.04) ? CHANNEL_POSTAL : CHANNEL_DIRECT;
        int minute = online ? random.between(6 * 60, 23 * 60 - 1) : random.between(450, CLOSE - 1);
        agency[i] = a;
        procedure[i] = p;
        channel[i] = c;
        keys[i] = ((long) minute << 32) | i;
      }
      Arrays.sort(keys);
      for (long key : keys) {
        int i = (int) key;
        int minute = (int) (key >>> 32);
        int kind = badKind[row];
        lastId =
            writeRow(
                sink,
                random,
                counter,
                w,
                minute,
                agency[i],
                procedure[i],
                channel[i],
                seq,
                kind,
                lastId);
        row++;
      }
    }
    sink.flush();
    return counter.summary(rows, seed);
  }

  private byte[] writeRow(
      ByteSink sink,
      SplitMix64 random,
      GenerationSummary.Counter counter,
      int receiptPos,
      int minute,
      int a,
      int p,
      int channel,
      int[] seq,
      int badKind,
      byte[] lastId) {
    Procedure procedure = catalogue.procedures.get(p);
    int receiptDay = calendar.day(receiptPos);
    int basePos = minute >= CLOSE ? receiptPos + 1 : receiptPos;
    int n = procedure.workingDays();
    int duePos = basePos + n;

    // Outcome: late, on the due day, or early.
    int outcome; // 0 early, 1 due day, 2 late
    if (random.chance(catalogue.lateP[a])) {
      outcome = 2;
    } else if (random.chance(0.13)) {
      outcome = 1;
    } else {
      outcome = 0;
    }
    int pause = n >= 5 && random.chance(0.08) ? random.between(1, 3) : 0;
    int finishPos;
    int finishMinute = random.between(450, CLOSE - 1);
    if (outcome == 2) {
      int late = 1;
      while (late < 12 && random.chance(0.45)) {
        late++;
      }
      finishPos = duePos + late + pause;
    } else if (outcome == 1) {
      finishPos = duePos;
    } else if (duePos - 1 >= basePos + 1) {
      finishPos = random.between(basePos + 1, duePos - 1);
    } else if (minute + 200 < CLOSE) {
      finishPos = receiptPos;
      finishMinute = minute + random.between(30, 180);
    } else {
      finishPos = duePos;
      outcome = 1;
    }
    if (pause > 0 && outcome != 2 && receiptPos + 1 + pause >= finishPos) {
      pause = 0;
    }
    int finishDay = calendar.day(finishPos);
    boolean finished =
        finishPos < calendar.workingDays.length
            && finishDay <= cutoffDay
            && !(receiptDay < 305 && random.chance(0.002));
    boolean paidApplicable = procedure.fee();
    boolean paid = paidApplicable && random.chance(catalogue.payP[a]);
    boolean digitised = finished && random.chance(catalogue.digitisedP[a]);
    int pauseStartMinute = random.between(480, 960);
    int pauseEndMinute = random.between(480, 960);

    // Mã hồ sơ
    seq[a]++;
    byte[] id;
    if (badKind == 3) {
      id = lastId;
    } else {
      id = concat(agencyIdPrefix[a], idDate[receiptDay], seqText(seq[a]));
    }
    sink.write(id);
    sink.comma();
    sink.write(procedureCode[p]);
    sink.comma();
    sink.write(procedureName[p]);
    sink.comma();
    sink.write(agencyName[a]);
    sink.comma();
    sink.write(badKind == 4 ? BAD_CHANNEL[badVariant(row(counter))] : CHANNEL[channel]);
    sink.comma();
    if (channel == CHANNEL_ONLINE) {
      sink.write(procedure.level() == OnlineLevel.FULL ? FULL : PARTIAL);
    }
    sink.comma();
    if (badKind == 1) {
      sink.write(BAD_DATE[badVariant(row(counter))]);
    } else {
      dateTime(sink, receiptDay, minute);
    }
    sink.comma();
    dateTime(sink, calendar.day(duePos), CLOSE);
    sink.comma();
    if (badKind == 2) {
      finished = true;
      dateTime(sink, calendar.day(Math.max(0, receiptPos - 2)), finishMinute);
    } else if (finished) {
      dateTime(sink, finishDay, finishMinute);
    }
    sink.comma();
    sink.write(paidApplicable ? (paid ? YES : NO) : NOT_APPLICABLE);
    sink.comma();
    sink.write(digitised ? YES : NO);
    sink.comma();
    sink.write(finished ? DONE : OPEN);
    sink.comma();
    boolean pauseShown = pause > 0 && (finished || receiptPos + 1 + pause < finishPos);
    if (pauseShown) {
      dateTime(sink, calendar.day(receiptPos + 1), pauseStartMinute);
      sink.write(PAUSE_SEPARATOR);
      dateTime(sink, calendar.day(receiptPos + 1 + pause), pauseEndMinute);
    }
    sink.newLine();

    if (badKind == 0) {
      counter.add(
          a,
          channel == CHANNEL_ONLINE && procedure.level() == OnlineLevel.FULL,
          finished,
          outcome,
          paidApplicable,
          paid,
          digitised,
          pauseShown);
    } else {
      counter.bad();
    }
    return id;
  }

  private static int row(GenerationSummary.Counter counter) {
    return counter.badSoFar();
  }

  private static int badVariant(int badSoFar) {
    return (badSoFar / 4) % 3;
  }

  /** Row index -> 0 (good) or 1..4 (malformed date, finish before receipt, duplicate, channel). */
  private static int[] badRows(int rows) {
    int[] kind = new int[rows];
    if (rows >= 1000) {
      for (int k = 0; k < BAD_ROWS; k++) {
        int index = (int) ((long) (k + 1) * rows / (BAD_ROWS + 1));
        kind[index] = k % 4 + 1;
      }
    }
    return kind;
  }

  /** Mondays are busier, Fridays quieter, December busier (year-end rush). */
  private static long dayWeight(int day) {
    LocalDate date = OfficeCalendar.FIRST.plusDays(day);
    long weight =
        switch (date.getDayOfWeek()) {
          case MONDAY -> 115;
          case FRIDAY -> 95;
          case SATURDAY -> 60;
          default -> 100;
        };
    return date.getMonthValue() == 12 ? weight * 110 / 100 : weight;
  }

  private static int pick(double[] cumulative, double u) {
    double x = u * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, x);
    i = i >= 0 ? i + 1 : -i - 1;
    return Math.min(i, cumulative.length - 1);
  }

  private static int pick(double[] cumulative, SplitMix64 random) {
    return pick(cumulative, random.nextDouble());
  }

  private void dateTime(ByteSink sink, int day, int minute) {
    sink.write(calendar.dateText[day]);
    sink.write(minuteText[minute]);
  }

  private static final byte[][] SEQ = new byte[10_000][];

  static {
    for (int i = 0; i < SEQ.length; i++) {
      SEQ[i] = utf8(String.format("%04d", i));
    }
  }

  private static byte[] seqText(int seq) {
    return seq < SEQ.length ? SEQ[seq] : utf8(Integer.toString(seq));
  }

  private static byte[] concat(byte[] a, byte[] b, byte[] c) {
    byte[] r = Arrays.copyOf(a, a.length + b.length + c.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    System.arraycopy(c, 0, r, a.length + b.length, c.length);
    return r;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A CSV field: quoted when it holds a comma, a quote or a line break. */
  static byte[] csvField(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return utf8(s);
    }
    return utf8('"' + s.replace("\"", "\"\"") + '"');
  }

  /** A small unsynchronised buffer in front of the output stream. */
  private static final class ByteSink {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;

    ByteSink(OutputStream out) {
      this.out = out;
    }

    void write(byte[] bytes) {
      if (size + bytes.length > buffer.length) {
        drain();
      }
      System.arraycopy(bytes, 0, buffer, size, bytes.length);
      size += bytes.length;
    }

    void comma() {
      if (size == buffer.length) {
        drain();
      }
      buffer[size++] = ',';
    }

    void newLine() {
      if (size == buffer.length) {
        drain();
      }
      buffer[size++] = '\n';
    }

    private void drain() {
      try {
        out.write(buffer, 0, size);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      size = 0;
    }

    void flush() throws IOException {
      try {
        drain();
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
      out.flush();
    }
  }
}
