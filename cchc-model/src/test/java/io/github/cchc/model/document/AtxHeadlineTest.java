package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Markdown page read as plain text whose first line is a level-one ATX heading: the heading is
 * the page's title however short, as a saved page's {@code <h1>} is (the Wikipedia pages of the
 * tnt305/tai_lieu_noi_bo crawl, corpus tuning-wiki). With the lines of the real pages and near
 * cases that are no headline.
 */
class AtxHeadlineTest {
  private static DocumentHeader read(String text) {
    return DocumentHeader.readLeniently(text);
  }

  @Test
  void aShortFirstHeadingIsTheTitle() {
    // wiki-thai-nguyen: two words, over a paragraph of history
    assertThat(
            read("""
                    # Thái Nguyên
                    Tỉnh Bắc Thái có các cơ sở kinh tế quan trọng và hệ thống các nhà máy phục vụ cho quân sự nên là một mục tiêu ném bom phá hoại của quân đội Hoa Kỳ trong Chiến tranh Việt Nam. Đầu tháng 8 năm 1965, 80% cư dân trung tâm thành phố Thái Nguyên phải đi sơ tán.[61]
                    """)
                .title())
        .contains("Thái Nguyên");
    // wiki-binh-dinh: the brackets of the article's disambiguation are the title's, over a table
    assertThat(
            read("""
                    # Bình Định (tỉnh)
                    | Thành thị | 913.101 người (50,36%)[3]:99 | ||
                    | Nông thôn | 900.000 người (49,64%)[3]:101 | ||
                    """)
                .title())
        .contains("Bình Định (tỉnh)");
  }

  @Test
  void aTypeWordInTheBodyGivesNoType() {
    // wiki-trung-quoc: a survey's sentence was the title and "Kế hoạch" of a later line the type
    DocumentHeader h =
        read(
            """
            # Trung Quốc
            • Mặt nước (%) | 2,8 |
            Theo một khảo sát của Pew Research tại 34 quốc gia vào đầu năm 2020, 41% số người được hỏi có nhìn nhận tiêu cực về Trung Quốc, trong khi số người có cái nhìn tích cực về Trung Quốc là 40%.[184]
            Kế hoạch *"Made in China 2025"* của Trung Quốc về bản chất là chiến lược nhằm thay thế công nghệ phương Tây bằng công nghệ cao do chính Trung Quốc chế tạo,
            """);
    assertThat(h.title()).contains("Trung Quốc");
    assertThat(h.documentType()).isEmpty();
  }

  @Test
  void nearCasesAreNoHeadline() {
    assertThat(AtxHeadline.text("# Kinh tế Việt Nam")).isEqualTo("Kinh tế Việt Nam");
    assertThat(AtxHeadline.text("# Thời bao cấp #")).isEqualTo("Thời bao cấp");
    // a plain news page's cut breadcrumb (unseen2): opens on a bracket it does not close
    assertThat(AtxHeadline.text("# (PAR INDEX")).isNull();
    // a section, not the page's headline
    assertThat(AtxHeadline.text("## Lịch sử")).isNull();
    // no space after the mark: a hashtag
    assertThat(AtxHeadline.text("#ThaiNguyen")).isNull();
    assertThat(
            read("""
                    # (PAR INDEX

                      • Nam Định tăng 5 bậc trên bảng xếp hạng Chỉ số cải cách hành chính năm 2023
                    """)
                .title())
        .isNotEqualTo(java.util.Optional.of("(PAR INDEX"));
  }
}
