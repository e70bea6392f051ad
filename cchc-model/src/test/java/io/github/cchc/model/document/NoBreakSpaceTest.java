package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.text.PartialDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No-break spaces between words, as web pages give "&amp;nbsp;" (U+00A0) and as copies of typeset
 * text give the narrow U+202F: the citation reader and the header reader read them as spaces, as
 * {@code PlanReader} and the target reader already did. With three in ten spaces of every corpus
 * page made no-break, citations fell to about half their recall (72/72 to 43/72 on the tuning set)
 * before this. The lines are those of the corpus pages, with no-break spaces put in.
 */
class NoBreakSpaceTest {
  private static final char NBSP = '\u00a0';

  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void citationsWithNoBreakSpacesBetweenTheirWords() {
    // Sơn La, Công văn 972/SNV-CCHC (unseen8)
    String line =
        "Thực hiện Quyết\u00a0định số\u00a01051/QĐ-UBND Quy định về tiêu chí và quy trình xác"
            + " định Chỉ số cải cách hành chính";
    List<Citation> found = CitationExtractor.extract(line);
    assertThat(found).extracting(c -> c.number().format()).containsExactly("1051/QĐ-UBND");
    // the citation's text is the text as given, its offsets those of the text
    assertThat(found.get(0).text()).isEqualTo("Quyết" + NBSP + "định số" + NBSP + "1051/QĐ-UBND");
    assertThat(line.substring(found.get(0).start(), found.get(0).end()))
        .isEqualTo(found.get(0).text());
    // a narrow no-break space, and a name of three words
    assertThat(numbers("Chương\u202ftrình hành\u00a0động số 17/CTr-UBND ngày 07/02/2022"))
        .containsExactly("17/CTr-UBND");
  }

  @Test
  void aHeaderWithNoBreakSpaces() {
    String header =
        "Công văn số\u00a0972/SNV-CCHC ngày\u00a018/7/2018 V/v tham gia dự thảo hướng dẫn tự đánh"
            + " giá, chấm điểm để xác định Chỉ số CCHC.\n\n"
            + "Đăng ngày: 20/07/2018 08:00:54\n\n"
            + "Kính\u00a0gửi:\n\n– Các sở, ban, ngành;\n";
    DocumentHeader h = DocumentHeader.readLeniently(header);
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("972/SNV-CCHC");
    assertThat(h.date()).contains(PartialDate.of(LocalDate.of(2018, 7, 18)));
    assertThat(h.addressees()).containsExactly("Các sở, ban, ngành");
  }
}
