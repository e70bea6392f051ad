package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A type, number and year ending a heading's line ({@link YearNumberAtLineEnd}). */
class YearNumberAtLineEndTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void aHeadingEndingInTheNumberAndYear() {
    // thuvienphapluat's page on Thông báo 596/TB-VPCP of 2025 (corpus unseen48)
    assertThat(
            cited(
                "## Thủ tục đầu tư xây dựng nhà ở xã hội theo Nghị quyết 201/2025\n\n"
                    + "Tại Điều 7 có nêu về thủ tục đầu tư xây dựng nhà ở xã hội như sau:"))
        .containsExactly("201/2025");
    // a realistic variant: a headline line ending the same way, spaces after it
    assertThat(cited("Những điểm mới về xử phạt vi phạm hành chính theo Nghị định 168/2024  \nTừ"))
        .containsExactly("168/2024");
  }

  @Test
  void aNumberAndYearInTheSentenceIsLeft() {
    // counter-examples: a word of the sentence after it, and a count of years at a line's end
    assertThat(cited("Thông tư 24/2020 quy định biểu mẫu")).isEmpty();
    assertThat(cited("tỷ lệ đạt 15/2020\n")).isEmpty();
  }
}
