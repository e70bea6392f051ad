package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.dossier.Dossier;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkbookReaderTest {
  private static final Path CSV =
      DossierReaderTest.resource("ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv");
  private static final List<String> TITLE =
      List.of(
          "UBND TỈNH BÌNH PHƯỚC",
          "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
          "DANH SÁCH HỒ SƠ TIẾP NHẬN Từ ngày 01/01/2024 đến ngày 31/03/2024",
          "");

  @TempDir Path dir;

  private final List<Dossier> fromCsv = new ArrayList<>();
  private final List<Dossier> fromWorkbook = new ArrayList<>();

  @ParameterizedTest
  @ValueSource(strings = {"ho-so.xlsx", "ho-so.xls"})
  void aWorkbookWithATitleBlockReadsAsItsCsvWithSheetAndRowNumbers(String name) throws IOException {
    Path book = dir.resolve(name);
    TestWorkbooks.write(CSV, book, "Danh sách hồ sơ", TITLE, ';');

    ReadReport csv = DossierReader.defaults().read(CSV, fromCsv::add);
    ReadReport wb = DossierReader.defaults().read(book, fromWorkbook::add);

    assertThat(wb.summary()).isEqualTo("read 9 rows: 5 accepted, 4 rejected");
    assertThat(fromWorkbook).isEqualTo(fromCsv);
    assertThat(fromWorkbook.get(0).received()).isEqualTo(LocalDateTime.of(2024, 1, 5, 8, 30));
    // the header is on row 5, under the four rows of the title block: CSV line L is row L + 4
    assertThat(wb.rejected())
        .extracting(RejectedRow::line)
        .containsExactlyElementsOf(csv.rejected().stream().map(r -> r.line() + 4).toList());
    assertThat(wb.rejected())
        .extracting(RejectedRow::reason)
        .containsExactlyElementsOf(csv.rejected().stream().map(RejectedRow::reason).toList());
    assertThat(wb.rejected())
        .extracting(RejectedRow::column)
        .containsExactlyElementsOf(csv.rejected().stream().map(RejectedRow::column).toList());
    RejectedRow fax = wb.rejected().get(3);
    assertThat(fax.sheet()).hasValue("Danh sách hồ sơ");
    assertThat(fax.file()).isEqualTo(name);
    assertThat(fax.describe())
        .isEqualTo("line 13: sheet Danh sách hồ sơ: Hình thức nộp: unknown channel \"Fax\"");
    assertThat(fax.toString())
        .isEqualTo(name + "[Danh sách hồ sơ]:13: Hình thức nộp: unknown channel \"Fax\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"khac.xlsx", "khac.xls"})
  void anotherSystemsWorkbookReadsWithTheMapping(String name) throws IOException {
    Path csv = DossierReaderTest.resource("he-thong-khac-anh-xa-cot.csv");
    ColumnMapping mapping =
        ColumnMapping.load(DossierReaderTest.resource("anh-xa-cot-he-thong-khac.properties"));
    Path book = dir.resolve(name);
    char sep = DossierReader.separator(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0));
    TestWorkbooks.write(csv, book, "Sheet1", List.of("Báo cáo"), sep);
    DossierReader reader = DossierReader.defaults().withMapping(mapping);

    ReadReport fromText = reader.read(csv, fromCsv::add);
    ReadReport fromBook = reader.read(book, fromWorkbook::add);

    assertThat(fromBook.summary()).isEqualTo(fromText.summary());
    assertThat(fromBook.accepted()).isPositive();
    assertThat(fromWorkbook).isEqualTo(fromCsv);
  }

  @Test
  void sheetsWithoutAHeaderAreNotReadAndEveryDataSheetIs() throws IOException {
    Path book = dir.resolve("hai-sheet.xlsx");
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet cover = wb.createSheet("Tổng hợp");
      cover.createRow(0).createCell(0).setCellValue("Tổng số hồ sơ: 2");
      for (String name : List.of("Quý 1", "Quý 2")) {
        Sheet s = wb.createSheet(name);
        header(s.createRow(0));
        data(s.createRow(1), name.equals("Quý 1") ? "A-1" : "A-2", "05/01/2024 08:30");
        data(s.createRow(2), "A-1", "05/01/2024 08:30"); // a duplicate in Quý 1 and across
      }
      write(wb, book);
    }
    ReadReport r = DossierReader.defaults().read(book, fromWorkbook::add);
    assertThat(r.summary()).isEqualTo("read 4 rows: 2 accepted, 2 rejected");
    assertThat(r.rejected())
        .extracting(RejectedRow::describe)
        .containsExactly(
            "line 3: sheet Quý 1: Mã hồ sơ: duplicate id \"A-1\"",
            "line 3: sheet Quý 2: Mã hồ sơ: duplicate id \"A-1\"");
  }

  @Test
  void aWorkbookWithoutAHeaderRowSaysWhichColumnsTheClosestRowLacks() throws IOException {
    Path book = dir.resolve("thieu-cot.xlsx");
    try (Workbook wb = new XSSFWorkbook()) {
      Row row = wb.createSheet("Sheet1").createRow(2);
      String[] h = {"Mã hồ sơ", "Mã thủ tục", "Cơ quan giải quyết", "Ngày tiếp nhận"};
      for (int i = 0; i < h.length; i++) {
        row.createCell(i).setCellValue(h[i]);
      }
      write(wb, book);
    }
    assertThatThrownBy(() -> DossierReader.defaults().read(book, fromWorkbook::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessage(
            "thieu-cot.xlsx[Sheet1]:3: no header row in the first 100 rows of any sheet; the"
                + " closest row lacks the columns Hình thức nộp / channel, Ngày hẹn trả / due_at");
  }

  @Test
  void aCsvFileNamedXlsxIsRefusedAsNotAWorkbook() throws IOException {
    Path fake = dir.resolve("ho-so.xlsx");
    Files.copy(CSV, fake);
    assertThatThrownBy(() -> DossierReader.defaults().read(fake, fromWorkbook::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessageStartingWith("ho-so.xlsx: not a readable .xlsx workbook");
    Path fakeXls = dir.resolve("ho-so.xls");
    Files.copy(CSV, fakeXls);
    assertThatThrownBy(() -> DossierReader.defaults().read(fakeXls, fromWorkbook::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessageStartingWith("ho-so.xls: not a readable .xls workbook");
  }

  @Test
  void binaryAndOpenDocumentWorkbooksAreRefusedWithWhatToDo() throws IOException {
    Path xlsb = dir.resolve("ho-so.xlsb");
    Files.write(xlsb, new byte[] {0x50, 0x4B, 3, 4});
    assertThatThrownBy(() -> DossierReader.defaults().read(xlsb, fromWorkbook::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessage("ho-so.xlsb: .xlsb workbooks are not read; save the export as .xlsx (or CSV)");
  }

  @Test
  void anExternalEntityInASheetIsRefusedAndNotResolved() throws IOException {
    Path secret = dir.resolve("mat-khau.txt");
    Files.writeString(secret, "BI-MAT-123");
    Path book = dir.resolve("xxe.xlsx");
    Path plain = dir.resolve("plain.xlsx");
    TestWorkbooks.write(CSV, plain, "Sheet1", List.of(), ';');
    String doctype = "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>";
    rewrite(
        plain,
        book,
        "xl/worksheets/sheet1.xml",
        xml ->
            xml.replaceFirst("\\?>", "?>" + doctype)
                .replaceFirst(
                    "<c r=\"A2\" t=\"s\"><v>\\d+</v></c>",
                    "<c r=\"A2\" t=\"inlineStr\"><is><t>&x;</t></is></c>"));
    assertThat(new String(Files.readAllBytes(book), StandardCharsets.ISO_8859_1))
        .doesNotContain("BI-MAT"); // the entity names the file, the file holds the secret
    List<RejectedRow> rejected = new ArrayList<>();
    assertThatThrownBy(
            () ->
                DossierReader.defaults()
                    .withRejectionListener(rejected::add)
                    .read(book, fromWorkbook::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessageContaining("DOCTYPE")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("BI-MAT"));
    assertThat(fromWorkbook).isEmpty();
  }

  @Test
  void aZipBombIsRefusedBeforeItInflates() throws IOException {
    Path plain = dir.resolve("plain.xlsx");
    TestWorkbooks.write(CSV, plain, "Sheet1", List.of(), ';');
    Path bomb = dir.resolve("bom.xlsx");
    String padding = " ".repeat(50 << 20); // 50 MB of spaces inflate from about 50 KB
    rewrite(
        plain,
        bomb,
        "xl/worksheets/sheet1.xml",
        xml -> xml.replace("<sheetData>", "<sheetData>" + padding));
    assertThat(Files.size(bomb)).isLessThan(1 << 20);
    assertThatThrownBy(() -> DossierReader.defaults().read(bomb, fromWorkbook::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessageContaining("Zip bomb");
  }

  @Test
  void anOverlongRowIsRejectedAndReadingGoesOn() throws IOException {
    Path book = dir.resolve("dai.xlsx");
    try (Workbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Sheet1");
      header(s.createRow(0));
      data(s.createRow(1), "A-1", "05/01/2024 08:30");
      Row longRow = s.createRow(2);
      data(longRow, "A-2", "05/01/2024 08:30");
      longRow.createCell(12).setCellValue("x".repeat(20_000));
      data(s.createRow(3), "A-3", "05/01/2024 08:30");
      write(wb, book);
    }
    ReadReport r = DossierReader.defaults().withMaxRowLength(10_000).read(book, fromWorkbook::add);
    assertThat(r.summary()).isEqualTo("read 3 rows: 2 accepted, 1 rejected");
    assertThat(r.rejected().get(0).describe())
        .isEqualTo("line 3: sheet Sheet1: row longer than 10000 characters");
  }

  @Test
  void strictModeStopsAtTheFirstBadRowOfAWorkbook() throws IOException {
    Path book = dir.resolve("ho-so.xlsx");
    TestWorkbooks.write(CSV, book, "Sheet1", TITLE, ';');
    assertThatThrownBy(() -> DossierReader.defaults().strict().read(book, fromWorkbook::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessageStartingWith(
            "ho-so.xlsx[Sheet1]:10: Ngày tiếp nhận: invalid date \"31/02/2024 08:00\"");
    assertThat(fromWorkbook).hasSize(4);
  }

  @Test
  void anExceptionOfTheConsumerReachesTheCallerUnchanged() throws IOException {
    Path book = dir.resolve("ho-so.xlsx");
    TestWorkbooks.write(CSV, book, "Sheet1", TITLE, ';');
    IllegalStateException boom = new IllegalStateException("đầy");
    assertThatThrownBy(
            () ->
                DossierReader.defaults()
                    .read(
                        book,
                        d -> {
                          throw boom;
                        }))
        .isSameAs(boom);
  }

  private static void header(Row row) {
    String[] h = {
      "Mã hồ sơ",
      "Mã thủ tục",
      "Cơ quan giải quyết",
      "Hình thức nộp",
      "Ngày tiếp nhận",
      "Ngày hẹn trả"
    };
    for (int i = 0; i < h.length; i++) {
      row.createCell(i).setCellValue(h[i]);
    }
  }

  private static void data(Row row, String id, String received) {
    String[] v = {id, "1.001234", "Sở Xây dựng", "Trực tiếp", received, "19/01/2024 17:00"};
    for (int i = 0; i < v.length; i++) {
      row.createCell(i).setCellValue(v[i]);
    }
  }

  private static void write(Workbook wb, Path file) throws IOException {
    try (OutputStream o = Files.newOutputStream(file)) {
      wb.write(o);
    }
  }

  /** Copies a zip, changing the text of one entry. */
  static void rewrite(
      Path from, Path to, String entry, java.util.function.UnaryOperator<String> change)
      throws IOException {
    try (ZipFile in = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] bytes = in.getInputStream(e).readAllBytes();
        if (e.getName().equals(entry)) {
          bytes =
              change
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
  }
}
