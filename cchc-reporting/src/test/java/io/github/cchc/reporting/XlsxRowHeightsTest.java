package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.render.ReportFonts;
import io.github.cchc.reporting.xlsx.XlsxRenderer;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Every row of the XLSX is as high as its wrapped texts need, checked against Java 2D's own line
 * breaking ({@link LineBreakMeasurer}, not the renderer's word-by-word measure) on the shipped font
 * with Times New Roman's metrics: never lower than the lines a text takes (it would be cut or
 * overlap the next row), and at most one line higher (no rows of blank space). The column width in
 * points is taken as a spreadsheet computes it from characters of the default font (7 pixels a
 * character, 5 of padding).
 */
class XlsxRowHeightsTest {
  private static final float LINE = 15.75f;
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private static int lines(String text, boolean bold, float points) {
    java.awt.Font font =
        ReportFonts.awt(bold ? ReportFonts.Style.BOLD : ReportFonts.Style.REGULAR).deriveFont(12f);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      if (paragraph.isBlank()) {
        lines++;
        continue;
      }
      AttributedString s = new AttributedString(paragraph);
      s.addAttribute(TextAttribute.FONT, font);
      LineBreakMeasurer m = new LineBreakMeasurer(s.getIterator(), CONTEXT);
      while (m.getPosition() < paragraph.length()) {
        m.nextLayout(points - 4.5f);
        lines++;
      }
    }
    return Math.max(1, lines);
  }

  private static List<String> check(XSSFSheet sheet) {
    List<String> wrong = new ArrayList<>();
    for (Row row : sheet) {
      int needed = 1;
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
          continue;
        }
        int first = cell.getColumnIndex();
        int last = first;
        boolean skip = false;
        for (CellRangeAddress m : sheet.getMergedRegions()) {
          if (m.isInRange(row.getRowNum(), first)) {
            skip = m.getFirstRow() != m.getLastRow();
            last = m.getLastColumn();
          }
        }
        if (skip) {
          continue;
        }
        float points = 0;
        for (int c = first; c <= last; c++) {
          points += (sheet.getColumnWidth(c) / 256 * 7 + 5) * 0.75f;
        }
        boolean bold = ((XSSFCell) cell).getCellStyle().getFont().getBold();
        needed = Math.max(needed, lines(cell.getStringCellValue(), bold, points));
      }
      float height = row.getHeightInPoints();
      if (height < needed * LINE - 1 || height > (needed + 1) * LINE + 0.01f) {
        wrong.add(
            sheet.getSheetName()
                + " row "
                + (row.getRowNum() + 1)
                + ": "
                + height
                + " pt for "
                + needed
                + " lines");
      }
    }
    return wrong;
  }

  @Test
  void everyRowFitsItsWrappedTextsOnEverySheet() throws IOException {
    for (Report report :
        List.of(
            SampleReports.targetAchievement(), SampleReports.periodic(), SampleReports.ranking())) {
      byte[] xlsx = new XlsxRenderer().toBytes(report);
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
          assertThat(check(book.getSheetAt(i))).as(book.getSheetName(i)).isEmpty();
        }
      }
    }
  }
}
