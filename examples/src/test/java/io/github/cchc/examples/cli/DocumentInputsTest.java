package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents people have, through the CLI: a Chỉ thị and a news page read by {@code cchc plan}
 * (header, what it is, empty plan parts), goals told from results by {@code cchc targets}, an old
 * Word {@code .doc} and a PDF without text. The texts are excerpts of real public documents.
 */
class DocumentInputsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** Chỉ thị 18/CT-UBND ngày 29/12/2025 of Huế, as a web copy flattens its header table. */
  private static final String CHI_THI =
      "ỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n|\nSố: 18/CT-UBND |\n"
          + "Huế, ngày 29 tháng 12 năm 2025 |\nCHỈ THỊ\nTĂNG CƯỜNG KỶ CƯƠNG, KỶ LUẬT HÀNH CHÍNH;"
          + " NÂNG CAO HIỆU QUẢ, HIỆU LỰC HOẠT ĐỘNG BỘ MÁY QUẢN LÝ NHÀ NƯỚC TRÊN ĐỊA BÀN THÀNH"
          + " PHỐ\nThành phố Huế chính thức trở thành thành phố trực thuộc Trung ương từ ngày"
          + " 01/01/2025.\n";

  @Test
  void aChiThiIsReadWithItsHeaderAndSaidNotToBeAPlan(@TempDir Path tmp) throws Exception {
    Path f = Files.writeString(tmp.resolve("ct.txt"), CHI_THI);
    assertThat(run("plan", f.toString())).as(err.toString()).isEqualTo(Cchc.OK);
    JsonNode n = new ObjectMapper().readTree(out.toString());
    assertThat(n.get("documentType").asText()).isEqualTo("Chỉ thị");
    assertThat(n.get("numberSymbol").asText()).isEqualTo("18/CT-UBND");
    assertThat(n.get("place").asText()).isEqualTo("Huế");
    assertThat(n.get("date").asText()).isEqualTo("2025-12-29");
    assertThat(n.get("title").asText()).startsWith("TĂNG CƯỜNG KỶ CƯƠNG").endsWith("THÀNH PHỐ");
    assertThat(n.get("plan").asBoolean()).isFalse();
    assertThat(n.get("notAPlan").asText()).isEqualTo("the document is a Chỉ thị, not a Kế hoạch");
    assertThat(n.get("tasks")).isEmpty();
    assertThat(n.get("sections")).isEmpty();
  }

  @Test
  void resultsOfANewsPageAreNotTargets(@TempDir Path tmp) throws Exception {
    // baomoi.net.vn on the PAR INDEX 2024 (words of the article, shortened)
    Path f =
        Files.writeString(
            tmp.resolve("news.txt"),
            "Hai tỉnh nào có chỉ số cải cách hành chính cao nhất?\nGiá trị trung bình toàn quốc"
                + " đạt mức cao kỷ lục 88,37%, tăng 1,39% so với năm trước. Cụ thể, có 53 địa"
                + " phương ghi nhận mức tăng chỉ số so với năm 2023, trong đó, tỉnh Bình Thuận"
                + " tăng mạnh nhất với 6,39%.\n");
    assertThat(run("targets", f.toString())).as(err.toString()).isEqualTo(Cchc.OK);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aSavedNewsPageGivesTheHeadlineAndDateItsMarkupMarksAndItsGoals(@TempDir Path tmp)
      throws Exception {
    // the words of the baogialai.com.vn article below, in a page laid out as news sites lay theirs
    // out (the date is the page's markup, made for the test): the site's banner over the headline,
    // whose copied text gave titles such as "THEO DÕI BÁO GIA LAI TRÊN GOOGLE NEWS", is markup
    // the page marks as navigation
    Path f =
        Files.writeString(
            tmp.resolve("bao-gia-lai.htm"),
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>Phấn đấu chỉ số chuyển đổi số trong nhóm 30/63 tỉnh, thành phố | Báo Gia"
                + " Lai</title><meta property=\"article:published_time\""
                + " content=\"2023-04-20T07:15:00+07:00\"><script>var x = '99%';</script></head>"
                + "<body><nav><a href=\"/\">THEO DÕI BÁO GIA LAI TRÊN GOOGLE NEWS</a></nav>"
                + "<article><h1>Phấn đấu chỉ số chuyển đổi số trong nhóm 30/63 tỉnh, thành phố</h1>"
                + "<p>Về phát triển xã hội số, phấn đấu tỷ lệ dân số có điện thoại thông minh đạt"
                + " 85%; hạ tầng mạng băng rộng cáp quang phủ đạt 75% hộ gia đình, 100% đơn vị cấp"
                + " xã.</p></article><footer>Giấy phép số 25/GP-BTTTT</footer></body></html>");
    assertThat(run("plan", f.toString())).as(err.toString()).isEqualTo(Cchc.OK);
    JsonNode n = new ObjectMapper().readTree(out.toString());
    assertThat(n.get("article").asBoolean()).isTrue();
    assertThat(n.get("title").asText())
        .isEqualTo("Phấn đấu chỉ số chuyển đổi số trong nhóm 30/63 tỉnh, thành phố");
    assertThat(n.get("publishedOn").asText()).isEqualTo("2023-04-20");
    out.getBuffer().setLength(0);
    assertThat(run("targets", f.toString())).as(err.toString()).isEqualTo(Cchc.OK);
    assertThat(out.toString()).contains("\"value\":\"85\"").doesNotContain("\"value\":\"99\"");
    out.getBuffer().setLength(0);
    assertThat(run("citations", f.toString())).as(err.toString()).isEqualTo(Cchc.OK);
    assertThat(out.toString()).doesNotContain("25/GP-BTTTT");
  }

  @Test
  void goalsOfANewsPageAreTargets(@TempDir Path tmp) throws Exception {
    // baogialai.com.vn, April 2023, on the province's digital transformation plan
    Path f =
        Files.writeString(
            tmp.resolve("news.txt"),
            "Phấn đấu chỉ số chuyển đổi số trong nhóm 30/63 tỉnh, thành phố\nVề phát triển xã"
                + " hội số, phấn đấu tỷ lệ dân số có điện thoại thông minh đạt 85%; hạ tầng mạng"
                + " băng rộng cáp quang phủ đạt 75% hộ gia đình, 100% đơn vị cấp xã.\n");
    assertThat(run("targets", f.toString())).as(err.toString()).isEqualTo(Cchc.OK);
    assertThat(out.toString().lines().toList())
        .hasSize(4)
        .anySatisfy(
            l -> assertThat(l).contains("\"comparator\":\"RANK_WITHIN\"", "\"value\":\"30\""))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains(
                        "\"subject\":\"đơn vị cấp xã\"",
                        "\"comparator\":\"EQ\"",
                        "\"value\":\"100\""))
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains(
                        "\"comparator\":\"GE\"",
                        "\"value\":\"85\"",
                        "\"subject\":\"tỷ lệ dân số có điện thoại thông minh\""));
  }

  @Test
  void citationsOfAnOldWordDoc(@TempDir Path tmp) throws Exception {
    Path doc = tmp.resolve("seed-001.doc");
    try (InputStream in =
        getClass().getResourceAsStream("/formats/seed-001-binh-phuoc-cchc-2024-article.doc")) {
      Files.copy(in, doc);
    }
    assertThat(run("citations", doc.toString())).as(err.toString()).isEqualTo(Cchc.OK);
    String fromDoc = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("citations", "data/plans/seed-001-binh-phuoc-cchc-2024-article.txt"))
        .isEqualTo(Cchc.OK);
    assertThat(fromDoc).isNotBlank().isEqualTo(out.toString());
  }

  @Test
  void aPdfWithoutTextIsRejectedSayingSo(@TempDir Path tmp) throws Exception {
    Path scan = tmp.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.save(scan.toFile());
    }
    assertThat(run("plan", scan.toString())).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString())
        .contains("scan.pdf: file: a PDF without a text layer (1 page of images, a scan?)")
        .doesNotContain("Exception");
  }
}
