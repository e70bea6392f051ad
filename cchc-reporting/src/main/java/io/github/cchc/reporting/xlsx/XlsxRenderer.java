package io.github.cchc.reporting.xlsx;

import io.github.cchc.reporting.model.Block;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.CellKind;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.HeaderGroup;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Paragraph;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.SignatureBlock;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.render.ReportRenderer;
import io.github.cchc.reporting.render.Reproducible;
import io.github.cchc.reporting.render.VietnameseFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Report} as an Excel workbook: a first sheet "Báo cáo" with the document's
 * identity and text, then one sheet per table ("Bảng 1", …) with the caption, the unit note, the
 * merged group header and the column labels frozen above the rows, the totals in bold, and column
 * widths fitted to the content.
 *
 * <pre>{@code
 * Files.write(Path.of("bao-cao.xlsx"), new XlsxRenderer().toBytes(report));
 * }</pre>
 *
 * <p>Every count and percentage is a numeric cell: counts with the format {@code #,##0}, a
 * percentage as a fraction (98,5% is 0.985) with the format {@code 0.00%} (as many decimals as the
 * model asks). Excel shows them with the reader's separators, so a Vietnamese Excel shows "1.234"
 * and "98,50%"; the value underneath is exact to the model's value.
 */
public final class XlsxRenderer implements ReportRenderer {
  private static final String FONT = "Times New Roman";

  /** Width of the cover's left column (issuer, Nơi nhận), in characters. */
  private static final int COVER_LEFT = 45;

  /** Width of the cover's right column (quốc hiệu, signature), in characters. */
  private static final int COVER_RIGHT = 65;

  /** An XLSX renderer. */
  public XlsxRenderer() {}

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public String mediaType() {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      XSSFSheet cover = workbook.createSheet("Báo cáo");
      OfficialHeader header = report.header();
      int r = 0;
      r =
          pair(
              cover,
              r,
              header.governingBody().orElse(""),
              styles.center,
              header.nationalTitle(),
              styles.centerBold);
      r =
          pair(
              cover, r, header.issuingBody(), styles.centerBold, header.motto(), styles.centerBold);
      r =
          pair(
              cover,
              r,
              VietnameseFormat.numberLine(header),
              styles.center,
              VietnameseFormat.dateLine(header),
              styles.centerItalic);
      r = wide(cover, r + 1, report.kind(), styles.centerBold);
      r = wide(cover, r, report.title(), styles.centerBold);
      if (!report.addressees().isEmpty()) {
        r =
            wide(
                cover,
                r,
                "Kính gửi: " + String.join("; ", report.addressees()) + ".",
                styles.center);
      }
      List<Table> tables = new ArrayList<>();
      r = coverSections(cover, r, report.sections(), tables, styles);
      r++;
      List<String> recipients = report.recipients();
      int foot = r;
      if (!recipients.isEmpty()) {
        r = pair(cover, r, "Nơi nhận:", styles.boldItalic, "", styles.plain);
        for (int i = 0; i < recipients.size(); i++) {
          r =
              pair(
                  cover,
                  r,
                  "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"),
                  styles.plain,
                  "",
                  styles.plain);
        }
      }
      if (report.signature().isPresent()) {
        SignatureBlock sign = report.signature().orElseThrow();
        List<String> lines = new ArrayList<>();
        sign.authority().ifPresent(lines::add);
        lines.add(sign.title());
        lines.add("");
        lines.add("");
        lines.add("");
        sign.name().ifPresent(lines::add);
        for (int i = 0; i < lines.size(); i++) {
          XSSFRow row =
              cover.getRow(foot + i) == null ? cover.createRow(foot + i) : cover.getRow(foot + i);
          XSSFCell cell = row.createCell(1);
          cell.setCellValue(lines.get(i));
          cell.setCellStyle(styles.centerBold);
        }
      }
      r = Math.max(r, foot + 7);
      coverSections(cover, r, report.appendices(), tables, styles);
      cover.setColumnWidth(0, COVER_LEFT * 256);
      cover.setColumnWidth(1, COVER_RIGHT * 256);
      fitRows(cover, 0, cover.getLastRowNum());
      cover.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      cover.setFitToPage(true);
      cover.getPrintSetup().setFitWidth((short) 1);
      cover.getPrintSetup().setFitHeight((short) 0);
      for (int i = 0; i < tables.size(); i++) {
        table(
            workbook.createSheet(WorkbookUtil.createSafeSheetName("Bảng " + (i + 1))),
            tables.get(i),
            styles);
      }
      Instant time = Reproducible.timeOf(report);
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(time)));
      workbook.getProperties().getCoreProperties().setCreator("cchc-sdk");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
      // POI's zip is only read back by copyZip, which deflates every entry again: written without
      // compression (deflate level 0) it has the same entries, so the file is the same, sooner
      try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
        zip.setLevel(Deflater.NO_COMPRESSION);
        workbook.write(zip);
      }
      Reproducible.copyZip(bytes.toByteArray(), time, out);
    }
  }

  /**
   * Headings and paragraphs of sections on the cover; each table is listed by caption and goes to a
   * sheet of its own ("Bảng n").
   */
  private static int coverSections(
      XSSFSheet cover, int row, List<Section> sections, List<Table> tables, Styles styles) {
    int r = row;
    for (Section section : sections) {
      r = wide(cover, r + 1, section.heading(), styles.bold);
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph p) {
          r = wide(cover, r, p.text(), styles.plain);
        } else if (block instanceof Table t) {
          tables.add(t);
          r =
              wide(
                  cover,
                  r,
                  t.caption() + " → trang tính \"Bảng " + tables.size() + "\"",
                  styles.plain);
        }
      }
    }
    return r;
  }

  /** A row with a text on the left half and one on the right half of the cover. */
  private static int pair(
      XSSFSheet sheet,
      int row,
      String left,
      CellStyle leftStyle,
      String right,
      CellStyle rightStyle) {
    XSSFRow x = sheet.createRow(row);
    XSSFCell a = x.createCell(0);
    a.setCellValue(left);
    a.setCellStyle(leftStyle);
    XSSFCell b = x.createCell(1);
    b.setCellValue(right);
    b.setCellStyle(rightStyle);
    return row + 1;
  }

  /** A text across both columns of the cover, wrapped (its row is sized by {@link #fitRows}). */
  private static int wide(XSSFSheet sheet, int row, String text, CellStyle style) {
    XSSFRow x = sheet.createRow(row);
    XSSFCell cell = x.createCell(0);
    cell.setCellValue(text);
    cell.setCellStyle(style);
    x.createCell(1).setCellStyle(style);
    sheet.addMergedRegion(new CellRangeAddress(row, row, 0, 1));
    return row + 1;
  }

  /**
   * Makes every row from {@code first} to {@code last} as high as its tallest wrapped text needs,
   * measured with the font's metrics in the width of its cell (of its merged cells on one row).
   */
  private static void fitRows(XSSFSheet sheet, int first, int last) {
    Map<Long, Integer> merged = new HashMap<>(); // (row, first column) -> last column
    java.util.Set<Long> covered = new java.util.HashSet<>(); // cells of merges over several rows
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        if (region.getFirstRow() == region.getLastRow()) {
          merged.put(((long) r << 16) | region.getFirstColumn(), region.getLastColumn());
        } else {
          for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
            covered.add(((long) r << 16) | c);
          }
        }
      }
    }
    for (int r = first; r <= last; r++) {
      XSSFRow row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      int lines = 1;
      for (org.apache.poi.ss.usermodel.Cell cell : row) {
        int c = cell.getColumnIndex();
        long key = ((long) r << 16) | c;
        if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
            || !cell.getCellStyle().getWrapText()
            || covered.contains(key)) {
          continue;
        }
        int lastColumn = merged.getOrDefault(key, c);
        double points = 0;
        for (int k = c; k <= lastColumn; k++) {
          points += WrappedText.columnPoints(sheet.getColumnWidth(k) / 256);
        }
        boolean bold = ((XSSFCell) cell).getCellStyle().getFont().getBold();
        lines = Math.max(lines, WrappedText.lines(cell.getStringCellValue(), bold, points));
      }
      row.setHeightInPoints(WrappedText.LINE_POINTS * lines);
    }
  }

  private static void table(XSSFSheet sheet, Table table, Styles styles) {
    List<Column> columns = table.columns();
    int width = columns.size();
    int[] chars = new int[width];
    int r = 0;
    XSSFCell caption = sheet.createRow(r).createCell(0);
    caption.setCellValue(table.caption());
    caption.setCellStyle(styles.bold);
    if (width > 1) {
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
    }
    r++;
    if (table.unitNote().isPresent()) {
      XSSFCell unit = sheet.createRow(r).createCell(0);
      unit.setCellValue(table.unitNote().orElseThrow());
      unit.setCellStyle(styles.italic);
      r++;
    }
    int labelRow = table.groups().isEmpty() ? r : r + 1;
    XSSFRow labels = sheet.createRow(labelRow);
    for (int c = 0; c < width; c++) {
      Column column = columns.get(c);
      // A "%" column holds cells formatted as percentages: the sign is in every cell already.
      String label =
          column.label()
              + column.unit().filter(u -> !"%".equals(u)).map(u -> " (" + u + ")").orElse("");
      XSSFCell cell = labels.createCell(c);
      cell.setCellValue(label);
      cell.setCellStyle(styles.header);
      chars[c] = Math.max(chars[c], Math.min(label.length(), 24));
    }
    if (!table.groups().isEmpty()) {
      XSSFRow groups = sheet.createRow(r);
      for (int c = 0; c < width; c++) {
        groups.createCell(c).setCellStyle(styles.header);
      }
      int c = 0;
      for (HeaderGroup g : table.groups()) {
        if (g.label().isEmpty()) {
          for (int i = 0; i < g.span(); i++) {
            XSSFCell top = groups.getCell(c + i);
            top.setCellValue(labels.getCell(c + i).getStringCellValue());
            labels.getCell(c + i).setBlank();
            sheet.addMergedRegion(new CellRangeAddress(r, labelRow, c + i, c + i));
          }
        } else {
          groups.getCell(c).setCellValue(g.label());
          if (g.span() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, c, c + g.span() - 1));
          }
        }
        c += g.span();
      }
    }
    r = labelRow + 1;
    sheet.createFreezePane(0, r);
    // Printing: the header rows on every page, one page wide, landscape when the table is wide.
    sheet.setRepeatingRows(
        new CellRangeAddress(labelRow - (table.groups().isEmpty() ? 0 : 1), labelRow, -1, -1));
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.getPrintSetup().setLandscape(width > 6);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    int firstBody = r;
    for (Row row : table.rows()) {
      row(sheet.createRow(r++), row, styles, false, chars);
    }
    for (Row row : table.totals()) {
      row(sheet.createRow(r++), row, styles, true, chars);
    }
    int[] widths = new int[width];
    for (int c = 0; c < width; c++) {
      widths[c] = Math.min(60, chars[c] + 3);
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    // Wrapped texts: each row as high as its text needs, so no text overlaps the next row.
    fitRows(sheet, 0, r - 1);
  }

  private static void row(XSSFRow target, Row row, Styles styles, boolean total, int[] chars) {
    for (int c = 0; c < row.cells().size(); c++) {
      Cell cell = row.cells().get(c);
      XSSFCell x = target.createCell(c);
      switch (cell.kind()) {
        case TEXT:
          x.setCellValue(cell.text().orElseThrow());
          break;
        case INTEGER:
        case DECIMAL:
          x.setCellValue(cell.value().orElseThrow().doubleValue());
          break;
        case PERCENT:
          x.setCellValue(cell.value().orElseThrow().movePointLeft(2).doubleValue());
          break;
        default:
          break;
      }
      x.setCellStyle(styles.of(cell, total));
      chars[c] = Math.max(chars[c], VietnameseFormat.cell(cell).length());
    }
  }

  /** The styles of one workbook, made once and shared by the cells. */
  private static final class Styles {
    final XSSFWorkbook workbook;
    final CellStyle plain;
    final CellStyle bold;
    final CellStyle italic;
    final CellStyle header;
    final CellStyle center;
    final CellStyle centerBold;
    final CellStyle centerItalic;
    final CellStyle boldItalic;
    final Map<String, CellStyle> cells = new HashMap<>();
    final Font regularFont;
    final Font boldFont;
    final DataFormat formats;

    Styles(XSSFWorkbook workbook) {
      this.workbook = workbook;
      this.formats = workbook.createDataFormat();
      regularFont = font(false, false);
      boldFont = font(true, false);
      plain = workbook.createCellStyle();
      plain.setFont(regularFont);
      plain.setWrapText(true);
      plain.setVerticalAlignment(VerticalAlignment.TOP);
      center = aligned(regularFont);
      centerBold = aligned(boldFont);
      Font italicFont = font(false, true);
      centerItalic = aligned(italicFont);
      boldItalic = workbook.createCellStyle();
      boldItalic.setFont(font(true, true));
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      italic = workbook.createCellStyle();
      italic.setFont(font(false, true));
      header = bordered(boldFont);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
    }

    private CellStyle aligned(Font font) {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setAlignment(HorizontalAlignment.CENTER);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      style.setWrapText(true);
      return style;
    }

    private Font font(boolean isBold, boolean isItalic) {
      Font font = workbook.createFont();
      font.setFontName(FONT);
      font.setFontHeightInPoints((short) 12);
      font.setBold(isBold);
      font.setItalic(isItalic);
      return font;
    }

    private CellStyle bordered(Font font) {
      CellStyle style = workbook.createCellStyle();
      style.setFont(font);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setVerticalAlignment(VerticalAlignment.CENTER);
      return style;
    }

    CellStyle of(Cell cell, boolean total) {
      String format;
      switch (cell.kind()) {
        case INTEGER:
          format = "#,##0";
          break;
        case DECIMAL:
          format = cell.digits() == 0 ? "#,##0" : "#,##0." + "0".repeat(cell.digits());
          break;
        case PERCENT:
          format = cell.digits() == 0 ? "0%" : "0." + "0".repeat(cell.digits()) + "%";
          break;
        default:
          format = "@";
          break;
      }
      String key = format + (total ? "|b" : "|r") + (cell.kind() == CellKind.TEXT ? "|t" : "");
      return cells.computeIfAbsent(
          key,
          k -> {
            CellStyle style = bordered(total ? boldFont : regularFont);
            if (cell.kind() != CellKind.TEXT && cell.kind() != CellKind.EMPTY) {
              style.setDataFormat(formats.getFormat(format));
              style.setAlignment(HorizontalAlignment.RIGHT);
            } else {
              style.setWrapText(cell.kind() == CellKind.TEXT);
            }
            return style;
          });
    }
  }
}
