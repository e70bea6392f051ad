package io.github.cchc.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * A 200,000-row dossier export as {@code .xlsx} (the rows of {@link DossierExports}, dates as date
 * cells, strings inline, as {@code cchc sample-data --format xlsx} writes them; generated in the
 * setup) read into a tally by agency with {@link DossierReader#readXlsx}, against a bare POI
 * streaming read of the same file ({@link XSSFReader} and {@link XSSFSheetXMLHandler} with POI's
 * own cell formatting, every cell handed to a black hole, no conversion) — the limit of the
 * approach. Run with the heap of the limit, {@code -Xmx256m}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar XlsxReadBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class XlsxReadBenchmark {
  static final int ROWS = 200_000;
  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private Path dir;
  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("cchc-bench");
    Path csv = dir.resolve("ho-so.csv");
    DossierExports.write(csv, ROWS, 2024);
    file = dir.resolve("ho-so.xlsx");
    toXlsx(csv, file);
    Files.delete(csv);
    System.err.printf("%n%s: %d rows, %.1f MB%n", file, ROWS, Files.size(file) / 1e6);
  }

  /** The export as a workbook: text cells, and date cells in the date columns. */
  static void toXlsx(Path csv, Path xlsx) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, false);
    try (CsvReader<CsvRecord> rows = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8);
        OutputStream out = Files.newOutputStream(xlsx)) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      SXSSFSheet sheet = wb.createSheet("Danh sách hồ sơ");
      sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH HỒ SƠ NĂM 2024");
      int r = 1;
      for (CsvRecord rec : rows) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rec.getFieldCount(); c++) {
          String v = rec.getField(c);
          if (v.isEmpty()) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (r > 1 && c >= 6 && c <= 8) {
            cell.setCellValue(LocalDateTime.parse(v, VN));
            cell.setCellStyle(date);
          } else {
            cell.setCellValue(v);
          }
        }
        r++;
      }
      wb.write(out);
    } finally {
      wb.close();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public long baselinePoiStreamingRead(Blackhole bh) throws Exception {
    long[] cells = new long[1];
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(
              new XSSFSheetXMLHandler(
                  reader.getStylesTable(),
                  new ReadOnlySharedStringsTable(pkg),
                  new XSSFSheetXMLHandler.SheetContentsHandler() {
                    @Override
                    public void startRow(int rowNum) {}

                    @Override
                    public void endRow(int rowNum) {}

                    @Override
                    public void cell(String ref, String value, XSSFComment comment) {
                      bh.consume(value);
                      cells[0]++;
                    }
                  },
                  false));
          xml.parse(new InputSource(sheet));
        }
      }
    }
    return cells[0];
  }

  @Benchmark
  public Tally xlsxToTally() {
    TallyAccumulator acc =
        new TallyAccumulator(Grouping.agency(), TallyScope.all(LocalDate.of(2024, 12, 31)));
    ReadReport report = DossierReader.defaults().readXlsx(file, acc::add);
    if (report.accepted() != ROWS) {
      throw new IllegalStateException(report.summary());
    }
    return acc.toTally();
  }
}
