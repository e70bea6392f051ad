package io.github.cchc.beam;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A deterministic dossier export of one province for 2024 in the default Vietnamese shape (";",
 * BOM): the same seed and size give the same records. Rows are mostly good, with pauses for
 * supplements, open dossiers, withdrawn and refused ones, a procedure name with a ";" (quoted) and
 * one with a line break (a record over two lines), and deliberately bad rows every few hundred: a
 * malformed date, a finish before the receipt, a missing field, an unknown channel, a duplicate id.
 */
public final class SampleExport {
  /** The header line, with the BOM. */
  public static final String HEADER =
      "\uFEFFMã hồ sơ;Mã thủ tục;Tên thủ tục;Cơ quan giải quyết;Hình thức nộp;Mức độ dịch vụ công;"
          + "Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Trạng thái;Tạm dừng;Thanh toán trực tuyến;"
          + "Số hóa hồ sơ;Số hóa kết quả";

  private static final String[][] PROCEDURES = {
    {"1.001234", "Cấp giấy phép xây dựng"},
    {"2.000123", "Đăng ký khai sinh"},
    {"1.009994", "Cấp Giấy chứng nhận quyền sử dụng đất"},
    {"2.001023", "Chứng thực bản sao từ bản chính"},
    {"1.000893", "\"Đăng ký kết hôn; có yếu tố nước ngoài\""},
    {"2.002189", "\"Cấp phiếu lý lịch tư pháp\n(số 2)\""},
  };
  private static final String[] AGENCIES = {
    "Sở Xây dựng",
    "Sở Tư pháp",
    "Sở Tài nguyên và Môi trường",
    "UBND huyện Đồng Phú",
    "UBND xã Tân Lập",
  };
  private static final String[] CHANNELS = {"Trực tiếp", "Trực tuyến", "Bưu chính công ích"};
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private SampleExport() {}

  /**
   * Returns the data records (without the header), in file order.
   *
   * @param seed the seed
   * @param rows how many records
   * @return the records; one may hold a line break inside quotes
   */
  public static List<String> records(long seed, int rows) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      out.add(record(r, i, out));
    }
    return out;
  }

  private static String record(SplittableRandom r, int i, List<String> earlier) {
    String[] p = PROCEDURES[r.nextInt(PROCEDURES.length)];
    int agency = r.nextInt(AGENCIES.length);
    String id = "H10." + (agency + 10) + "-" + String.format("%07d", i);
    int channel = r.nextInt(10) < 4 ? 1 : r.nextInt(10) < 9 ? 0 : 2;
    String level = channel == 1 ? (r.nextInt(10) < 7 ? "Toàn trình" : "Một phần") : "";
    LocalDateTime received =
        LocalDateTime.of(2024, 1, 1, 7, 30).plusDays(r.nextInt(366)).plusMinutes(r.nextInt(540));
    LocalDateTime due = received.toLocalDate().plusDays(3 + r.nextInt(12)).atTime(17, 0);
    int fate = r.nextInt(100);
    String finished = "";
    String status = "";
    String pauses = "";
    if (fate < 80) {
      LocalDateTime f = received.plusHours(4 + r.nextInt(24 * 16));
      finished = DMY.format(f);
      if (r.nextInt(10) == 0 && f.isAfter(received.plusHours(30))) {
        pauses = DMY.format(received.plusHours(2)) + " - " + DMY.format(received.plusHours(26));
      }
    } else if (fate < 84) {
      finished = DMY.format(received.plusDays(1));
      status = fate < 82 ? "Rút hồ sơ" : "Từ chối";
    } else if (fate < 88) {
      pauses = DMY.format(received.plusHours(3)) + " - ";
    }
    String pay = r.nextInt(3) == 0 ? "Không áp dụng" : r.nextInt(10) < 8 ? "Có" : "Không";
    String inputDigitised = r.nextInt(10) < 7 ? "Có" : "Không";
    String resultDigitised = finished.isEmpty() ? "" : r.nextInt(10) < 6 ? "Có" : "Không";
    String receivedText = DMY.format(received);
    String channelText = CHANNELS[channel];
    if (i % 211 == 17) {
      receivedText = "31/02/2024 08:15";
    } else if (i % 223 == 31 && !finished.isEmpty()) {
      finished = DMY.format(received.minusDays(2));
      status = "";
    } else if (i % 227 == 43) {
      channelText = "Fax";
    } else if (i % 229 == 59 && i > 0) {
      return earlier.get(i - 1 - r.nextInt(Math.min(i, 20)));
    }
    String rec =
        String.join(
            ";",
            id,
            p[0],
            p[1],
            AGENCIES[agency],
            channelText,
            level,
            receivedText,
            DMY.format(due),
            finished,
            status,
            pauses,
            pay,
            inputDigitised,
            resultDigitised);
    if (i % 233 == 71) {
      rec = rec.substring(0, rec.lastIndexOf(';'));
    }
    return rec;
  }

  /**
   * Writes the export as one file.
   *
   * @param file the file
   * @param records the records
   * @throws IOException if it cannot be written
   */
  public static void write(Path file, List<String> records) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write("\r\n");
      for (String rec : records) {
        w.write(rec);
        w.write("\r\n");
      }
    }
  }

  /**
   * Writes the records shuffled into {@code shards} files, each with the header: a record goes to
   * the shard of its id (so duplicates stay in one file, as in an export partitioned by dossier).
   *
   * @param dir the directory
   * @param prefix the files' prefix
   * @param records the records
   * @param shards how many files
   * @param seed the seed of the shuffle
   * @return the files
   * @throws IOException if they cannot be written
   */
  public static List<Path> writeShuffledShards(
      Path dir, String prefix, List<String> records, int shards, long seed) throws IOException {
    List<String> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));
    List<List<String>> parts = new ArrayList<>();
    for (int s = 0; s < shards; s++) {
      parts.add(new ArrayList<>());
    }
    for (String rec : shuffled) {
      String id = rec.substring(0, rec.indexOf(';'));
      parts.get(Math.floorMod(id.hashCode(), shards)).add(rec);
    }
    List<Path> files = new ArrayList<>();
    for (int s = 0; s < shards; s++) {
      Path f = dir.resolve(String.format("%s-%05d-of-%05d.csv", prefix, s, shards));
      write(f, parts.get(s));
      files.add(f);
    }
    return files;
  }
}
