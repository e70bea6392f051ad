package io.github.cchc.examples.data;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a CSV dossier export as the {@code .xlsx} a one-stop system hands its users: a title block
 * (the province, the list's name, the period), a blank row, the header, then one row per dossier;
 * the dates are date cells ({@code dd/mm/yyyy hh:mm}), except the texts that are not dates (the
 * deliberately bad rows keep their bad text), every other value a text cell.
 *
 * <p>Streams with Apache POI's SXSSF (100 rows in memory, strings inline, not in a shared table, so
 * a reader needs no table of a million ids either), already on the examples' class path.
 *
 * <pre>{@code
 * XlsxExport.write(Path.of("dossiers-2024.csv"), Path.of("dossiers-2024.xlsx"));
 * }</pre>
 */
public final class XlsxExport {
  /** The rows above the header: the title block, then a blank row. */
  public static final String[] TITLE = {
    "ỦY BAN NHÂN DÂN TỈNH (DỮ LIỆU MẪU)",
    "DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH",
    "Từ ngày 01/01/2024 đến ngày 31/12/2024",
    ""
  };

  /** The sheet's name. */
  public static final String SHEET = "Danh sách hồ sơ";

  private XlsxExport() {}

  /**
   * Converts {@code csv} (as {@link DossierGenerator} writes it) to the workbook {@code xlsx}.
   *
   * @param csv the CSV export
   * @param xlsx the workbook to write
   * @throws IOException if either file fails
   */
  public static void write(Path csv, Path xlsx) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, false);
    try (CsvReader<CsvRecord> reader =
            CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8);
        OutputStream out = Files.newOutputStream(xlsx)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      SXSSFSheet sheet = wb.createSheet(SHEET);
      int r = 0;
      for (String title : TITLE) {
        Row row = sheet.createRow(r++);
        if (!title.isEmpty()) {
          row.createCell(0).setCellValue(title);
        }
      }
      boolean[] isDate = null;
      for (CsvRecord rec : reader) {
        Row row = sheet.createRow(r++);
        if (isDate == null) {
          isDate = new boolean[rec.getFieldCount()];
          for (int c = 0; c < isDate.length; c++) {
            String h = rec.getField(c);
            isDate[c] = h.startsWith("Ngày") && !h.equals("Ngày");
            row.createCell(c).setCellValue(h);
          }
          continue;
        }
        for (int c = 0; c < rec.getFieldCount(); c++) {
          String v = rec.getField(c);
          if (v.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(c);
          LocalDateTime t = c < isDate.length && isDate[c] ? date(v) : null;
          if (t != null) {
            cell.setCellValue(t);
            cell.setCellStyle(date);
          } else {
            cell.setCellValue(v);
          }
        }
      }
      wb.write(out);
    } finally {
      wb.close(); // deletes SXSSF's temporary files
    }
  }

  /** The date-time of "dd/MM/yyyy HH:mm", or null if the text is not one. */
  static LocalDateTime date(String v) {
    if (v.length() != 16
        || v.charAt(2) != '/'
        || v.charAt(5) != '/'
        || v.charAt(10) != ' '
        || v.charAt(13) != ':') {
      return null;
    }
    try {
      return LocalDateTime.of(
          Integer.parseInt(v, 6, 10, 10),
          Integer.parseInt(v, 3, 5, 10),
          Integer.parseInt(v, 0, 2, 10),
          Integer.parseInt(v, 11, 13, 10),
          Integer.parseInt(v, 14, 16, 10));
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
  }
}
