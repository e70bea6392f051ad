package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.document.Citation;
import io.github.cchc.model.document.CitationExtractor;
import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.DocumentType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown copies of real documents (the crawled pages of tnt305/tai_lieu_noi_bo, commit 94c5034,
 * in {@code src/test/resources/markdown/}, README there), each with what it shows read by hand.
 */
class MarkdownSourceTest {
  static Path file(String name) throws Exception {
    return Path.of(MarkdownSourceTest.class.getResource("/markdown/" + name).toURI());
  }

  private static DocumentHeader header(Plan p) {
    return p.header().orElseThrow();
  }

  private static LocalDate date(DocumentHeader h) {
    return h.date().flatMap(d -> d.toLocalDate()).orElseThrow();
  }

  @Test
  void aKeHoachWhoseHeaderTheCrawlerWroteAsCellsBetweenLonePipes() throws Exception {
    Path f = file("cantho-kh-153-2025.md");
    assertThat(PlanReader.readsAsDocument(f)).isTrue();
    Plan p = PlanReader.readAny(f);
    DocumentHeader h = header(p);
    assertThat(h.documentType()).contains(DocumentType.KE_HOACH);
    assertThat(h.numberSymbol().map(Object::toString)).contains("153/KH-UBND");
    // read as plain text, the italic's star stayed in the place ("*Cần Thơ")
    assertThat(h.place()).contains("Cần Thơ");
    assertThat(date(h)).isEqualTo(LocalDate.of(2025, 11, 17));
    // "**ỦY BAN NHÂN⏎DÂN**⏎**THÀNH PHỐ CẦN THƠ**": two lines, not "ỦY BAN NHÂN" and "DÂN"
    assertThat(h.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ");
    assertThat(h.title().orElseThrow())
        .startsWith("TRIỂN KHAI, THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN THUỘC CHƯƠNG TRÌNH")
        .doesNotContain("*");
    Target t =
        p.targets().stream()
            .filter(x -> x.text().startsWith("c) Trên 80% các đơn vị"))
            .findFirst()
            .orElseThrow();
    assertThat(t.comparator()).isEqualTo(Comparison.GT);
    assertThat(t.value()).contains(new BigDecimal("80"));
    assertThat(t.unit()).contains(TargetUnit.PERCENT);
    assertThat(p.targets()).allSatisfy(x -> assertThat(x.text()).doesNotContain("**", "|"));
    assertThat(CitationExtractor.extract(PlanReader.text(f)))
        .extracting(Citation::text)
        .contains("Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an");
  }

  @Test
  void aQuyetDinhWithBoldThatDoesNotPair() throws Exception {
    Plan p = PlanReader.readAny(file("bacninh-qd-87-2025.md"));
    DocumentHeader h = header(p);
    assertThat(h.documentType()).contains(DocumentType.QUYET_DINH);
    assertThat(h.numberSymbol().map(Object::toString)).contains("87/2025/QĐ-UBND");
    assertThat(h.place()).contains("Bắc Ninh");
    assertThat(date(h)).isEqualTo(LocalDate.of(2025, 12, 3));
    // "**ỦY BAN NHÂN⏎DÂN **⏎TỈNH BẮC NINH": the unpaired "**" dropped, its line ended there
    assertThat(h.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH");
    assertThat(h.signer()).contains("Phạm Hoàng Sơn");
    assertThat(h.signature().orElseThrow().title()).isEqualTo("CHỦ TỊCH");
    assertThat(CitationExtractor.extract(PlanReader.text(file("bacninh-qd-87-2025.md"))))
        .extracting(Citation::text)
        .contains("Luật Doanh nghiệp số 59/2020/QH14");
  }

  @Test
  void aQuyetDinhOfACentreWithATarget() throws Exception {
    Plan p = PlanReader.readAny(file("hanoi-ttpvhcc-qd-1610-2025.md"));
    DocumentHeader h = header(p);
    assertThat(h.issuingBody())
        .containsExactly("UBND THÀNH PHỐ HÀ NỘI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG");
    assertThat(h.numberSymbol().map(Object::toString)).contains("1610/QĐ-TTPVHCC");
    assertThat(h.place()).contains("Hà Nội");
    assertThat(date(h)).isEqualTo(LocalDate.of(2025, 11, 25));
    assertThat(h.signer()).contains("Cù Ngọc Trang");
    assertThat(CitationExtractor.extract(PlanReader.text(file("hanoi-ttpvhcc-qd-1610-2025.md"))))
        .extracting(Citation::text)
        .contains("Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ");
    assertThat(p.targets())
        .anySatisfy(
            t -> {
              assertThat(t.text())
                  .contains("thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia (100%)");
              assertThat(t.comparator()).isEqualTo(Comparison.EQ);
              assertThat(t.value()).contains(new BigDecimal("100"));
            });
  }

  @Test
  void aSignatureWhoseBoldIsUnpairedAtTheLinesEnd() throws Exception {
    Plan p = PlanReader.readAny(file("dongnai-qd-2813-2025.md"));
    DocumentHeader h = header(p);
    assertThat(h.numberSymbol().map(Object::toString)).contains("2813/QĐ-UBND");
    assertThat(date(h)).isEqualTo(LocalDate.of(2025, 11, 20));
    // "**KT. CHỦ TỊCH **⏎PHÓ CHỦ TỊCH⏎**Lê Trường Sơn**"
    assertThat(h.signature().orElseThrow().onBehalfOf()).contains("CHỦ TỊCH");
    assertThat(h.signature().orElseThrow().title()).isEqualTo("PHÓ CHỦ TỊCH");
    assertThat(h.signer()).contains("Lê Trường Sơn");
    assertThat(p.targets())
        .anySatisfy(
            t -> {
              assertThat(t.text()).isEqualTo("Tỷ lệ cắt giảm chi phí: 100%.");
              assertThat(t.value()).contains(new BigDecimal("100"));
            });
  }

  @Test
  void aThongBaoOfADepartment() throws Exception {
    DocumentHeader h = header(PlanReader.readAny(file("haiquan-tb-38544-2025.md")));
    assertThat(h.documentType()).contains(DocumentType.THONG_BAO);
    assertThat(h.numberSymbol().map(Object::toString)).contains("38544/TB-CHQ");
    assertThat(h.place()).contains("Hà Nội");
    assertThat(date(h)).isEqualTo(LocalDate.of(2025, 11, 27));
    assertThat(h.issuingBody()).containsExactly("BỘ TÀI CHÍNH", "CỤC HẢI QUAN");
    assertThat(h.signer()).contains("Đào Thu Hương");
  }

  @Test
  void theSameCopySavedAsTxtIsReadAsMarkdown(@TempDir Path dir) throws Exception {
    Path txt = dir.resolve("24c7124ec6b2bf61.txt");
    Files.copy(file("bacninh-qd-87-2025.md"), txt);
    assertThat(PlanReader.readsAsDocument(txt)).isTrue();
    assertThat(PlanReader.readAny(txt).header())
        .isEqualTo(PlanReader.readAny(file("bacninh-qd-87-2025.md")).header());
    assertThat(PlanReader.text(txt)).isEqualTo(PlanReader.text(file("bacninh-qd-87-2025.md")));
  }

  /**
   * A text file read once ({@link PlanReader#textFile}) is read as its path is: a {@code .txt} that
   * is Markdown (Quyết định 87/2025/QĐ-UBND of Bắc Ninh) as a document, a plain one (the Báo Gia
   * Lai interview whose questions open on "* ") as text, a name other than {@code .txt} as text
   * whatever its marks.
   */
  @Test
  void aTextFileReadOnceIsReadAsItsPathIs(@TempDir Path dir) throws Exception {
    Path txt = dir.resolve("qd-87.txt");
    Files.copy(file("bacninh-qd-87-2025.md"), txt);
    PlanReader.TextFile md = PlanReader.textFile(txt, Files.readAllBytes(txt));
    assertThat(md.markdown()).isTrue();
    assertThat(md.encoding()).isEmpty();
    assertThat(md.text()).isEqualTo(PlanReader.decode("x.txt", Files.readAllBytes(txt)));
    assertThat(PlanReader.readAny(md)).isEqualTo(PlanReader.readAny(txt));
    assertThat(PlanReader.text(md)).isEqualTo(PlanReader.text(txt));
    Path plain = file("plain-baogialai-dti-nhom-15-nam-2026.txt");
    PlanReader.TextFile text = PlanReader.textFile(plain, Files.readAllBytes(plain));
    assertThat(text.markdown()).isFalse();
    assertThat(text.text()).isEqualTo(PlanReader.decode("x.txt", Files.readAllBytes(plain)));
    assertThat(PlanReader.readAny(text)).isEqualTo(PlanReader.readAny(plain));
    assertThat(PlanReader.text(text)).isEqualTo(PlanReader.text(plain));
    Path other = dir.resolve("qd-87.text");
    Files.copy(file("bacninh-qd-87-2025.md"), other);
    assertThat(PlanReader.textFile(other, Files.readAllBytes(other)).markdown()).isFalse();
  }

  @Test
  void plainTextWithStarsAndPipesIsReadAsItAlwaysWas() throws Exception {
    Path f = file("plain-baogialai-dti-nhom-15-nam-2026.txt");
    String text = Files.readString(f);
    assertThat(text).contains("\n* Nhìn lại chặng đường vừa qua");
    assertThat(MarkdownText.is(text)).isFalse();
    assertThat(PlanReader.readsAsDocument(f)).isFalse();
    assertThat(PlanReader.text(f).strip()).isEqualTo(text.strip());
    assertThat(PlanReader.readAny(f).header())
        .isEqualTo(PlanReader.readAnyText(f.getFileName().toString(), text).header());
  }

  @Test
  void markdownIsToldByUnambiguousSignalsOnly() {
    // one ATX heading alone: the corpus's unseen2 news page opens on "# (PAR INDEX"
    assertThat(MarkdownText.is("# (PAR INDEX\nNam Định xếp thứ 20")).isFalse();
    // a pipe and a star in running text, a lone pipe line of a crawled page kept as text
    assertThat(MarkdownText.is("Tỷ lệ | Số hồ sơ\n|\nĐiểm * là điểm thưởng")).isFalse();
    assertThat(MarkdownText.is("**KẾ HOẠCH**\nabc\n**I. MỤC ĐÍCH, YÊU CẦU**")).isTrue();
    assertThat(MarkdownText.is("| Chỉ tiêu | Năm 2025 |\n|---|---|\n| PAR INDEX | 90% |")).isTrue();
    assertThat(MarkdownText.is("# Kế hoạch\n## I. Mục tiêu")).isTrue();
  }

  /**
   * In a crawler's cell (a paragraph with lone {@code |} lines) plain lines are lines of their own:
   * the signature of Quyết định 2842/QĐ-UBND of Hồ Chí Minh City (tnt305/tai_lieu_noi_bo,
   * src/etl/dataset/5ed85a656c095d25.md); a bold wrapped inside its span stays one line; outside a
   * cell the lines of a paragraph are one paragraph.
   */
  @Test
  void plainLinesOfACrawlersCellAreLinesOfTheirOwn() {
    SourceDocument doc =
        MarkdownSource.read(
            "qd-2842.md",
            "- Lưu: VT, (KSTT/Hn).\n|\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\nNguyễn Mạnh Cường\n|\n\n"
                + "|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương\nngày 16 tháng 6 năm 2025;");
    assertThat(doc.blocks())
        .containsExactly(
            "- Lưu: VT, (KSTT/Hn).\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Mạnh Cường",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;");
  }

  /**
   * An italic the parser could not pair at a line's edge loses its stars: the number and date cells
   * of Nghị quyết 34/2025/NQ-HĐND of Huế (tnt305/tai_lieu_noi_bo,
   * src/etl/dataset/592501a25aaf5012.md); a star after a word, a footnote's mark, stays.
   */
  @Test
  void anUnpairedItalicAtALinesEdgeLosesItsStars() {
    SourceDocument doc =
        MarkdownSource.read(
            "nq-34.md",
            "|\nSố:\n34/2025/NQ-HĐND\n|\n*Thành phố Huế,\nngày 18 tháng 11 năm 2025 *\n|\n\n"
                + "Điểm* là điểm thưởng");
    assertThat(doc.blocks())
        .containsExactly(
            "Số:\n34/2025/NQ-HĐND\nThành phố Huế, ngày 18 tháng 11 năm 2025",
            "Điểm* là điểm thưởng");
  }

  /**
   * The header's lines written one under the other without blank lines are one paragraph to
   * CommonMark (lazy continuation lines): the number, the place and date, the national title and
   * the motto each stay a line of their own, as in the header of Kế hoạch 153/KH-UBND of Cần Thơ
   * (cantho-kh-153-2025.md, here without the crawler's lone {@code |} lines), also in a block
   * quote; a wrapped "ngày 16 tháng 6 năm 2025" and "Hà Nội, ngày càng …" in running text stay
   * joined.
   */
  @Test
  void headerLinesOfOneParagraphStayLines() {
    SourceDocument doc =
        MarkdownSource.read(
            "kh-153.md",
            "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nSố: 153/KH-UBND\n"
                + "Cần Thơ, ngày 17 tháng 11 năm 2025\n\n"
                + "> Số:\n153/KH-UBND\nCần Thơ, ngày\n17 tháng 11 năm 2025\n\n"
                + "Căn cứ Luật Tổ chức chính quyền địa phương\nngày 16 tháng 6 năm 2025;\n\n"
                + "xây dựng Thủ đô\nHà Nội, ngày càng văn minh\n\n"
                + "Số: 2853/QĐ-UBND\nThành phố Hồ Chí\nMinh, ngày 21 tháng 11 năm 2025\n\n"
                + "*Thành phố Hồ Chí\nMinh, ngày 21 tháng 11 năm 2025*");
    assertThat(doc.blocks())
        .containsExactly(
            "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nSố: 153/KH-UBND\n"
                + "Cần Thơ, ngày 17 tháng 11 năm 2025",
            "Số: 153/KH-UBND\nCần Thơ, ngày 17 tháng 11 năm 2025",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "xây dựng Thủ đô Hà Nội, ngày càng văn minh",
            "Số: 2853/QĐ-UBND\nThành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2025",
            "Thành phố Hồ Chí Minh, ngày 21 tháng 11 năm 2025");
    DocumentHeader h =
        DocumentHeader.readLeniently(
            MarkdownSource.read(
                    "kh-153.md",
                    "ỦY BAN NHÂN DÂN\n**THÀNH PHỐ CẦN THƠ**\nSố: 153/KH-UBND\n"
                        + "Cần Thơ, ngày 17 tháng 11 năm 2025\n\n**KẾ HOẠCH**\n\n"
                        + "Triển khai Chương trình phòng, chống ma túy")
                .text());
    assertThat(h.numberSymbol().map(Object::toString)).contains("153/KH-UBND");
    assertThat(h.place()).contains("Cần Thơ");
    assertThat(date(h)).isEqualTo(LocalDate.of(2025, 11, 17));
  }

  /**
   * An unpaired italic keeps its wrapped lines one line, as a paired one does: the date cell of
   * Nghị quyết 37/2025/NQ-HĐND of Huế (tnt305/tai_lieu_noi_bo, src/etl/dataset/0abcf1a5292b31ec.md,
   * the same form as 34/2025) gives its place and date; a realistic variant of Hà Nội with the
   * space before the closing star; the plain lines of the number's cell stay lines of their own.
   */
  @Test
  void anUnpairedItalicKeepsItsWrappedLinesOneLine() {
    SourceDocument doc =
        MarkdownSource.read(
            "nq-37.md",
            "|\nSố:\n37/2025/NQ-HĐND\n|\n*Thành phố Huế,\nngày 18 tháng 11 năm 2025 *\n|\n\n"
                + "|\nSố: 310/KH-UBND\n|\n*Hà Nội, ngày\n24 tháng 11 năm 2025 *\n|");
    assertThat(doc.blocks())
        .containsExactly(
            "Số:\n37/2025/NQ-HĐND\nThành phố Huế, ngày 18 tháng 11 năm 2025",
            "Số: 310/KH-UBND\nHà Nội, ngày 24 tháng 11 năm 2025");
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HUẾ\n"
                + MarkdownSource.read(
                        "nq-37.md",
                        "|\nSố:\n37/2025/NQ-HĐND\n|\n*Thành phố Huế,\n"
                            + "ngày 18 tháng 11 năm 2025 *\n|")
                    .text());
    assertThat(h.place()).contains("Thành phố Huế");
    assertThat(date(h)).isEqualTo(LocalDate.of(2025, 11, 18));
  }

  /**
   * A realistic variant with GFM pipe tables: the header of Kế hoạch 153/KH-UBND of Cần Thơ as a
   * two-column table with its delimiter row, and a table of chỉ tiêu, read as a {@code .docx}'s
   * tables ({@link SourceTable}); a link's text kept and its address dropped, escapes resolved.
   */
  @Test
  void pipeTablesAreTablesAsInADocx(@TempDir Path dir) throws Exception {
    String md =
        String.join(
            "\n",
            "| **ỦY BAN NHÂN DÂN**<br>**THÀNH PHỐ CẦN THƠ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"
                + " NAM**<br>**Độc lập \\- Tự do \\- Hạnh phúc** |",
            "|---|---|",
            "| Số: 153/KH-UBND | *Cần Thơ, ngày 17 tháng 11 năm 2025* |",
            "",
            "# KẾ HOẠCH",
            "",
            "**TRIỂN KHAI, THỰC HIỆN CÁC DỰ ÁN, TIỂU DỰ ÁN THUỘC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA"
                + " PHÒNG, CHỐNG MA TÚY ĐẾN NĂM 2030**",
            "",
            "Thực hiện [Quyết định số 7619/QĐ-BCA](https://vbpl.vn/7619) ngày 08 tháng 9 năm"
                + " 2025 của Bộ Công an,",
            "Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:",
            "",
            "| STT | Chỉ tiêu | Năm 2030 |",
            "|:---:|---|---:|",
            "| 1 | Số xã, phường không có ma túy | ≥ 50% |");
    SourceDocument doc = MarkdownSource.read("kh.md", md);
    assertThat(doc.blocks()).hasSize(5);
    SourceTable header = (SourceTable) doc.blocks().get(0);
    assertThat(header.grid())
        .containsExactly(
            List.of(
                "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
            List.of("Số: 153/KH-UBND", "Cần Thơ, ngày 17 tháng 11 năm 2025"));
    assertThat(doc.blocks().get(1)).isEqualTo("KẾ HOẠCH");
    assertThat(doc.blocks().get(3))
        .isEqualTo(
            "Thực hiện Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an, Ủy ban"
                + " nhân dân thành phố ban hành Kế hoạch như sau:");
    SourceTable goals = (SourceTable) doc.blocks().get(4);
    assertThat(goals.number()).isEqualTo(2);
    assertThat(goals.grid().get(1)).containsExactly("1", "Số xã, phường không có ma túy", "≥ 50%");

    Path f = dir.resolve("kh.md");
    Files.writeString(f, md);
    Plan p = PlanReader.readAny(f);
    DocumentHeader h = header(p);
    assertThat(h.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ");
    assertThat(h.numberSymbol().map(Object::toString)).contains("153/KH-UBND");
    assertThat(h.place()).contains("Cần Thơ");
    assertThat(date(h)).isEqualTo(LocalDate.of(2025, 11, 17));
  }

  /**
   * A real {@code .md} file whose first line is a level-one ATX heading: the encyclopaedia pages of
   * tnt305/tai_lieu_noi_bo in the corpus's tuning-wiki set, written as the {@code .md} files they
   * were crawled as. The heading is the page's title as it is when the same text is read as plain
   * text ({@code AtxHeadline}); commonmark's heading without its {@code #} was a short line that no
   * headline rule takes. A heading lower down, or of level two, is a section's: no title.
   */
  @Test
  void aMarkdownFilesLevelOneHeadingIsItsTitle(@TempDir Path dir) throws Exception {
    for (String[] page :
        new String[][] {
          {"wiki-thai-nguyen", "Thái Nguyên"},
          {"wiki-binh-dinh", "Bình Định (tỉnh)"},
          {"wiki-kinh-te-viet-nam", "Kinh tế Việt Nam"}
        }) {
      Path txt =
          Path.of(
              MarkdownSourceTest.class
                  .getResource("/io/github/cchc/model/corpus/tuning-wiki/" + page[0] + ".txt")
                  .toURI());
      Path md = dir.resolve(page[0] + ".md");
      Files.copy(txt, md);
      DocumentHeader h = header(PlanReader.readAny(md));
      assertThat(h.title()).as(page[0]).contains(page[1]);
      assertThat(h.documentType()).as(page[0]).isEmpty();
      DocumentHeader plain = header(PlanReader.readAny(txt));
      assertThat(h.title()).as(page[0]).isEqualTo(plain.title());
      assertThat(h.article()).as(page[0]).isEqualTo(plain.article());
    }
    Path lower = dir.resolve("lower.md");
    Files.writeString(
        lower,
        "Tỉnh Bắc Thái có các cơ sở kinh tế quan trọng.\n\n# Thái Nguyên\n\n"
            + "Đầu tháng 8 năm 1965, 80% cư dân trung tâm thành phố Thái Nguyên phải đi sơ tán.\n");
    assertThat(PlanReader.readAny(lower).header().flatMap(DocumentHeader::title))
        .isNotEqualTo(java.util.Optional.of("Thái Nguyên"));
    Path section = dir.resolve("section.md");
    Files.writeString(
        section,
        "## Thái Nguyên\n\n"
            + "Đầu tháng 8 năm 1965, 80% cư dân trung tâm thành phố Thái Nguyên phải đi sơ tán.\n");
    assertThat(PlanReader.readAny(section).header().flatMap(DocumentHeader::title))
        .isNotEqualTo(java.util.Optional.of("Thái Nguyên"));
  }

  /**
   * The headline's mark kept for the header reader is not read by the targets' reader: a {@code
   * .md} news page whose "# " headline restates the goal of its body ("# Sẽ cắt giảm ít nhất 50%
   * thủ tục đầu tư xây dựng nhà ở xã hội …", Thông báo 596/TB-VPCP as tnt305/tai_lieu_noi_bo
   * crawled it, corpus unseen48) gives the body's two goals, as the same text saved as {@code .txt}
   * does, not the headline's and its "##" copy's besides ({@link AtxMark}).
   */
  @Test
  void aMarkdownHeadlinesMarkIsNoPartOfItsTargets(@TempDir Path dir) throws Exception {
    Path txt =
        Path.of(
            MarkdownSourceTest.class
                .getResource(
                    "/io/github/cchc/model/corpus/unseen48/"
                        + "github-tnt305-tb-596-tb-vpcp-2025-nha-o-xa-hoi-cat-giam-50-phan-tram.txt")
                .toURI());
    Path md = dir.resolve("tb-596.md");
    Files.copy(txt, md);
    Plan p = PlanReader.readAny(md);
    assertThat(header(p).title().orElseThrow())
        .isEqualTo(
            "Sẽ cắt giảm ít nhất 50% thủ tục đầu tư xây dựng nhà ở xã hội theo yêu cầu của Thủ"
                + " tướng (Thông báo 596/TB-VPCP năm 2025)");
    assertThat(p.targets()).hasSize(2);
    assertThat(p.targets())
        .allSatisfy(
            t -> {
              assertThat(t.value()).contains(new BigDecimal("50"));
              assertThat(t.text()).doesNotStartWith("Sẽ cắt giảm").doesNotContain("#");
            });
    assertThat(p.targets()).isEqualTo(PlanReader.readAny(txt).targets());
  }
}
