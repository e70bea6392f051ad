package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of citations the tenth unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen10}) missed or added on its first run, each with the lines of
 * the real page: a list after a plural type name, words and a colon whose items are "số" and a
 * number ("các văn bản: số 4011/UBND-VX2 …", "các Quyết định của Ủy ban nhân dân tỉnh: số
 * 3669/QĐ-UBND …"), an item after the ';' that ends the subject of the one before, and a site's
 * property row naming the page's own number, which is no citation.
 */
class TenthHoldoutCitationsTest {
  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aListOfLettersAfterAPluralTypeNameAndAColon() {
    // thuvienphapluat.vn, Chỉ thị 07/CT-UBND of Lâm Đồng (2023)
    String text =
        """
        Trong thời gian qua, thực hiện chỉ đạo của UBND tỉnh
        tại Chỉ thị số 07/CT-UBND ngày 31/5/2021; các văn bản: số 4011/UBND-VX2 ngày
        15/6/2021, số 1071/UBND-VX2 ngày 23/02/2022 và số 4761/UBND-VX2 ngày 30/6/2022
        về việc nâng cao chất lượng, hiệu quả công tác tham mưu;
        """;
    assertThat(numbers(text))
        .containsExactly("07/CT-UBND", "4011/UBND-VX2", "1071/UBND-VX2", "4761/UBND-VX2");
  }

  @Test
  void itemsWithTheirSubjectsBetweenThem() {
    // hethongphapluat.com, Kế hoạch 60/KH-UBND of Thái Bình (2025)
    String text =
        "năm 2021 và giai đoạn 2022-2025 ban hành theo các Quyết định của Ủy ban nhân dân tỉnh: số"
            + " 3669/QĐ-UBND ngày 31/12/2020 về việc phê duyệt Kế hoạch công tác cải cách hành chính"
            + " tỉnh Thái Bình năm 2021; số 3486/QĐ-UBND ngày 31/12/2021 về việc phê duyệt Kế hoạch"
            + " cải cách hành chính tỉnh Thái Bình giai";
    assertThat(numbers(text)).containsExactly("3669/QĐ-UBND", "3486/QĐ-UBND");
    // after a full stop the list has ended: a "số" there needs its type
    assertThat(
            numbers("theo Quyết định số 12/QĐ-UBND ngày 01/02/2024. Hồ sơ số 45/ABC-XY; số 7/QĐ"))
        .containsExactly("12/QĐ-UBND");
  }

  @Test
  void aPropertyRowNamingThePagesOwnNumberIsNoCitation() {
    // caselaw.vn, Thông tư liên tịch 02/2011/TTLT-VPCP-BNV: its title line counts, the row not
    String text =
        """
          • Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV ngày 28/01/2011 giữa Chủ nhiệm Văn Phòng\
         Chính Phủ và Bộ trưởng Bộ Nội vụ

          • Số hiệu văn bản: 02/2011/TTLT-VPCP-BNV
          • Loại văn bản: Thông tư liên tịch
        """;
    assertThat(numbers(text)).containsExactly("02/2011/TTLT-VPCP-BNV");
    // the Ninth holdout's list after a plural type name with no words before the colon
    assertThat(numbers("tham mưu UBND tỉnh ban hành các Quyết định: 1628/QĐ-UBND ngày 28/6/2025"))
        .containsExactly("1628/QĐ-UBND");
  }
}
