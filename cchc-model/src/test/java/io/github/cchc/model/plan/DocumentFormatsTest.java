package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.document.DocumentHeader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans as people have them: the text layer of a PDF (rendered here from a seed with PDFBox and a
 * Vietnamese font, the lines wrapped at the margin as a PDF prints them), a PDF without text, and
 * an old Word .doc (a fixture converted from a seed by LibreOffice).
 */
class DocumentFormatsTest {
  private static String seed(String name) throws IOException {
    try (InputStream in = DocumentFormatsTest.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Renders text to a PDF, wrapping each paragraph at about {@code width} characters. */
  private static Path pdf(Path dir, String text, int width) throws IOException {
    Path out = dir.resolve("plan.pdf");
    try (PDDocument doc = new PDDocument();
        InputStream font =
            DocumentFormatsTest.class.getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
      PDType0Font f = PDType0Font.load(doc, font);
      List<String> lines = new ArrayList<>();
      for (String paragraph : text.split("\n")) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split(" ")) {
          if (line.length() + word.length() + 1 > width && line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
      }
      for (int start = 0; start < lines.size(); start += 50) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.beginText();
          s.setFont(f, 10);
          s.setLeading(14);
          s.newLineAtOffset(40, 750);
          for (String l : lines.subList(start, Math.min(lines.size(), start + 50))) {
            s.showText(l);
            s.newLine();
          }
          s.endText();
        }
      }
      doc.save(out.toFile());
    }
    return out;
  }

  private static List<String> targets(Plan p) {
    return p.targets().stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  @Test
  void aPdfPlanReadsAsItsText(@TempDir Path tmp) throws IOException {
    String text = seed("seed-000-sngv-binh-phuoc-24-kh-2024.txt");
    Plan fromText = PlanReader.readText("seed-000.txt", text);
    Plan fromPdf = PlanReader.read(pdf(tmp, text, 95));
    DocumentHeader h = fromPdf.header().orElseThrow();
    assertThat(h.numberSymbol().map(Object::toString)).contains("24/KH-SNgV");
    assertThat(h.place()).contains("Bình Phước");
    assertThat(h.date().map(Object::toString)).contains("2024-02-22");
    assertThat(fromPdf.title()).isEqualTo(fromText.title());
    assertThat(fromPdf.sections().stream().map(PlanSection::title).toList())
        .isEqualTo(fromText.sections().stream().map(PlanSection::title).toList());
  }

  @Test
  void aPdfArticleGivesTheTargetsOfItsText(@TempDir Path tmp) throws IOException {
    String text = seed("seed-001-binh-phuoc-cchc-2024-article.txt");
    Plan fromText = PlanReader.readText("seed-001.txt", text);
    Plan fromPdf = PlanReader.read(pdf(tmp, text, 95));
    assertThat(targets(fromText)).hasSize(20);
    assertThat(targets(fromPdf)).isEqualTo(targets(fromText));
  }

  @Test
  void anOldWordDocGivesTheTargetsOfItsText(@TempDir Path tmp) throws IOException {
    Path doc = tmp.resolve("seed-001.doc");
    try (InputStream in =
        DocumentFormatsTest.class.getResourceAsStream(
            "/formats/seed-001-binh-phuoc-cchc-2024-article.doc")) {
      Files.copy(in, doc);
    }
    Plan fromText =
        PlanReader.readText("seed-001.txt", seed("seed-001-binh-phuoc-cchc-2024-article.txt"));
    Plan fromDoc = PlanReader.read(doc);
    assertThat(fromDoc.article()).isTrue();
    assertThat(fromDoc.title()).isEqualTo(fromText.title());
    assertThat(targets(fromDoc)).hasSize(20).isEqualTo(targets(fromText));
    assertThat(PlanReader.text(doc)).contains("Trên 98% hồ sơ TTHC tiếp nhận trong năm");
  }

  @Test
  void anOldWordDocTypedInTcvn3ReadsInUnicodeWithItsCapitalFaceInCapitals(@TempDir Path tmp)
      throws IOException {
    Path doc = fixture(tmp, "lethuy-tcvn3-2011.doc");
    String text = PlanReader.text(doc);
    assertThat(text)
        .contains("ĐẢNG BỘ CƠ QUAN UBND")
        .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
        .contains("HUYỆN LỆ THUỶ")
        .contains("Lệ Thuỷ, ngày  29  tháng 11 năm 2011")
        .contains("ĐÁNH GIÁ CHẤT LƯỢNG ĐẢNG VIÊN")
        .contains("quy định số 76-QĐ/TW ngày 15/6/2000 của Bộ Chính trị")
        .doesNotContain("§")
        .doesNotContain("ngµy");
    Plan read = PlanReader.readAny(doc);
    DocumentHeader header = read.header().orElseThrow();
    assertThat(header.place()).hasValue("Lệ Thuỷ");
    assertThat(header.date().map(Object::toString)).hasValue("2011-11-29");
    assertThat(read.references())
        .extracting(io.github.cchc.model.document.Citation::numberSymbol)
        .contains("76-QĐ/TW");
  }

  @Test
  void aTextCopiedFromATcvn3DocumentReadsInUnicode() {
    // the date line and a sentence of the Lệ Thuỷ document above, as a copy of its text gives them
    Plan read =
        PlanReader.readAnyText(
            "lethuy.txt",
            "§¶NG Bé C¥ QUAN UBND\n"
                + "LÖ Thuû, ngµy  29  th¸ng 11 n¨m 2011\n"
                + "Thùc hiÖn tèt nghÜa vô c«ng d©n n¬i c­ tró theo quy ®Þnh sè 76-Q§/TW"
                + " ngµy 15/6/2000 cña Bé ChÝnh trÞ.");
    assertThat(read.header().orElseThrow().date().map(Object::toString)).hasValue("2011-11-29");
    assertThat(read.references())
        .extracting(io.github.cchc.model.document.Citation::numberSymbol)
        .containsExactly("76-QĐ/TW");
  }

  @Test
  void aBrokenDocIsRejectedWithItsName(@TempDir Path tmp) throws IOException {
    Path broken = Files.writeString(tmp.resolve("broken.doc"), "not a Word file");
    assertThatThrownBy(() -> PlanReader.read(broken))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("broken.doc")
        .hasMessageContaining("not a readable .doc");
  }

  @Test
  void aPdfWithoutTextSaysSo(@TempDir Path tmp) throws IOException {
    Path scan = tmp.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.addPage(new PDPage());
      doc.save(scan.toFile());
    }
    assertThatThrownBy(() -> PlanReader.read(scan))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("scan.pdf")
        .hasMessageContaining("a PDF without a text layer (2 pages of images, a scan?)");
  }

