package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cchc.model.document.CitationExtractor;
import io.github.cchc.model.document.DocumentHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved news pages read as documents ({@link HtmlSource}): real pages of five Vietnamese news sites
 * as a crawler saved them ({@code /pages/}, see its README), each with what it shows by hand: its
 * headline and date from the page's structure, not from a guess over its text, its text without the
 * site's chrome, its citations.
 */
class HtmlPageTest {
  private static Path page(Path dir, String name, String as) throws IOException {
    Path out = dir.resolve(as);
    try (InputStream in = HtmlPageTest.class.getResourceAsStream("/pages/" + name)) {
      Files.copy(in, out);
    }
    return out;
  }

  private static List<String> citations(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().toString()).toList();
  }

  @Test
  void aGovernmentNewsPageGivesItsHeadlineDateAndCitationsWithoutItsFooter(@TempDir Path tmp)
      throws IOException {
    Path file = page(tmp, "baochinhphu-article.html", "chinh-sach-moi.html");
    Plan plan = PlanReader.readAny(file);
    DocumentHeader h = plan.header().orElseThrow();
    assertThat(h.article()).isTrue();
    assertThat(h.title()).contains("Chính sách mới có hiệu lực từ tháng 3/2026");
    assertThat(h.publishedOn()).contains(LocalDate.of(2026, 3, 1));
    String text = PlanReader.text(file);
    assertThat(text).startsWith("Chính sách mới có hiệu lực từ tháng 3/2026\n");
    assertThat(text)
        .contains(
            "Chính phủ ban hành Nghị định số 357/2025/NĐ-CP ngày 31/12/2025 quy định về xây dựng"
                + " và quản lý hệ thống thông tin");
    // the site's footer: its licence number is no citation of the article's
    assertThat(text).doesNotContain("Giấy phép số").doesNotContain("Bản quyền thuộc");
    assertThat(citations(text))
        .contains("357/2025/NĐ-CP", "58/2026/NĐ-CP", "03/2026/NĐ-CP")
        .doesNotContain("102/GP-BTTTT");
  }

  @Test
  void anArticleInAColumnNamedSidebarIsReadAndItsRepeatedHeadlineOnce(@TempDir Path tmp)
      throws IOException {
    Path file = page(tmp, "vnexpress-article.html", "nang-luong.htm");
    Plan plan = PlanReader.readAny(file);
    DocumentHeader h = plan.header().orElseThrow();
    assertThat(h.title()).contains("Cách các nước đối phó cú sốc năng lượng từ Trung Đông");
    assertThat(h.publishedOn()).contains(LocalDate.of(2026, 3, 7));
    List<String> lines = PlanReader.text(file).lines().toList();
    assertThat(lines.get(0)).isEqualTo("Cách các nước đối phó cú sốc năng lượng từ Trung Đông");
    assertThat(lines.get(1))
        .startsWith("Trung Quốc, Nhật Bản, Thái Lan hạn chế xuất khẩu nhiên liệu");
    assertThat(lines)
        .filteredOn(l -> l.equals("Cách các nước đối phó cú sốc năng lượng từ Trung Đông"))
        .hasSize(1);
    assertThat(lines).contains("Hạn chế xuất khẩu nhiên liệu");
  }

  @Test
  void aNewsPageCitesTheDecreeItReportsOn(@TempDir Path tmp) throws IOException {
    Path file = page(tmp, "nld-article.html", "thue-ho-kinh-doanh.html");
    DocumentHeader h = PlanReader.readAny(file).header().orElseThrow();
    assertThat(h.title())
        .contains("Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định thuế mới");
    assertThat(h.publishedOn()).contains(LocalDate.of(2026, 3, 7));
    String text = PlanReader.text(file);
    assertThat(citations(text)).contains("68/2026/NĐ-CP");
    assertThat(text).contains("Cục Thuế (Bộ Tài chính) cho biết để kịp thời triển khai thực hiện");
    // the box of related stories set inside the article's text ("kbwscwl-relatedbox")
    assertThat(text)
        .doesNotContain(
            "Hộ kinh doanh phải kê khai tất cả tài khoản nhận tiền bán hàng từ ngày 5-3");
  }

  @Test
  void furnitureIsToldByTheWordsOfAClassNotByLettersInsideAWord() {
    // "ads" is a whole word of a class ("ads_sticky", baodautu.vn), not the end of "downloads"
    String html =
        "<html><body><div class=\"ads_sticky\"><p>Quảng cáo</p></div><div class=\"downloads\"><p>"
            + PARAGRAPH
            + "</p></div></body></html>";
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
    assertThat(PageText.blocks(doc.body(), null)).containsExactly(PARAGRAPH);
  }

  @Test
  void aPageWithoutH1GivesTheHeadlineItShowsAndTheDateOfItsDateline(@TempDir Path tmp)
      throws IOException {
    Path file = page(tmp, "baodautu-article.html", "xu-phat.html");
    DocumentHeader h = PlanReader.readAny(file).header().orElseThrow();
    assertThat(h.title())
        .contains("Xử phạt Giám đốc tài chính Tập đoàn Tiên Sơn Thanh Hoá vì thao túng cổ phiếu");
    // no date in its metadata: the dateline under the headline, "Nguyên Minh - 07/03/2026 08:47"
    assertThat(h.publishedOn()).contains(LocalDate.of(2026, 3, 7));
    String text = PlanReader.text(file);
    assertThat(text.lines().limit(2)).contains("Nguyên Minh - 07/03/2026 08:47");
    assertThat(citations(text)).contains("54/2019/QH14");
  }

  @Test
  void aPageDatedOnlyInItsSchemaOrgDataGivesThatDate(@TempDir Path tmp) throws IOException {
    Path file = page(tmp, "vietnamnet-article.html", "flc.html");
    DocumentHeader h = PlanReader.readAny(file).header().orElseThrow();
    assertThat(h.title()).contains("Cổ phiếu FLC được giao dịch trở lại");
    assertThat(h.publishedOn()).contains(LocalDate.of(2026, 3, 7));
  }

  @Test
  void aPageUnderAnotherNameIsReadAsThePageItIs(@TempDir Path tmp) throws IOException {
    Path html = page(tmp, "nld-article.html", "a.html");
    for (String as : new String[] {"trang-tin", "trang-tin.txt", "trang-tin.doc"}) {
      Path other = page(tmp, "nld-article.html", as);
      assertThat(PlanReader.readsAsDocument(other)).as(as).isTrue();
      assertThat(PlanReader.readAny(other).header())
          .as(as)
          .isEqualTo(PlanReader.readAny(html).header());
    }
    assertThat(PlanReader.readsAsDocument(tmp.resolve("missing.htm"))).isTrue();
  }

  /** A paragraph of the baochinhphu.vn page, as the page has it. */
  private static final String PARAGRAPH =
      "Chính phủ ban hành Nghị định số 357/2025/NĐ-CP ngày 31/12/2025 quy định về xây dựng và quản"
          + " lý hệ thống thông tin, cơ sở dữ liệu về nhà ở và thị trường bất động sản.";

  private static String page(String meta) {
    return "<!DOCTYPE html><html><head>"
        + meta
        + "<title>Chính sách mới có hiệu lực từ tháng 3/2026</title></head><body><article>"
        + "<h1>Chính sách mới có hiệu lực từ tháng 3/2026</h1><p>"
        + PARAGRAPH
        + "</p></article></body></html>";
  }

  @Test
  void aPageDeclaredWindows1258IsReadInItAndInNfc(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("cp1258.html");
    Files.write(
        file,
        windows1258(
            page(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">")));
    String text = PlanReader.text(file);
    assertThat(text).contains(PARAGRAPH);
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    Plan plan = PlanReader.readAny(file);
    assertThat(plan.problems()).isEmpty();
    assertThat(plan.header().orElseThrow().title())
        .contains("Chính sách mới có hiệu lực từ tháng 3/2026");
  }

  @Test
  void aPageInWindows1258WithoutDeclarationIsReadInItAndSaidSo(@TempDir Path tmp)
      throws IOException {
    Path file = tmp.resolve("cp1258.htm");
    Files.write(file, windows1258(page("")));
    assertThat(PlanReader.text(file)).contains(PARAGRAPH);
    assertThat(PlanReader.readAny(file).problems())
        .extracting(PlanProblem::reason)
        .anyMatch(r -> r.startsWith("not UTF-8: read as Windows-1258"));
    // a page declared UTF-8 is read as UTF-8, its declaration honoured
    Path utf8 = tmp.resolve("utf8.html");
    Files.writeString(utf8, page("<meta charset=\"utf-8\">"), StandardCharsets.UTF_8);
    assertThat(PlanReader.readAny(utf8).problems()).isEmpty();
    assertThat(PlanReader.text(utf8)).contains(PARAGRAPH);
  }

  /**
   * Text in Windows-1258 as Word and Notepad write it: ă â ê ô ơ ư đ as letters of their own, the
   * five tones as combining marks after them.
   */
  private static byte[] windows1258(String text) {
    CharsetEncoder enc = Charset.forName("windows-1258").newEncoder();
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String c = new String(Character.toChars(cp));
              if (enc.canEncode(c)) {
                b.append(c);
                return;
              }
              String d = Normalizer.normalize(c, Normalizer.Form.NFD);
              StringBuilder letter = new StringBuilder().append(d.charAt(0));
              StringBuilder tones = new StringBuilder();
              for (char m : d.substring(1).toCharArray()) {
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(m) >= 0 ? tones : letter).append(m);
              }
              b.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tones);
            });
    return b.toString().getBytes(Charset.forName("windows-1258"));
  }

  @Test
  void aHostilePageFailsOrReadsCleanlyAndFast(@TempDir Path tmp) throws IOException {
    Path deep = tmp.resolve("deep.html");
    Files.writeString(
        deep, "<html><body>" + "<div>".repeat(200_000) + "<p>" + PARAGRAPH + "</p></body></html>");
    Path attribute = tmp.resolve("attribute.html");
    ByteArrayOutputStream big = new ByteArrayOutputStream();
    big.writeBytes("<html><body><p title=\"".getBytes(StandardCharsets.US_ASCII));
    big.writeBytes("x".repeat(6_000_000).getBytes(StandardCharsets.US_ASCII));
    big.writeBytes(("\">" + PARAGRAPH + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    Files.write(attribute, big.toByteArray());
    Path headOnly = tmp.resolve("head-only.html");
    Files.writeString(headOnly, "<!DOCTYPE html><html><head><title>Trang</title></head></html>");
    Path tooBig = tmp.resolve("too-big.html");
    Files.write(tooBig, new byte[4 * PlanReader.MAX_TEXT_LENGTH + 1]);
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          assertThat(PlanReader.text(deep)).contains(PARAGRAPH);
          assertThat(PlanReader.text(attribute)).contains(PARAGRAPH).doesNotContain("xxx");
          assertThatThrownBy(() -> PlanReader.readAny(headOnly))
              .isInstanceOf(PlanReadException.class)
              .hasMessageContaining("no text");
          assertThatThrownBy(() -> PlanReader.readAny(tooBig))
              .isInstanceOf(PlanReadException.class);
        });
  }

  @Test
  void aTableOfThePageIsReadAsATable() {
    // the header of a Word document saved as a web page: issuer and number beside the national
    // title and the date, in a table of two columns (the layout of a Kế hoạch's first page), over
    // the body's paragraphs
    String html =
        "<html><body><table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH BÌNH PHƯỚC</p></td>"
            + "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td>"
            + "</tr><tr><td rowspan=\"2\">Số: 24/KH-UBND</td><td>Bình Phước, ngày 22 tháng 02 năm"
            + " 2024</td></tr><tr><td>Bản chính</td></tr></table><p>KẾ HOẠCH</p>"
            + "<p>Cải cách hành chính năm 2024</p><p>"
            + PARAGRAPH
            + "</p></body></html>";
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
    List<Object> blocks = PageText.blocks(PageText.articleBody(doc.body()), null);
    SourceTable t =
        (SourceTable)
            blocks.stream().filter(b -> b instanceof SourceTable).findFirst().orElseThrow();
    assertThat(blocks).startsWith(t).contains("KẾ HOẠCH", PARAGRAPH);
    assertThat(t.grid())
        .containsExactly(
            List.of(
                "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
            List.of("Số: 24/KH-UBND", "Bình Phước, ngày 22 tháng 02 năm 2024"),
            List.of("Số: 24/KH-UBND", "Bản chính"));
  }

  @Test
  void aTitleLosesTheSiteNameAfterItsLastSeparatorOnly() {
    assertThat(
            PageHeadline.withoutSiteName(
                "Giá vàng giảm, vẫn cao hơn thế giới gần 20 triệu đồng/lượng | Báo Dân trí", ""))
        .isEqualTo("Giá vàng giảm, vẫn cao hơn thế giới gần 20 triệu đồng/lượng");
    assertThat(
            PageHeadline.withoutSiteName(
                "Cách các nước đối phó cú sốc năng lượng từ Trung Đông - Báo VnExpress Kinh doanh",
                ""))
        .isEqualTo("Cách các nước đối phó cú sốc năng lượng từ Trung Đông");
    // named by og:site_name, however long
    assertThat(
            PageHeadline.withoutSiteName(
                "Xử phạt Giám đốc tài chính - Báo Đầu tư - Cơ quan của Bộ Tài chính",
                "Báo Đầu tư - Cơ quan của Bộ Tài chính"))
        .isEqualTo("Xử phạt Giám đốc tài chính");
    // a dash inside a headline is no separator of a site's name
    assertThat(PageHeadline.withoutSiteName("Nghiên cứu - Dữ liệu về cải cách hành chính", ""))
        .isEqualTo("Nghiên cứu - Dữ liệu về cải cách hành chính");
  }

  @Test
  void aPublicationTimeIsTakenOnVietnamsClock() {
    assertThat(PageHeadline.date("2026-03-01T09:51:00+07:00")).contains(LocalDate.of(2026, 3, 1));
    assertThat(PageHeadline.date("2026-03-06T17:01:00Z")).contains(LocalDate.of(2026, 3, 7));
    assertThat(PageHeadline.date("2026-03-07T08:52:11.000 +07:00"))
        .contains(LocalDate.of(2026, 3, 7));
    assertThat(PageHeadline.date("2026-03-07T00:01:00")).contains(LocalDate.of(2026, 3, 7));
    assertThat(PageHeadline.date("07/03/2026 08:47")).contains(LocalDate.of(2026, 3, 7));
    assertThat(PageHeadline.date("31/02/2026")).isEmpty();
    assertThat(PageHeadline.date("hôm nay")).isEmpty();
  }
}
