package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static final String PLAN = "data/plans/seed-001-binh-phuoc-cchc-2024-article.txt";
  private static final String VI =
      "src/test/resources/dossiers/ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void writesOneFilePerFormatAndPrintsThePaths(@TempDir Path dir) throws IOException {
    assertThat(
            run(
                "report",
                "--plan",
                PLAN,
                "--dossiers",
                VI,
                "--period",
                "2024",
                "--as-of",
                "2025-01-10",
                "--format",
                "html,csv,json",
                "--out",
                dir.toString()))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString().lines())
        .containsExactly(
            dir.resolve("bao-cao-2024.html").toString(),
            dir.resolve("bao-cao-2024.csv").toString(),
            dir.resolve("bao-cao-2024.json").toString());
    String html = Files.readString(dir.resolve("bao-cao-2024.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập - Tự do - Hạnh phúc")
        .contains("Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn")
        .contains("75,00%")
        .contains("Không đạt");
    // The exact numerator and denominator (3 of 4 on time) are in the CSV.
    String csv = Files.readString(dir.resolve("bao-cao-2024.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains(",3,4,75,98,Không đạt,");
    assertThat(err.toString()).contains("read 9 rows: 5 accepted, 4 rejected");
  }

  @Test
  void anUnknownFormatIsRejected(@TempDir Path dir) {
    assertThat(
            run(
                "report",
                "--plan",
                PLAN,
                "--dossiers",
                VI,
                "--period",
                "2024",
                "--format",
                "odt",
                "--out",
                dir.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("odt");
  }

  @Test
  void theProfileGivesTheHeadKinhGuiSignatureAndNoiNhan(@TempDir Path dir) throws IOException {
    assertThat(
            run(
                "report",
                "--plan",
                PLAN,
                "--dossiers",
                VI,
                "--period",
                "2024",
                "--as-of",
                "2025-01-10",
                "--format",
                "html",
                "--profile",
                "data/profiles/so-noi-vu-binh-phuoc.json",
                "--out",
                dir.toString()))
        .isEqualTo(Cchc.OK);
    String html = Files.readString(dir.resolve("bao-cao-2024.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("UBND TỈNH BÌNH PHƯỚC")
        .contains("SỞ NỘI VỤ")
        .contains("Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/BC-SNV")
        .contains("Bình Phước, ngày 10 tháng 01 năm 2025")
        .contains("Kính gửi:")
        .contains("KT. GIÁM ĐỐC")
        .contains("Nguyễn Văn A")
        .contains("- Lưu: VT, CCHC.")
        .doesNotContain("CƠ QUAN BÁO CÁO");
  }

  @Test
  void aWrongProfileIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
    Path profile = dir.resolve("p.json");
    Files.writeString(
        profile,
        "{\"issuingBody\": \"SỞ NỘI VỤ\",\n \"symbol\": \"BC SNV\", \"place\": \"Bình Phước\"}",
        StandardCharsets.UTF_8);
    assertThat(
            run(
                "report",
                "--plan",
                PLAN,
                "--dossiers",
                VI,
                "--period",
                "2024",
                "--profile",
                profile.toString(),
                "--out",
                dir.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("--profile " + profile + ":").contains("BC SNV");
    assertThat(err.toString()).doesNotContain("\tat ");
  }
}