  @Test
  void aBrokenPdfIsRejectedWithItsName(@TempDir Path tmp) throws IOException {
    Path broken = Files.writeString(tmp.resolve("broken.pdf"), "%PDF-1.7 not really");
    assertThatThrownBy(() -> PlanReader.read(broken))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("broken.pdf")
        .hasMessageContaining("not a readable .pdf");
  }

  @Test
  void aSymbolCutAtItsHyphenIsJoinedWithoutASpace() {
    assertThat(PdfSource.paragraphs("Nghị quyết số 19-\nNQ/TW ngày 25/10/2017\nII. NHIỆM VỤ"))
        .isEqualTo("Nghị quyết số 19-NQ/TW ngày 25/10/2017\nII. NHIỆM VỤ\n");
    // a list dash and a heading are not a symbol
    assertThat(PdfSource.paragraphs("giai đoạn 2021-\nII. NHIỆM VỤ"))
        .isEqualTo("giai đoạn 2021-\nII. NHIỆM VỤ\n");
  }

  @Test
  void wrappedPdfLinesJoinIntoParagraphs() {
    assertThat(
            PdfSource.paragraphs(
                "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình\ntrên tổng số"
                    + " hồ sơ đạt tối thiểu 30%.\nII. NHIỆM VỤ\n"))
        .isEqualTo(
            "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ đạt tối thiểu"
                + " 30%.\nII. NHIỆM VỤ\n\n");
  }

  private static Path fixture(Path dir, String name) throws IOException {
    Path out = dir.resolve(name);
    try (InputStream in = DocumentFormatsTest.class.getResourceAsStream("/formats/" + name)) {
      Files.copy(in, out);
    }
    return out;
  }

  private static java.util.Map<String, Long> words(String text) {
    return java.util.Arrays.stream(
            java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).split("\\s+"))
        .filter(w -> !w.isEmpty() && !w.equals("|"))
        .collect(
            java.util.stream.Collectors.groupingBy(
                w -> w, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
  }

  @Test
  void aLibreOfficePdfWithFallbackGlyphsReadsLetterForLetter(@TempDir Path tmp) throws IOException {
    // seed-004 printed by LibreOffice in Liberation Mono, which lacks "ự", "ệ", "ộ": those are set
    // in the fallback font DejaVu Math TeX Gyre, whose bounding box made PDFBox take its glyphs
    // for four lines tall ("Thựệc hiện", "thực hi n", "trênđ a bàn", 14 citations of 22)
    String seed = seed("seed-004-sngv-kien-giang-draft-2024.txt");
    String text =
        PlanReader.text(fixture(tmp, "seed-004-sngv-kien-giang-draft-2024-libreoffice.pdf"));

    assertThat(text)
        .contains(
            "Thực hiện công tác thông tin, tuyên truyền và phát động phong trào thi đua thực hiện"
                + " nhiệm vụ về cải cách hành chính năm 2024")
        .contains("trên địa bàn tỉnh Kiên Giang")
        .doesNotContain("Thựệc", "hi n ", "trênđ");
    java.util.Map<String, Long> read = words(text);
    java.util.Map<String, Long> printed = words(seed);
    java.util.Set<String> wrong = new java.util.TreeSet<>(read.keySet());
    wrong.removeAll(printed.keySet());
    // every word read is a word of the text (the margin cut "19-⏎NQ/TW", joined again)
    assertThat(wrong).isEmpty();
    assertThat(io.github.cchc.model.document.CitationExtractor.extract(text))
        .hasSameSizeAs(io.github.cchc.model.document.CitationExtractor.extract(seed));
  }

  @Test
  void pdfTextIsNfcWhenTheDocumentWasTypedWithCombiningMarks(@TempDir Path tmp) throws IOException {
    // a plan typed as letters and combining marks (Unicode tổ hợp), printed by LibreOffice
    String text = PlanReader.text(fixture(tmp, "tuyenquang-kh-87-2013-nfd-libreoffice.pdf"));

    assertThat(text.codePoints().filter(c -> c >= 0x300 && c <= 0x36F)).isEmpty();
    assertThat(text).contains("ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "Số: 87/KH-UBND");
    DocumentHeader h = PlanReader.readAnyText("kh87.pdf", text).header().orElseThrow();
    assertThat(h.numberSymbol().map(n -> n.format())).hasValue("87/KH-UBND");
    assertThat(h.place()).hasValue("Tuyên Quang");
  }
}
