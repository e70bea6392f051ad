package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ObjectMapper json = new ObjectMapper();

  private List<JsonNode> targets(String file) throws Exception {
    int code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), "targets", file);
    assertThat(code).as(err.toString()).isEqualTo(Cchc.OK);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isEmpty()) {
        lines.add(json.readTree(line));
      }
    }
    return lines;
  }

  @Test
  void seed001OneJsonObjectPerTargetPerLineInTheIssueFormat() throws Exception {
    List<JsonNode> t = targets("data/plans/seed-001-binh-phuoc-cchc-2024-article.txt");
    assertThat(t).hasSize(20);
    String onTime =
        out.toString().lines().filter(l -> l.contains("đúng hạn cho người dân")).findFirst().get();
    assertThat(onTime)
        .isEqualTo(
            "{\"text\":\"Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho"
                + " người dân, tổ chức.\",\"subject\":\"hồ sơ TTHC tiếp nhận trong năm được giải"
                + " quyết đúng hạn cho người dân, tổ chức\",\"comparator\":\"GT\",\"value\":\"98\","
                + "\"unit\":\"%\",\"baseYear\":null}");
    JsonNode improve =
        t.stream().filter(n -> n.get("comparator").asText().equals("IMPROVE")).findFirst().get();
    assertThat(improve.get("baseYear").asInt()).isEqualTo(2023);
    assertThat(improve.get("value").isNull()).isTrue();
    assertThat(improve.get("unit").isNull()).isTrue();
    JsonNode rank =
        t.stream()
            .filter(n -> n.get("comparator").asText().equals("RANK_WITHIN"))
            .findFirst()
            .get();
    assertThat(rank.get("value").asText()).isEqualTo("30");
    assertThat(rank.get("unit").asText()).isEqualTo("rank");
    assertThat(t.get(0).fieldNames())
        .toIterable()
        .containsExactly("text", "subject", "comparator", "value", "unit", "baseYear");
  }

  @Test
  void sampleDocxTargetsComeFromTheBodyNotTheAppendix() throws Exception {
    List<JsonNode> t = targets("data/plans/sample-kh-cchc-2024.docx");
    assertThat(t).hasSize(9);
    assertThat(t)
        .extracting(n -> n.get("comparator").asText() + " " + n.get("value").asText())
        .contains("GT 98", "GE 30", "GE 50", "LE 2", "RANK_WITHIN 30");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aPlanWithoutTargetsPrintsNothing() throws Exception {
    assertThat(targets("data/plans/seed-000-sngv-binh-phuoc-24-kh-2024.txt")).isEmpty();
  }

  @Test
  void missingFileIsRejected() {
    int code =
        Cchc.execute(new PrintWriter(out), new PrintWriter(err), "targets", "data/nowhere.txt");
    assertThat(code).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("nowhere.txt");
  }

  /**
   * A file whose content is RTF, named .rtf (the decrees of 2003 of TrizenX/viparse-corpus) or .doc
   * (a district system's "Du Thao Van Ban.doc", hpbaotho/04-quanly-vanban-quanhuyen), was read as
   * UTF-8 text, control words and all, and gave nothing with exit 0; it is refused saying what it
   * is. The first line is that of the district's file; a .txt holding the same is text, as before.
   */
  @Test
  void anRtfFileIsRejectedAsRtfWhateverItsName(@TempDir Path tmp) throws Exception {
    String rtf =
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1033{\\fonttbl{\\f0\\froman\\fcharset0 Times"
            + " New Roman;}}\nQUY\\'ca\\'cd \\'d0\\'cbNH\n}";
    for (String name : new String[] {"2003-A-15.rtf", "Du Thao Van Ban.doc"}) {
      Path file = Files.writeString(tmp.resolve(name), rtf);
      java.io.StringWriter e = new java.io.StringWriter();
      int code =
          Cchc.execute(
              new PrintWriter(new java.io.StringWriter()),
              new PrintWriter(e),
              "targets",
              file.toString());
      assertThat(code).isEqualTo(Cchc.INPUT_REJECTED);
      assertThat(e.toString()).contains(name + ": file: an RTF document (Rich Text Format)");
    }
    Path txt = Files.writeString(tmp.resolve("nguon.txt"), rtf);
    int code =
        Cchc.execute(
            new PrintWriter(new java.io.StringWriter()),
            new PrintWriter(err),
            "targets",
            txt.toString());
    assertThat(code).isEqualTo(Cchc.OK);
  }

  @Test
  void brokenDocxIsRejectedWithFileAndReason(@TempDir Path tmp) throws Exception {
    Path bad = tmp.resolve("bad.docx");
    Files.writeString(bad, "not a zip");
    int code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), "targets", bad.toString());
    assertThat(code).isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("bad.docx: file: not a readable .docx");
  }

  @Test
  void planGrowsTargetsTasksAndSections() throws Exception {
    int code =
        Cchc.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            "plan",
            "data/plans/sample-kh-cchc-2024.docx");
    assertThat(code).as(err.toString()).isEqualTo(Cchc.OK);
    JsonNode p = json.readTree(out.toString());
    assertThat(p.get("numberSymbol").asText()).isEqualTo("15/KH-UBND");
    assertThat(p.get("targets")).hasSize(9);
    assertThat(p.get("targets").get(2).get("indicator").asText()).isEqualTo("on_time");
    assertThat(p.get("tasks")).hasSize(8);
    JsonNode task = p.get("tasks").get(1);
    assertThat(task.get("assignment").get("lead").asText()).isEqualTo("Sở Nội vụ");
    assertThat(task.get("assignment").get("deadline").asText()).isEqualTo("quý III/2024");
    assertThat(task.get("area").asText()).isEqualTo("DIRECTION");
    assertThat(p.get("sections").get(0).get("title").asText()).isEqualTo("MỤC ĐÍCH, YÊU CẦU");
    assertThat(p.get("problems")).hasSize(1);
    assertThat(err.toString())
        .contains("sample-kh-cchc-2024.docx: table 3, row 12: deadline not understood");
  }

  @Test
  void planOfATextPlanHasSectionsAndNoTasks() throws Exception {
    int code =
        Cchc.execute(
            new PrintWriter(out),
            new PrintWriter(err),
            "plan",
            "data/plans/seed-000-sngv-binh-phuoc-24-kh-2024.txt");
    assertThat(code).isEqualTo(Cchc.OK);
    JsonNode p = json.readTree(out.toString());
    assertThat(p.get("tasks")).isEmpty();
    assertThat(p.get("sections").get(0).get("number").asText()).isEqualTo("I");
  }

  /**
   * A Markdown copy (the crawled copy of Kế hoạch 153/KH-UBND of Cần Thơ in tnt305/tai_lieu_noi_bo,
   * its header and one goal, the goal's lines wrapped as the crawler wrote them) is read as a
   * document by {@code plan}, {@code targets} and {@code citations}: no "**" or "*" in the fields.
   */
  @Test
  void aMarkdownCopyIsReadAsADocumentByEachCommand(@TempDir Path tmp) throws Exception {
    Path md = tmp.resolve("kh-153.md");
    Files.writeString(
        md,
        """
        |
        **ỦY BAN NHÂN
        DÂN**
        **THÀNH PHỐ CẦN THƠ**
        --------
        |
        **CỘNG HÒA XÃ
        HỘI CHỦ NGHĨA VIỆT NAM**
        Độc lập - Tự do - Hạnh phúc
        ---------------
        |
        |
        Số: 153/KH-UBND
        |
        *Cần Thơ, ngày
        17 tháng 11 năm 2025*
        |


        **KẾ HOẠCH**

        TRIỂN KHAI, THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN THUỘC
        CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030

        Thực hiện Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an, Ủy ban nhân
        dân thành phố ban hành Kế hoạch triển khai thực hiện với các nội dung như sau:

        **4. Các
        chỉ tiêu cụ thể đến năm 2030**

        c) Trên 80% các đơn vị và
        cán bộ, chiến sĩ lực lượng chuyên trách phòng, chống tội phạm về ma túy thuộc Bộ
        đội Biên phòng được trang bị vũ khí, công cụ hỗ trợ, phương tiện kỹ thuật nghiệp
        vụ hiện đại, đáp ứng yêu cầu nhiệm vụ phòng, chống tội phạm về ma túy.
        """);
    int code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), "plan", md.toString());
    assertThat(code).as(err.toString()).isEqualTo(Cchc.OK);
    JsonNode p = json.readTree(out.toString());
    assertThat(p.get("issuingBody").toString())
        .isEqualTo("[\"ỦY BAN NHÂN DÂN\",\"THÀNH PHỐ CẦN THƠ\"]");
    assertThat(p.get("documentType").asText()).isEqualTo("Kế hoạch");
    assertThat(p.get("numberSymbol").asText()).isEqualTo("153/KH-UBND");
    assertThat(p.get("place").asText()).isEqualTo("Cần Thơ");
    assertThat(p.get("date").asText()).isEqualTo("2025-11-17");
    out.getBuffer().setLength(0);
    List<JsonNode> t = targets(md.toString());
    assertThat(t)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.get("text").asText())
                  .startsWith("c) Trên 80% các đơn vị và cán bộ, chiến sĩ");
              assertThat(n.get("comparator").asText()).isEqualTo("GT");
              assertThat(n.get("value").asText()).isEqualTo("80");
            });
    out.getBuffer().setLength(0);
    code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), "citations", md.toString());
    assertThat(code).as(err.toString()).isEqualTo(Cchc.OK);
    assertThat(out.toString())
        .contains("\"text\":\"Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an\"");
  }

  /**
   * A Markdown copy saved as {@code .txt} (Quyết định 87/2025/QĐ-UBND of Bắc Ninh's header, as the
   * crawler of tnt305/tai_lieu_noi_bo wrote it) is read once, as a document, and each command
   * prints for it what it prints for the same copy saved as {@code .md}; a plain {@code .txt} is
   * read as text, as always.
   */
  @Test
  void aMarkdownTxtIsReadOnceAsItsMdCopyIs(@TempDir Path tmp) throws Exception {
    String copy =
        """
        |
        **ỦY BAN NHÂN
        DÂN **
        TỈNH BẮC NINH
        --------
        |
        **CỘNG HÒA XÃ
        HỘI CHỦ NGHĨA VIỆT NAM**
        Độc lập - Tự do - Hạnh phúc
        ---------------
        |
        |
        Số:
        87/2025/QĐ-UBND
        |
        *Bắc Ninh, ngày
        03 tháng 12 năm 2025*
        |

        **QUYẾT ĐỊNH**

        QUY ĐỊNH VỀ QUẢN LÝ NGƯỜI GIỮ CHỨC DANH, CHỨC VỤ

        *Căn cứ Luật Tổ chức chính
        quyền địa phương số 72/2025/QH15;*

        **Điều 1.** Phấn đấu đến năm 2030 đạt trên 90% doanh nghiệp được kiểm tra.
        """;
    Path md = Files.writeString(tmp.resolve("qd-87.md"), copy);
    Path txt = Files.writeString(tmp.resolve("qd-87.txt"), copy);
    for (String command : List.of("plan", "targets", "citations")) {
      out.getBuffer().setLength(0);
      assertThat(Cchc.execute(new PrintWriter(out), new PrintWriter(err), command, md.toString()))
          .as(err.toString())
          .isEqualTo(Cchc.OK);
      String fromMd = out.toString();
      out.getBuffer().setLength(0);
      assertThat(Cchc.execute(new PrintWriter(out), new PrintWriter(err), command, txt.toString()))
          .as(err.toString())
          .isEqualTo(Cchc.OK);
      assertThat(out.toString()).as(command).isEqualTo(fromMd).doesNotContain("**");
    }
    assertThat(json.readTree(fromPlan(txt)).get("numberSymbol").asText())
        .isEqualTo("87/2025/QĐ-UBND");
  }

  private String fromPlan(Path file) {
    out.getBuffer().setLength(0);
    Cchc.execute(new PrintWriter(out), new PrintWriter(err), "plan", file.toString());
    return out.toString();
  }

  @Test
  void aDocumentThatIsNotAPlanIsReadAndSaidToBeSo(@TempDir Path tmp) throws Exception {
    Path qd = tmp.resolve("qd.txt");
    Files.writeString(
        qd,
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\n\nSố: 2142/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nBan hành Kế hoạch"
            + " cải cách hành chính Nhà nước năm 2024\n");
    int code = Cchc.execute(new PrintWriter(out), new PrintWriter(err), "plan", qd.toString());
    // issue 16: any document of Nghị định 30/2020 is read; only the plan parts are empty
    assertThat(code).isEqualTo(Cchc.OK);
    assertThat(out.toString())
        .containsPattern("\"documentType\" ?: ?\"Quyết định\"")
        .containsPattern("\"numberSymbol\" ?: ?\"2142/QĐ-UBND\"")
        .containsPattern("\"plan\" ?: ?false")
        .containsPattern("\"notAPlan\" ?: ?\"the document is a Quyết định, not a Kế hoạch\"")
        .containsPattern("\"tasks\" ?: ?\\[ ?\\]");
  }

  @Test
  void aHeaderPartThatCannotBeReadIsNamedAndTheTargetsAreRead(@TempDir Path tmp) throws Exception {
    // a plan's real header (Kế hoạch 4233/KH-UBND of Ninh Thuận) with a date line a copy broke
    // ("ngày 32"), and a goal of Thanh Hóa's digital plan
    Path plan = tmp.resolve("kh-4233.txt");
    Files.writeString(
        plan,
        """
        ỦY BAN NHÂN DÂN
        TỈNH NINH THUẬN

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 4233/KH-UBND

        Ninh Thuận, ngày 32 tháng 9 năm 2022

        KẾ HOẠCH
        NÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH NINH THUẬN NĂM 2022

        I. MỤC TIÊU
        Phấn đấu tối thiểu 70% hồ sơ được xử lý trực tuyến.
        """);
    List<JsonNode> t = targets(plan.toString());
    assertThat(t).hasSize(1);
    assertThat(t.get(0).get("value").asText()).isEqualTo("70");
    assertThat(err.toString()).contains("kh-4233.txt: date line at ").contains("(left out)");
  }
}
