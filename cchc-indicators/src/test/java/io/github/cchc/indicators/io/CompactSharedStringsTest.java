package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CompactSharedStringsTest {
  @Test
  void holdsTheTextsPoisOwnTableReads() {
    qt().withExamples(30)
        .forAll(
            lists()
                .of(strings().betweenCodePoints(0x20, 0x1EFF).ofLengthBetween(0, 40))
                .ofSizeBetween(1, 50))
        .checkAssert(
            texts -> {
              byte[] xml = sharedStringsOf(texts);
              try {
                ReadOnlySharedStringsTable poi =
                    new ReadOnlySharedStringsTable(new ByteArrayInputStream(xml), false);
                CompactSharedStrings ours =
                    CompactSharedStrings.read(new ByteArrayInputStream(xml));
                assertThat(ours.getUniqueCount()).isEqualTo(poi.getUniqueCount());
                for (int i = 0; i < poi.getUniqueCount(); i++) {
                  assertThat(ours.getItemAt(i).toString()).isEqualTo(poi.getItemAt(i).getString());
                }
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void joinsRunsAndLeavesOutPhoneticRuns() throws Exception {
    String xml =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\""
            + " uniqueCount=\"4\"><si><t>Sở Tư pháp</t></si>"
            + "<si><r><rPr><b/></rPr><t>Trung tâm </t></r><r><t xml:space=\"preserve\">Phục vụ"
            + " hành chính công </t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
            + "<si><t/></si><si><t>Số 1_x000D_\nđường 2</t></si></sst>";
    CompactSharedStrings t =
        CompactSharedStrings.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(t.getUniqueCount()).isEqualTo(4);
    assertThat(t.getItemAt(0).getString()).isEqualTo("Sở Tư pháp");
    assertThat(t.getItemAt(1).toString()).isEqualTo("Trung tâm Phục vụ hành chính công ");
    assertThat(t.getItemAt(2).length()).isZero();
    assertThat(t.getItemAt(3).getString()).isEqualTo("Số 1\r\nđường 2");
    assertThatThrownBy(() -> t.getItemAt(4)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  /** The shared-strings part of a workbook holding {@code texts}, as POI writes it. */
  private static byte[] sharedStringsOf(List<String> texts) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Sheet1");
      for (int i = 0; i < texts.size(); i++) {
        sheet.createRow(i).createCell(0).setCellValue(texts.get(i));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(out.toByteArray()));
          InputStream in = new XSSFReader(pkg).getSharedStringsData()) {
        return in.readAllBytes();
      }
    } catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
      throw new AssertionError(e);
    }
  }
}
