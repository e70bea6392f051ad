package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every citation of the five seeds, with the exact strings. */
class CitationExtractorTest {

  /** "text | type | numberSymbol | ISO date or - | issuer or -". */
  private static void assertCitations(String seed, String... expected) {
    String text = Seeds.read(seed);
    List<Citation> found = CitationExtractor.extract(text);
    assertThat(found).as(seed).hasSize(expected.length);
    int searchFrom = 0;
    for (int i = 0; i < expected.length; i++) {
      String[] f = expected[i].split(" \\| ");
      Citation c = found.get(i);
      int start = text.indexOf(f[0], searchFrom);
      assertThat(start).as("expected citation %s occurs in %s", f[0], seed).isNotNegative();
      assertThat(c.text()).isEqualTo(f[0]);
      assertThat(c.start()).as(f[0]).isEqualTo(start);
      assertThat(c.end()).isEqualTo(start + f[0].length());
      assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
      assertThat(c.type().fullName()).as(f[0]).isEqualTo(f[1]);
      assertThat(c.numberSymbol()).isEqualTo(f[2]);
      assertThat(c.date().map(Object::toString).orElse("-")).as(f[0]).isEqualTo(f[3]);
      assertThat(c.issuer().orElse("-")).as(f[0]).isEqualTo(f[4]);
      searchFrom = c.end();
    }
  }

  @Test
  void seed000SignedPlan() {
    assertCitations(
        Seeds.PLAN_24_KH_SNGV,
        "Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh | Quyết định | 2142/QĐ-UBND"
            + " | 2023-12-29 | UBND tỉnh",
        "Kế hoạch số 01/KH-UBND ngày 02/01/2024 của Sở Ngoại vụ | Kế hoạch | 01/KH-UBND"
            + " | 2024-01-02 | Sở Ngoại vụ");
  }

  @Test
  void seed001ArticleFullOfPercentagesHasOneCitation() {
    assertCitations(
        Seeds.ARTICLE_BINH_PHUOC,
        "Quyết định số 1493/QĐ-UBND ngày 14/9/2023 của UBND tỉnh | Quyết định | 1493/QĐ-UBND"
            + " | 2023-09-14 | UBND tỉnh");
  }

  @Test
  void seed002PlanWithoutNumberLine() {
    assertCitations(
        Seeds.PLAN_SNN_NO_NUMBER,
        "Kế hoạch số 126/KH-UBND ngày 03/6/2024 của UBND tỉnh | Kế hoạch | 126/KH-UBND"
            + " | 2024-06-03 | UBND tỉnh",
        "Kế hoạch số 05/KH-SNN ngày 10/01/2024 của Sở | Kế hoạch | 05/KH-SNN | 2024-01-10 | Sở",
        "Kế hoạch số 45/KH-SNN ngày 29/02/2024 của Sở | Kế hoạch | 45/KH-SNN | 2024-02-29 | Sở");
  }

  @Test
  void seed003ArticleWithDatesInWords() {
    assertCitations(
        Seeds.ARTICLE_TIEN_GIANG,
        "Công văn số 5942/UBND-KSTT ngày 08/12/2020 của Ủy ban nhân dân tỉnh Tiền Giang"
            + " | Công văn | 5942/UBND-KSTT | 2020-12-08 | Ủy ban nhân dân tỉnh Tiền Giang",
        "Kế hoạch số 1368/KH-SNgV ngày 25/12/2020 | Kế hoạch | 1368/KH-SNgV | 2020-12-25 | -",
        "Kế hoạch số 10/KH-UBND ngày 17 tháng 01 năm 2020 của Ủy ban nhân dân tỉnh | Kế hoạch"
            + " | 10/KH-UBND | 2020-01-17 | Ủy ban nhân dân tỉnh",
        "Quyết định số 689/QĐ-UBND ngày 11 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh"
            + " | Quyết định | 689/QĐ-UBND | 2020-03-11 | Ủy ban nhân dân tỉnh",
        "Kế hoạch số 1368/KH-SNgV ngày 25/12/2020 | Kế hoạch | 1368/KH-SNgV | 2020-12-25 | -");
  }

