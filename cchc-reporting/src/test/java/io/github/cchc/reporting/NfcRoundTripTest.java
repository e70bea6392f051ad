package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cchc.reporting.builder.UnitFigures;
import io.github.cchc.reporting.builder.UnitRanking;
import io.github.cchc.reporting.csv.CsvRenderer;
import io.github.cchc.reporting.docx.DocxRenderer;
import io.github.cchc.reporting.json.JsonRenderer;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.pdf.PdfRenderer;
import io.github.cchc.reporting.xlsx.XlsxRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Vietnamese text given decomposed (NFD, as some Mac and web forms send it) is stored in NFC and
 * comes back byte for byte in NFC from every format.
 */
class NfcRoundTripTest {
  /** Every Vietnamese letter with its tone marks, lower and upper case. */
  static final String LETTERS =
      "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";

  static final String ALL_LETTERS =
      LETTERS + LETTERS.toUpperCase(java.util.Locale.forLanguageTag("vi-VN"));

  private static final String NAME = "UBND xã Phước Tín, Đắk Ơ, Lộc Ninh, Ea H'leo, Quảng Hưng";

  private static Report reportWithUnit(String unit) {
    return UnitRanking.builder()
        .header(SampleReports.header())
        .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
        .periodLabel("quý III năm 2024")
        .addUnits(
            UnitFigures.of(Normalizer.normalize(unit, Normalizer.Form.NFD), 98, 100),
            UnitFigures.of(ALL_LETTERS, 1, 2))
        .build()
        .toReport();
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @Test
  void theModelStoresNfc() {
    Report report = reportWithUnit(NAME);
    String json = new String(new JsonRenderer().toBytes(report), StandardCharsets.UTF_8);
    assertThat(json).contains(NAME).doesNotContain(Normalizer.normalize(NAME, Normalizer.Form.NFD));
  }

  @Test
  void pdfDocxXlsxCarryTheNfcTextAndEveryLetter() throws IOException {
    Report report = reportWithUnit(NAME);
    try (PDDocument pdf = Loader.loadPDF(new PdfRenderer().toBytes(report))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(NAME).contains(ALL_LETTERS);
    }
    try (XWPFDocument doc =
            new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().toBytes(report)));
        XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
      assertThat(words.getText()).contains(NAME).contains(ALL_LETTERS);
    }
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(new XlsxRenderer().toBytes(report)))) {
      List<String> texts = new ArrayList<>();
      book.getSheet("Bảng 1").forEach(r -> r.forEach(c -> texts.add(c.toString())));
      assertThat(texts).contains(NAME, ALL_LETTERS);
    }
  }

  @Test
  void jsonAndCsvRoundTripAnyVietnameseTextByteExactInNfc() {
    java.util.function.Function<List<Character>, String> join =
        l -> {
          StringBuilder b = new StringBuilder("Sở ");
          l.forEach(b::append);
          return b.toString();
        };
    Gen<String> vietnamese =
        org.quicktheories.generators.SourceDSL.lists()
            .of(Generate.pick(chars(ALL_LETTERS + " ,.-()/\"'")))
            .ofSizeBetween(1, 40)
            .map(join);
    JsonRenderer json = new JsonRenderer();
    qt().withExamples(200)
        .forAll(vietnamese)
        .checkAssert(
            name -> {
              Report report = reportWithUnit(name);
              try {
                Report back = json.read(new ByteArrayInputStream(json.toBytes(report)));
                assertThat(back).isEqualTo(report);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
              byte[] csv = new CsvRenderer().toBytes(report);
              String expected = nfc(name);
              String text = new String(csv, StandardCharsets.UTF_8);
              List<byte[]> fields = new ArrayList<>();
              try (CsvReader<CsvRecord> reader =
                  CsvReader.builder()
                      .allowExtraFields(true)
                      .allowMissingFields(true)
                      .ofCsvRecord(text.substring(1))) {
                reader.forEach(
                    r ->
                        r.getFields().forEach(f -> fields.add(f.getBytes(StandardCharsets.UTF_8))));
              } catch (IOException e) {
                throw new AssertionError(e);
              }
              assertThat(fields)
                  .anySatisfy(
                      f -> assertThat(f).isEqualTo(expected.getBytes(StandardCharsets.UTF_8)));
            });
  }

  private static List<Character> chars(String s) {
    List<Character> out = new ArrayList<>();
    for (char c : s.toCharArray()) {
      out.add(c);
    }
    return out;
  }
}
