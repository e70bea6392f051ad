package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A lead that introduces what follows with a colon ("…, cụ thể như sau:") ends as a sentence does:
 * the question over it, as thuvienphapluat's answers print it, is the page's headline.
 */
class HeadlineOverColonLeadTest {
  private static String title(String text) {
    return DocumentHeader.readLeniently(text).title().orElse(null);
  }

  @Test
  void theQuestionOverItsAnswer() {
    // thuvienphapluat's page on Kế hoạch 01-KH/BCĐTW (corpus set unseen40, its heading as the
    // Markdown reader gives it)
    assertThat(
            title(
                "Bình dân học vụ số là gì? Phong trào bình dân học vụ số là gì? Chỉ tiêu bình dân"
                    + " học vụ số năm 2025, 2026 ra sao?\n\nTheo quy định tại Mục I Kế hoạch"
                    + " 01-KH/BCĐTW năm 2025, cụ thể như sau:\n\n- Năm 2025:\n"))
        .isEqualTo(
            "Bình dân học vụ số là gì? Phong trào bình dân học vụ số là gì? Chỉ tiêu bình dân học"
                + " vụ số năm 2025, 2026 ra sao?");
    // a second lead of the class, from thuvienphapluat's page on Nghị quyết 68-NQ/TW (unseen40),
    // under a realistic question
    assertThat(
            title(
                "Mục tiêu phát triển kinh tế tư nhân đến năm 2030 là gì?\n\nTheo tiểu mục 1 Mục"
                    + " II Nghị quyết 68-NQ/TW nêu rõ mục tiêu phát triển kinh tế tư nhân đến năm"
                    + " 2030 như sau:\n\n- Kinh tế tư nhân là một động lực quan trọng nhất.\n"))
        .isEqualTo("Mục tiêu phát triển kinh tế tư nhân đến năm 2030 là gì?");
  }

  @Test
  void aShortLabelWithAColonIsNoLead() {
    // counter-example: a section's label ending with a colon ("Trong lĩnh vực kinh tế:", chodon's
    // page) is no lead, so the line above it is not taken for a headline by it
    assertThat(
            title(
                "Tổng thu ngân sách nhà nước trên địa bàn huyện năm nay\n\nTrong lĩnh vực kinh"
                    + " tế:\n\nđạt 53.152 triệu đồng\n"))
        .isNull();
  }
}
