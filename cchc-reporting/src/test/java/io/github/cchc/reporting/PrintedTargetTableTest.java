package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.evaluation.Verdict;
import io.github.cchc.reporting.builder.TargetAchievementReport;
import io.github.cchc.reporting.builder.TargetLine;
import io.github.cchc.reporting.docx.DocxRenderer;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.pdf.PdfRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

/**
 * The printed target table (PDF) gives the "Chỉ tiêu" column the room the numbers do not need: the
 * target texts of the demo's plan (Kế hoạch CCHC 2024 of the sample province) take at most three
 * lines a cell, where openhtmltopdf's automatic layout gave them four to seven; no number is wider
 * than its column (every figure is printed whole, on one line); the DOCX measures its widths the
 * same way.
 */
class PrintedTargetTableTest {
  private static final String FIRST =
      "Hoàn thành 100% nhiệm vụ của Kế hoạch CCHC nhà nước năm 2024.";
  private static final String SECOND =
      "100% TTHC công khai đầy đủ, kịp thời trên Cơ sở dữ liệu quốc gia về TTHC và Cổng dịch vụ"
          + " công tỉnh.";

  private static TargetLine line(
      String target, long numerator, long denominator, String threshold, String gap) {
    return TargetLine.builder()
        .target(target)
        .indicator("Tỷ lệ")
        .numerator(numerator)
        .denominator(denominator)
        .threshold(new BigDecimal(threshold))
        .verdict(new BigDecimal(gap).signum() < 0 ? Verdict.NOT_MET : Verdict.MET)
        .gap(new BigDecimal(gap))
        .build();
  }

  private static Report report() {
    return TargetAchievementReport.builder()
        .header(SampleReports.header())
        .plan("Kế hoạch số 15/KH-UBND (Cải cách hành chính nhà nước năm 2024)")
        .periodLabel("năm 2024")
        .addLines(
            line(FIRST, 6, 8, "100", "-25"),
            line(SECOND, 1648, 1650, "100", "-0.1212"),
            line(
                "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho người dân,"
                    + " tổ chức.",
                949570, 972300, "98", "-0.3377"),
            line(
                "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ đạt tối thiểu"
                    + " 30%.",
                340017, 999988, "30", "4.0024"),
            line(
                "Tối thiểu 50% kết quả giải quyết TTHC điện tử đối với TTHC thuộc thẩm quyền giải"
                    + " quyết của cấp tỉnh được số hóa hồ sơ.",
                583377, 972300, "50", "10.0008"))
        .signature(SampleReports.signature())
        .addRecipients("Lưu: VT, CCHC")
        .build()
        .toReport();
  }

  /** Every word of page 1 with its position. */
  private static List<TextPosition> words(byte[] pdf) throws IOException {
    List<TextPosition> words = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              words.add(positions.get(0));
            }
          };
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      stripper.getText(doc);
    }
    return words;
  }

  /** The lines of a left-aligned cell: distinct baselines of words starting at its left edge. */
  private static int linesOfCell(List<TextPosition> words, String first, String next) {
    TextPosition start = null;
    TextPosition end = null;
    for (TextPosition w : words) {
      String word = w.getUnicode();
      if (start == null && first.startsWith(word) && w.getXDirAdj() > 60) {
        start = w;
      }
    }
    assertThat(start).as("first word of the cell").isNotNull();
    for (TextPosition w : words) {
      if (w.getYDirAdj() > start.getYDirAdj()
          && Math.abs(w.getXDirAdj() - start.getXDirAdj()) < 1
          && next.startsWith(w.getUnicode())
          && end == null) {
        end = w;
      }
    }
    TreeSet<Float> baselines = new TreeSet<>();
    for (TextPosition w : words) {
      if (Math.abs(w.getXDirAdj() - start.getXDirAdj()) < 1
          && w.getYDirAdj() >= start.getYDirAdj()
          && (end == null || w.getYDirAdj() < end.getYDirAdj())) {
        baselines.add(Math.round(w.getYDirAdj() * 10) / 10f);
      }
    }
    return baselines.size();
  }

  @Test
  void theTargetTextTakesAtMostThreeLinesAndNumbersStayWhole() throws IOException {
    byte[] pdf = new PdfRenderer().toBytes(report());
    List<TextPosition> words = words(pdf);

    assertThat(linesOfCell(words, FIRST, SECOND)).isBetween(1, 3);
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc);
    }
    for (String number : List.of("949.570", "972.300", "340.017", "999.988", "583.377")) {
      assertThat(text).contains(number);
    }
  }

  @Test
  void theDocxTargetTableGivesChiTieuTheRoomTheNumbersDoNotNeed() throws IOException {
    byte[] docx = new DocxRenderer().toBytes(report());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      XWPFTable table =
          doc.getTables().stream()
              .filter(t -> t.getText().contains("Chỉ tiêu") && t.getText().contains("949.570"))
              .findFirst()
              .orElseThrow();
      List<CTTblGridCol> grid = table.getCTTbl().getTblGrid().getGridColList();
      long total = 0;
      for (CTTblGridCol col : grid) {
        total += ((java.math.BigInteger) col.getW()).longValue();
      }
      long chiTieu = ((java.math.BigInteger) grid.get(1).getW()).longValue();
      // the former estimate left it about a tenth of the width (6 to 8 lines a cell)
      assertThat((double) chiTieu / total).isGreaterThan(0.2);
      assertThat(total).isBetween(9300L, 9400L); // 165 mm of text width in twips
    }
  }

  @Test
  void thePrintedPageCarriesMeasuredWidthsAsAttributesAndTheScreenFragmentDoesNot() {
    String page = HtmlRenderer.page().render(report());
    assertThat(page).contains("<colgroup><col width=\"").contains("cchc-fixed");
    assertThat(HtmlRenderer.fragment().render(report())).doesNotContain("<colgroup>");
  }
}
