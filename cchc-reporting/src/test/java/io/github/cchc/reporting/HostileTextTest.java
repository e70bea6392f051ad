package io.github.cchc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.cchc.reporting.builder.UnitFigures;
import io.github.cchc.reporting.builder.UnitRanking;
import io.github.cchc.reporting.csv.CsvRenderer;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.xlsx.XlsxRenderer;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Unit names that try to run script in a portal or a formula in Excel stay inert text. */
class HostileTextTest {
  private static final String SCRIPT = "<script>alert('Sở Tư pháp')</script>";
  private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
  private static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"Bấm vào đây\")";
  private static final String PLUS = "+84 SUM(A1:A9)";
  private static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";

  private static Report hostile() {
    return UnitRanking.builder()
        .header(SampleReports.header())
        .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
        .periodLabel("quý III năm 2024")
        .addUnits(
            UnitFigures.of(SCRIPT, 9, 10),
            UnitFigures.of(IMAGE, 8, 10),
            UnitFigures.of(FORMULA, 7, 10),
            UnitFigures.of(PLUS, 6, 10),
            UnitFigures.of(AT, 5, 10),
            UnitFigures.of("-1+2", 4, 10))
        .addRecipients(SCRIPT)
        .build()
        .toReport();
  }

  @Test
  void htmlFragmentIsOneInertElementWithTheTextEscaped() throws Exception {
    String html = HtmlRenderer.fragment().render(hostile());
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("<img");
    assertThat(html).contains("&lt;script&gt;alert(&#39;Sở Tư pháp&#39;)&lt;/script&gt;");
    // Well-formed, one root element; no script, no event handler, no external reference.
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(html)));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("section");
    assertThat(root.getAttribute("class")).isEqualTo(HtmlRenderer.ROOT_CLASS);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("img").getLength()).isZero();
    assertThat(doc.getElementsByTagName("link").getLength()).isZero();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      for (int a = 0; a < e.getAttributes().getLength(); a++) {
        String name = e.getAttributes().item(a).getNodeName();
        assertThat(name).as("attribute of <%s>", e.getTagName()).doesNotStartWith("on");
        assertThat(name).isNotIn("src", "href", "xlink:href");
      }
    }
    // The text comes back exactly when the document is read.
    assertThat(root.getTextContent()).contains(SCRIPT).contains(IMAGE).contains(FORMULA);
  }

  @Test
  void fragmentStyleSheetOnlySelectsInsideItsRoot() {
    String html = HtmlRenderer.fragment().render(SampleReports.ranking());
    String css =
        html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"))
            .replace("@media screen{", "")
            .replace("@media print{", "")
            .replaceAll("@container [^{]*\\{", "");
    for (String rule : css.split("}")) {
      if (rule.isBlank()) {
        continue;
      }
      String selectors = rule.substring(0, rule.indexOf('{'));
      // commas inside :where(...) / :not(...) do not separate selectors
      int depth = 0;
      int from = 0;
      for (int i = 0; i <= selectors.length(); i++) {
        char c = i < selectors.length() ? selectors.charAt(i) : ',';
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (c == ',' && depth == 0) {
          assertThat(selectors.substring(from, i).trim()).startsWith("." + HtmlRenderer.ROOT_CLASS);
          from = i + 1;
        }
      }
    }
  }

  @Test
  void csvNeutralisesEveryFormulaAndKeepsTheText() throws Exception {
    byte[] bytes = new CsvRenderer().toBytes(hostile());
    String csv = new String(bytes, StandardCharsets.UTF_8);
    List<String> units = new ArrayList<>();
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(csv.substring(1))) {
      for (CsvRecord record : reader) {
        if (record.getFieldCount() == 5 && !record.getField(1).isEmpty()) {
          units.add(record.getField(1));
        }
      }
    }
    assertThat(units).contains("'" + FORMULA, "'" + PLUS, "'" + AT, "'-1+2", SCRIPT, IMAGE);
    for (String unit : units) {
      assertThat(unit.charAt(0)).isNotIn('=', '+', '-', '@', '\t', '\r');
    }
  }

  @Test
  void xlsxStoresFormulaLookingTextAsText() throws Exception {
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(new XlsxRenderer().toBytes(hostile())))) {
      List<String> texts = new ArrayList<>();
      book.getSheet("Bảng 1")
          .forEach(
              row ->
                  row.forEach(
                      cell -> {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                          texts.add(cell.getStringCellValue());
                        }
                      }));
      assertThat(texts).contains(FORMULA, SCRIPT);
    }
  }
}
