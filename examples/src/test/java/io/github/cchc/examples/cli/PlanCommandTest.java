package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private JsonNode plan(String file) throws Exception {
    int code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), "plan", file);
    assertThat(code).as(err.toString()).isEqualTo(Cchc.OK);
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void signedPlan() throws Exception {
    JsonNode p = plan("data/plans/seed-000-sngv-binh-phuoc-24-kh-2024.txt");
    assertThat(p.get("article").asBoolean()).isFalse();
    assertThat(p.get("documentType").asText()).isEqualTo("Kế hoạch");
    assertThat(p.get("numberSymbol").asText()).isEqualTo("24/KH-SNgV");
    assertThat(p.get("place").asText()).isEqualTo("Bình Phước");
    assertThat(p.get("date").asText()).isEqualTo("2024-02-22");
    assertThat(p.get("title").asText())
        .isEqualTo("Thực hiện các chỉ tiêu phấn đấu nâng cao chỉ số cải cách hành chính năm 2024");
    assertThat(p.get("signature").get("title").asText()).isEqualTo("GIÁM ĐỐC");
    assertThat(p.get("signature").get("name").asText()).isEqualTo("Phạm Thị Anh Thư");
    assertThat(p.get("signature").get("authority").isNull()).isTrue();
    assertThat(p.get("recipients").toString())
        .isEqualTo("[\"Sở Nội vụ\",\"Ban Giám đốc\",\"Các phòng NV\"]");
  }

  @Test
  void unsignedDraftHasBlankNumberAndPartialDate() throws Exception {
    JsonNode p = plan("data/plans/seed-004-sngv-kien-giang-draft-2024.txt");
    assertThat(p.get("numberSymbol").asText()).isEqualTo("/KH-SNgV");
    assertThat(p.get("place").asText()).isEqualTo("Kiên Giang");
    assertThat(p.get("date").asText()).isEqualTo("2024-02");
    assertThat(p.get("signature").get("name").isNull()).isTrue();
  }

  @Test
  void deputySignatureAndNoNumberLine() throws Exception {
    JsonNode p = plan("data/plans/seed-002-snn-par-index-sipas-2024.txt");
    assertThat(p.get("numberSymbol").isNull()).isTrue();
    assertThat(p.get("date").isNull()).isTrue();
    assertThat(p.get("signature").get("authority").asText()).isEqualTo("KT.");
    assertThat(p.get("signature").get("onBehalfOf").asText()).isEqualTo("GIÁM ĐỐC");
    assertThat(p.get("signature").get("title").asText()).isEqualTo("PHÓ GIÁM ĐỐC");
  }

  @Test
  void articleIsFlagged() throws Exception {
    JsonNode p = plan("data/plans/seed-003-sngv-tien-giang-2021-article.txt");
    assertThat(p.get("article").asBoolean()).isTrue();
    assertThat(p.get("numberSymbol").asText()).isEqualTo("1368/KH-SNgV");
    assertThat(p.get("publishedOn").asText()).isEqualTo("2021-07-30");
  }

  @Test
  void malformedNumberLineIsRejectedWithOffset(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad.txt");
    Files.writeString(bad, "Số: 24/KH-\n\nKẾ HOẠCH\n");
    int code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), "plan", bad.toString());
    assertThat(code).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString())
        .contains("input rejected")
        .contains("bad.txt:1:11: number line: issuer code expected after '-' in \"Số: 24/KH-\"");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void anUnreadableSignatureIsLeftOutAndTheRestIsRead(@TempDir Path tmp) throws Exception {
    // Công văn 467/CCTTHC of 2010, its signature block with a line after the name, as web copies
    // add "(Đã ký)": the page was refused whole before
    Path cv = tmp.resolve("cv-467.txt");
    Files.writeString(
        cv,
        """
        TỔ CÔNG TÁC CHUYÊN TRÁCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH CỦA THỦ TƯỚNG CHÍNH PHỦ

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập – Tự do – Hạnh phúc

        Số: 467/CCTTHC
        V/v Thực thi các phương án đơn giản hóa những thủ tục hành chính

        Hà Nội, ngày 01 tháng 10 năm 2010

        Kính gửi: UBND các tỉnh, thành phố trực thuộc Trung ương

        Đề nghị gửi báo cáo trước ngày 15 tháng 10 năm 2010./.

        Nơi nhận:- Như trên;
        - Lưu: VT, CCTTHC (5).

        TỔ TRƯỞNG
        BỘ TRƯỞNG, CHỦ NHIỆM VPCP
        Nguyễn Xuân Phúc
        (Đã ký)
        """);
    int code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), "plan", cv.toString());
    assertThat(code).isEqualTo(Cchc.OK);
    JsonNode p = new ObjectMapper().readTree(out.toString());
    assertThat(p.get("numberSymbol").asText()).isEqualTo("467/CCTTHC");
    assertThat(p.get("documentType").asText()).isEqualTo("Công văn");
    assertThat(p.get("unread").get(0).get("part").asText()).isEqualTo("signature");
    assertThat(err.toString())
        .contains("cv-467.txt:21:1: signature: unexpected line in signature in \"(Đã ký)\"")
        .contains("(left out)");
  }
}
