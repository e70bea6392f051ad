package io.github.cchc.indicators.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a CSV export as a workbook the way one-stop systems do: a title block, then the header and
 * the rows; the texts of date columns that are valid {@code dd/MM/yyyy HH:mm} dates become date
 * cells (number with a date format), every other value stays text.
 */
final class TestWorkbooks {
  private static final DateTimeFormatter VN =
      DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);

  private TestWorkbooks() {}

  static void write(Path csv, Path out, String sheet, List<String> titleRows, char separator)
      throws IOException {
    boolean xls = out.getFileName().toString().endsWith(".xls");
    try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        CsvReader<CsvRecord> reader =
            CsvReader.builder()
                .fieldSeparator(separator)
                .ofCsvRecord(Files.readString(csv, StandardCharsets.UTF_8).replace("\uFEFF", ""))) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      Sheet s = wb.createSheet(sheet);
      int r = 0;
      for (String title : titleRows) {
        Row row = s.createRow(r++);
        if (!title.isEmpty()) {
          row.createCell(0).setCellValue(title);
        }
      }
      List<String> header = null;
      for (CsvRecord rec : reader) {
        Row row = s.createRow(r++);
        boolean isHeader = header == null;
        if (isHeader) {
          header = rec.getFields();
        }
        for (int c = 0; c < rec.getFieldCount(); c++) {
          String v = rec.getField(c);
          if (v.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(c);
          LocalDateTime t = !isHeader && isDate(header.get(c)) ? parse(v) : null;
          if (t != null) {
            cell.setCellValue(t);
            cell.setCellStyle(date);
          } else {
            cell.setCellValue(v);
          }
        }
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        wb.write(o);
      }
    }
  }

  private static boolean isDate(String header) {
    return header.startsWith("Ngày") || header.endsWith("_at");
  }

  private static LocalDateTime parse(String v) {
    try {
      return LocalDateTime.parse(v, VN);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
