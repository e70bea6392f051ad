package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.document.Citation;
import io.github.cchc.model.document.CitationExtractor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The references of a plan come with it: no second read of the file for its citations. */
class PlanReferencesTest {
  @Test
  void aPlanCarriesTheCitationsOfItsText() throws Exception {
    for (String name :
        List.of(
            "sample-kh-cchc-2024.docx",
            "seed-000-sngv-binh-phuoc-24-kh-2024.txt",
            "seed-004-sngv-kien-giang-draft-2024.txt")) {
      Path file = PlanReaderTest.plan(name);
      List<Citation> references = PlanReader.readAny(file).references();
      assertThat(references).as(name).isNotEmpty();
      assertThat(references).as(name).isEqualTo(CitationExtractor.extract(PlanReader.text(file)));
    }
  }
}
