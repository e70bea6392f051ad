package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A class of citations the eleventh unseen holdout (test resources {@code
 * io/github/cchc/model/corpus/unseen11}) missed on its first run: a document cited by its type's
 * name, its number alone and its date, without "số" ("Nghị quyết 57 ngày 22/12/2024"), labelled
 * with the number as "Nghị quyết số 66" is; without its date such a number is a name ("Đề án 06")
 * or a count ("Kế hoạch 5 năm") and no citation.
 */
class EleventhHoldoutCitationsTest {
  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aNumberAloneWithItsDate() {
    // kinhtedothi.vn, "Tỷ lệ hồ sơ trực tuyến toàn trình tháng 4 tăng nhẹ"
    String text =
        "Nghị quyết 57 ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ,"
            + " đổi mới sáng tạo và chuyển đổi số quốc gia, đã nêu rõ mục tiêu đến năm 2030.";
    assertThat(numbers(text)).containsExactly("57");
    assertThat(numbers("Thực hiện Quyết định 1131 ngày 12/6/2025 của Thủ tướng Chính phủ."))
        .containsExactly("1131");
  }

  @Test
  void numbersThatStayNoCitation() {
    // "Đề án 06" is read since the seventeenth round's settled rule (ced4e9d0,
    // BareNumberCitationTest); a programme's name is not
    assertThat(numbers("Đề án 06 về phát triển ứng dụng dữ liệu dân cư đã đạt nhiều kết quả."))
        .containsExactly("06");
    assertThat(numbers("Chương trình 135 về hỗ trợ các xã đặc biệt khó khăn đã hoàn thành."))
        .isEmpty();
    assertThat(numbers("Kế hoạch 5 năm 2021-2025 của tỉnh đã hoàn thành.")).isEmpty();
    // a plan's number and its date are a citation in small letters too (the seventeenth round's
    // settled rule, BareNumberCitationTest)
    assertThat(numbers("theo kế hoạch 12 ngày 3/4 của huyện")).containsExactly("12");
  }
}
