package io.github.cchc.model.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cchc.model.document.Citation;
import io.github.cchc.model.document.CitationExtractor;
import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.DocumentNumber;
import io.github.cchc.model.document.DocumentType;
import io.github.cchc.model.document.LegalReference;
import io.github.cchc.model.document.Signature;
import io.github.cchc.model.text.DateLine;
import io.github.cchc.model.text.PartialDate;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CchcModuleTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  private static String seed(String name) throws Exception {
    try (InputStream in = CchcModuleTest.class.getResourceAsStream("/seeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private <T> T roundTrip(T value, Class<T> type) throws Exception {
    return mapper.readValue(mapper.writeValueAsString(value), type);
  }

  @Test
  void isFoundByServiceLoaderWithItsDependencies() {
    assertThat(mapper.getRegisteredModuleIds()).contains(CchcModule.class.getName());
    ObjectMapper plain = new ObjectMapper().registerModule(new CchcModule());
    assertThat(plain.getRegisteredModuleIds())
        .contains(
            CchcModule.class.getName(),
            "com.fasterxml.jackson.datatype.jdk8.Jdk8Module",
            "jackson-datatype-jsr310");
  }

  @Test
  void textValuesAreJsonStrings() throws Exception {
    assertThat(mapper.writeValueAsString(DocumentNumber.parse("38-CTr-TU")))
        .isEqualTo("\"38-CTr/TU\"");
    assertThat(mapper.writeValueAsString(DocumentType.CONG_VAN)).isEqualTo("\"Công văn\"");
    assertThat(mapper.writeValueAsString(PartialDate.parse("ngày tháng 02 năm 2024")))
        .isEqualTo("\"2024-02\"");
    assertThat(roundTrip(DocumentNumber.parse("/KH-SNgV"), DocumentNumber.class))
        .isEqualTo(DocumentNumber.parse("/KH-SNgV"));
    assertThat(mapper.readValue("\"QĐ\"", DocumentType.class)).isEqualTo(DocumentType.QUYET_DINH);
  }

  @Test
  void structuredValuesRoundTrip() throws Exception {
    LegalReference ref =
        LegalReference.parse(
            "Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh Ban hành Kế hoạch Cải cách"
                + " hành chính Nhà nước năm 2024");
    String json = mapper.writeValueAsString(ref);
    assertThat(json).contains("\"date\":\"2023-12-29\"").contains("\"number\":\"2142/QĐ-UBND\"");
    LegalReference back = mapper.readValue(json, LegalReference.class);
    assertThat(back).isEqualTo(ref);
    assertThat(back.format()).isEqualTo(ref.format());

    Signature sig = Signature.parse("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Phúc Đạt");
    assertThat(roundTrip(sig, Signature.class)).isEqualTo(sig);
    DateLine line = DateLine.parse("Kiên Giang, ngày tháng 02 năm 2024");
    assertThat(roundTrip(line, DateLine.class)).isEqualTo(line);
  }

  @Test
  void headersAndCitationsOfEverySeedRoundTrip() throws Exception {
    for (String name :
        new String[] {
          "seed-000-sngv-binh-phuoc-24-kh-2024.txt",
          "seed-001-binh-phuoc-cchc-2024-article.txt",
          "seed-002-snn-par-index-sipas-2024.txt",
          "seed-003-sngv-tien-giang-2021-article.txt",
          "seed-004-sngv-kien-giang-draft-2024.txt"
        }) {
      String text = seed(name);
      DocumentHeader header = DocumentHeader.read(text);
      assertThat(roundTrip(header, DocumentHeader.class)).as(name).isEqualTo(header);
      for (Citation c : CitationExtractor.extract(text)) {
        assertThat(roundTrip(c, Citation.class)).as(c.text()).isEqualTo(c);
      }
    }
  }
}
