package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers a guide prints as examples of a format are no citations ({@link FormatExample}): Hướng
 * dẫn 36-HD/VPTW of 2018 on the form of the Party's documents (the .docx in
 * github.com/vpubnd49/VBAI, Skill_The_Thuc_VB_Dang_HD05/templates/36-HD_VPTW_380096.docx), as its
 * text reads.
 */
class FormatExampleTest {
  private static List<String> numbers(String text) {
    return CitationExtractor.extract(text).stream().map(c -> c.number().format()).toList();
  }

  @Test
  void numbersUnderAnExamplesLabelAreNotCited() {
    String text =
        """
        + Ký hiệu tên cơ quan ban hành văn bản của đại hội đảng các cấp ghi chữ viết tắt.
        Ví dụ 1: Báo cáo của đại hội
        Số 16-BC/ĐH
        Ví dụ 2: Biên bản của ban kiểm phiếu
        Số 18-BB/ĐH
        + Ký hiệu tên cơ quan ban hành văn bản của cấp uỷ ghi chữ viết tắt tên cấp uỷ đó.
        Ví dụ 1: Quyết định của Ban Kinh tế Trung ương
        Số 246-QĐ/BKTTW
        """;
    assertThat(numbers(text)).isEmpty();
    // the same guide's real citations stay: dated, and under no label
    String cited =
        """
        Thực hiện Quy định số 66-QĐ/TW, ngày 06/02/2017 của Ban Bí thư Trung ương Đảng
        1. Hướng dẫn này có hiệu lực từ ngày ký, thay thế Hướng dẫn số 11-HD/VPTW, ngày \
        28/5/2004 của Văn phòng Trung ương Đảng.
        """;
    assertThat(numbers(cited)).containsExactly("66-QĐ/TW", "11-HD/VPTW");
  }

  @Test
  void aDatedDocumentGivenAsAnExampleIsCited() {
    // a realistic report: a real decision given as a case in point, with its date
    assertThat(
            numbers(
                "Ví dụ: Quyết định số 1234/QĐ-UBND ngày 05/01/2024 của UBND tỉnh chậm công bố"
                    + " thủ tục hành chính."))
        .containsExactly("1234/QĐ-UBND");
    // a label alone on the line above a number without a date
    assertThat(numbers("Ví dụ:\nCông văn số 268-CV/VPTU\nChuẩn bị hội nghị trực tuyến")).isEmpty();
    // a citation without a date and without a label is read as before
    assertThat(numbers("Thực hiện Công văn số 268-CV/VPTU về chuẩn bị hội nghị"))
        .containsExactly("268-CV/VPTU");
  }
}
