package io.github.cchc.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes a realistic, deterministic dossier export: Vietnamese headers, {@code dd/MM/yyyy HH:mm}
 * dates, about 200 bytes a row, 40 agencies, 300 procedures, a mix of channels, statuses, pauses
 * and payments. The same seed gives the same file.
 */
final class DossierExports {
  static final String HEADER =
      "Mã hồ sơ,Mã thủ tục,Tên thủ tục,Cơ quan giải quyết,Hình thức nộp,Mức độ dịch vụ công,"
          + "Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái,Thanh toán trực tuyến,"
          + "Số hóa hồ sơ,Số hóa kết quả";
  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final String[] PROCEDURE_NAMES = {
    "Cấp giấy phép xây dựng", "Đăng ký khai sinh", "Cấp phiếu lý lịch tư pháp",
    "Đăng ký kinh doanh hộ cá thể", "Chứng thực bản sao từ bản chính", "Cấp đổi giấy phép lái xe"
  };
  private static final String[] AGENCY_PREFIXES = {"Sở", "UBND xã", "UBND phường"};
  private static final String[] AGENCY_NAMES = {
    "Xây dựng", "Tư pháp", "Nội vụ", "Tài chính", "Tân Lập", "Đồng Xoài", "Tân Phú", "Lộc Ninh"
  };

  private DossierExports() {}

  static String agency(int i) {
    return AGENCY_PREFIXES[i % 3] + " " + AGENCY_NAMES[i % 8] + (i >= 24 ? " " + i : "");
  }

  static void write(Path file, int rows, long seed) throws IOException {
    Random r = new Random(seed);
    LocalDateTime start = LocalDateTime.of(2024, 1, 1, 7, 30);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.newLine();
      StringBuilder sb = new StringBuilder(256);
      for (int i = 0; i < rows; i++) {
        sb.setLength(0);
        int proc = r.nextInt(300);
        LocalDateTime received = start.plusMinutes(r.nextInt(366 * 24 * 60));
        LocalDateTime due = received.plusDays(1 + r.nextInt(20));
        int channel = r.nextInt(10);
        int outcome = r.nextInt(100);
        sb.append("H10.").append(proc % 40).append('-').append(i).append(',');
        sb.append("1.00").append(1000 + proc).append(',');
        sb.append(PROCEDURE_NAMES[proc % PROCEDURE_NAMES.length]).append(',');
        sb.append(agency(proc % 40)).append(',');
        sb.append(channel < 5 ? "Trực tiếp" : channel < 9 ? "Trực tuyến" : "Bưu chính công ích");
        sb.append(',');
        sb.append(channel >= 5 && channel < 9 ? (channel < 7 ? "Toàn trình" : "Một phần") : "");
        sb.append(',').append(VN.format(received)).append(',').append(VN.format(due)).append(',');
        if (outcome < 90) {
          LocalDateTime finished = received.plusHours(1 + r.nextInt(24 * 21));
          sb.append(VN.format(finished)).append(",Đã giải quyết,");
        } else if (outcome < 93) {
          sb.append(VN.format(received.plusHours(5))).append(",Rút hồ sơ,");
        } else {
          sb.append(",Đang giải quyết,");
        }
        int pay = r.nextInt(3);
        sb.append(pay == 0 ? "Có" : pay == 1 ? "Không" : "Không áp dụng").append(',');
        sb.append(r.nextBoolean() ? "Có" : "Không").append(',');
        sb.append(r.nextBoolean() ? "Có" : "Không");
        w.append(sb);
        w.newLine();
      }
    }
  }
}
