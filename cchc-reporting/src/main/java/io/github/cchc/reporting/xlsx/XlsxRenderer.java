package io.github.cchc.reporting.xlsx;

import io.github.cchc.reporting.model.Block;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.CellKind;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.HeaderGroup;
import io.github.cchc.reporting.model.Paragraph;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Section;
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
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
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
      int r = 0;
      r = text(cover, r, report.header().governingBody().orElse(""), styles.plain);
      r = text(cover, r, report.header().issuingBody(), styles.bold);
      r = text(cover, r, VietnameseFormat.numberLine(report.header()), styles.plain);
      r = text(cover, r, VietnameseFormat.dateLine(report.header()), styles.plain);
      r = text(cover, r + 1, report.kind(), styles.bold);
      r = text(cover, r, report.title(), styles.bold);
      int tableNumber = 0;
      List<Table> tables = new ArrayList<>();
      for (Section section : report.sections()) {
        r = text(cover, r + 1, section.heading(), styles.bold);
        for (Block block : section.blocks()) {
          if (block instanceof Paragraph p) {
            r = text(cover, r, p.text(), styles.plain);
          } else if (block instanceof Table t) {
            tables.add(t);
            tableNumber++;
            r =
                text(
                    cover,
                    r,
                    t.caption() + " → trang tính \"Bảng " + tableNumber + "\"",
                    styles.plain);
          }
        }
      }
      cover.setColumnWidth(0, 120 * 256);
      for (int i = 0; i < tables.size(); i++) {
        table(
            workbook.createSheet(WorkbookUtil.createSafeSheetName("Bảng " + (i + 1))),
            tables.get(i),
            styles);
      }
      Instant time = Reproducible.timeOf(report);
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(time)));
      workbook.getProperties().getCoreProperties().setCreator("cchc-sdk");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      Reproducible.copyZip(bytes.toByteArray(), time, out);
    }
  }

  private static int text(XSSFSheet sheet, int row, String text, CellStyle style) {
    XSSFCell cell = sheet.createRow(row).createCell(0);
    cell.setCellValue(text);
    cell.setCellStyle(style);
    return row + 1;
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
      String label = column.label() + column.unit().map(u -> " (" + u + ")").orElse("");
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
    for (Row row : table.rows()) {
      row(sheet.createRow(r++), row, styles, false, chars);
    }
    for (Row row : table.totals()) {
      row(sheet.createRow(r++), row, styles, true, chars);
    }
    for (int c = 0; c < width; c++) {
      sheet.setColumnWidth(c, Math.min(60, chars[c] + 3) * 256);
    }
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
      bold = workbook.createCellStyle();
      bold.setFont(boldFont);
      italic = workbook.createCellStyle();
      italic.setFont(font(false, true));
      header = bordered(boldFont);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
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