  @Test
  void seed004DraftBodyAndFootnotes() {
    assertCitations(
        Seeds.DRAFT_KIEN_GIANG,
        "Kế hoạch 64/KH-UBND ngày 22/3/2022 của Ủy ban nhân dân tỉnh | Kế hoạch | 64/KH-UBND"
            + " | 2022-03-22 | Ủy ban nhân dân tỉnh",
        "Kế hoạch số 02/KH-SNgV ngày 02/01/2024 của Sở Ngoại vụ | Kế hoạch | 02/KH-SNgV"
            + " | 2024-01-02 | Sở Ngoại vụ",
        "Kế hoạch số 300/KH-UBND ngày 20/12/2023 của UBND tỉnh | Kế hoạch | 300/KH-UBND"
            + " | 2023-12-20 | UBND tỉnh",
        "Kế hoạch số 02/KH-SNgV ngày 02/01/2024 của Sở Ngoại vụ | Kế hoạch | 02/KH-SNgV"
            + " | 2024-01-02 | Sở Ngoại vụ",
        // footnote 2
        "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ | Nghị quyết | 76/NQ-CP"
            + " | 2021-07-15 | Chính phủ",
        "Nghị quyết 17/NQ-CP ngày 17/3/2019 của Chính phủ | Nghị quyết | 17/NQ-CP | 2019-03-17"
            + " | Chính phủ",
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ | Quyết định"
            + " | 749/QĐ-TTg | 2020-06-03 | Thủ tướng Chính phủ",
        "Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ | Nghị định | 107/2021/NĐ-CP"
            + " | 2021-12-06 | Chính phủ",
        "Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ | Nghị định | 61/2018/NĐ-CP"
            + " | 2018-04-23 | Chính phủ",
        "Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương khoá XII"
            + " | Nghị quyết | 18-NQ/TW | 2017-10-25 | Ban Chấp hành Trung ương khoá XII",
        "Nghị quyết số 19-NQ/TW ngày 25/10/2017 | Nghị quyết | 19-NQ/TW | 2017-10-25 | -",
        // footnote 3: two coordinated parts share the type and the issuer
        "Chương trình hành động số 37-CTr/TU ngày 29/12/2017 | Chương trình | 37-CTr/TU"
            + " | 2017-12-29 | Tỉnh ủy",
        "số 38-CTr-TU ngày 11/4/2018 của Tỉnh ủy | Chương trình | 38-CTr-TU | 2018-04-11"
            + " | Tỉnh ủy",
        "Kế hoạch số 01/KH-UBND ngày 05/01/2021 của UBND tỉnh | Kế hoạch | 01/KH-UBND"
            + " | 2021-01-05 | UBND tỉnh",
        "Nghị định số 107/2020/NĐ-CP ngày 14/9/2020 của Chính phủ | Nghị định | 107/2020/NĐ-CP"
            + " | 2020-09-14 | Chính phủ",
        "Nghị định số 24/2014/NĐ-CP | Nghị định | 24/2014/NĐ-CP | - | -",
        "Nghị định số 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ | Nghị định | 108/2020/NĐ-CP"
            + " | 2020-09-14 | Chính phủ",
        "Nghị định số 37/2014/NĐ-CP | Nghị định | 37/2014/NĐ-CP | - | -",
        "Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ | Nghị định | 120/2020/NĐ-CP"
            + " | 2020-10-07 | Chính phủ",
        "Kế hoạch số 102/KH-TU ngày 30/11/2022 của Ban Thường vụ Tỉnh ủy | Kế hoạch | 102/KH-TU"
            + " | 2022-11-30 | Ban Thường vụ Tỉnh ủy",
        "Nghị quyết số 22-NQ-TU ngày 08/6/2022 của Tỉnh ủy | Nghị quyết | 22-NQ-TU | 2022-06-08"
            + " | Tỉnh ủy",
        // section 2.4 repeats the first basis
        "Kế hoạch 64/KH-UBND ngày 22/3/2022 của Ủy ban nhân dân tỉnh | Kế hoạch | 64/KH-UBND"
            + " | 2022-03-22 | Ủy ban nhân dân tỉnh");
  }

  @Test
  void noFalsePositivesOnNumbersDatesAndPercentages() {
    String text =
        "Thứ hai - 01/01/2024 20:57 960\n"
            + "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn; Từ 30% trở lên;"
            + " Chương trình tổng thể CCHC Nhà nước giai đoạn 2021 - 2030 của Chính phủ, Kế hoạch"
            + " CCHC Nhà nước giai đoạn 2021 - 2025 trên địa bàn tỉnh; giai đoạn 2021-2025;"
            + " Luật ban hành văn bản quy phạm pháp luật; Kế hoạch 2024; Kế hoạch này; mức độ 3,"
            + " 4; 06 nội dung; báo cáo kết quả công tác CCHC 09 tháng; Ngày 29/12/2023, UBND"
            + " tỉnh ban hành Kế hoạch; 635.593 hồ sơ; 98,81%; Kế hoạch 05 năm 2021 - 2025.";
    assertThat(CitationExtractor.extract(text)).isEmpty();
  }

  @Test
  void decomposedInputGivesTheSameCitations() {
    String text = Seeds.read(Seeds.DRAFT_KIEN_GIANG);
    String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
    assertThat(CitationExtractor.extract(nfd)).isEqualTo(CitationExtractor.extract(text));
  }

  @Test
  void lowerCaseTypeNamesAndTheReferenceForm() {
    List<Citation> found =
        CitationExtractor.extract("theo kế hoạch số 1/KH-UBND ngày 5/1/2024 của UBND tỉnh.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).toReference().format())
        .isEqualTo("Kế hoạch số 01/KH-UBND ngày 05/01/2024 của UBND tỉnh");
  }

  @Test
  void arbitraryTextNeverThrowsAndSpansAreExact() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 60))
        .check(
            s -> {
              String t = "Quyết định số " + s;
              for (Citation c : CitationExtractor.extract(t)) {
                if (!t.substring(c.start(), c.end()).equals(c.text())) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void aCitationMayBeWrappedOnceButNotAcrossABlankLine() {
    List<Citation> wrapped =
        CitationExtractor.extract("theo Thông tư\n09/2019/TT-NHNN ngày\n15/12/2019 của Ngân hàng.");
    assertThat(wrapped).hasSize(1);
    assertThat(wrapped.get(0).text())
        .isEqualTo("Thông tư\n09/2019/TT-NHNN ngày\n15/12/2019 của Ngân hàng");
    assertThat(CitationExtractor.extract("KẾ HOẠCH\n\n24/KH-SNgV")).isEmpty();
  }

  @Test
  void anImpossibleDateIsLeftOutOfTheSpan() {
    List<Citation> found =
        CitationExtractor.extract("Quyết định số 12/QĐ-UBND ngày 32/13/2023 của UBND tỉnh");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("Quyết định số 12/QĐ-UBND");
    assertThat(found.get(0).date()).isEmpty();
    assertThat(found.get(0).issuer()).isEmpty();
  }
}
