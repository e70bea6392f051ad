package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Công điện's addressees, under its sender's "… điện:" line and its "Đồng kính gửi:" ({@link
 * TelegramAddressees}).
 */
class TelegramAddresseesTest {
  private static List<String> addressees(String text) {
    return DocumentHeader.readLeniently(text).addressees();
  }

  private static final String HEAD =
      "THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh"
          + " phúc\n---------------\nSố: 220/CĐ-TTg\nHà Nội, ngày 18 tháng 11 năm 2025\nCÔNG ĐIỆN\n";

  @Test
  void theWiredAndTheCopiedTo() {
    // Công điện 220/CĐ-TTg of 2025, a Markdown copy (corpus set unseen42), as the Markdown reader
    // gives it
    assertThat(
            addressees(
                HEAD
                    + "TẬP\nTRUNG HOÀN THÀNH THỰC THI CÁC PHƯƠNG ÁN CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC"
                    + " HÀNH\nCHÍNH, ĐIỀU KIỆN KINH DOANH NĂM 2025\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ"
                    + " trưởng các Bộ, Thủ trưởng cơ quan ngang bộ;\n- Chủ tịch Ủy ban nhân dân các"
                    + " tỉnh, thành phố trực thuộc Trung ương;\nĐồng kính gửi:\nBí thư Tỉnh ủy,"
                    + " Thành ủy các tỉnh, thành phố để\nlãnh đạo, chỉ đạo.\nThực hiện Nghị quyết"
                    + " số 66/NQ-CP ngày 26 tháng 3\n"))
        .containsExactly(
            "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ",
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
            "Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để lãnh đạo, chỉ đạo");
  }

  @Test
  void anItemWrappedBeforeItsCapitalisedEnd() {
    // Công điện 229/CĐ-TTg of 2025 (unseen42): "cơ quan thuộc⏎Chính phủ;"
    assertThat(
            addressees(
                HEAD.replace("220/", "229/")
                    + "VỀ KHẨN TRƯƠNG TRIỂN\nKHAI CÁC ĐỢT THI ĐUA CAO ĐIỂM\nTHỦ TƯỚNG CHÍNH PHỦ"
                    + " điện:\n- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc\nChính"
                    + " phủ;\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung"
                    + " ương.\nThiết thực lập thành tích chào mừng Đại hội lần thứ\nXIV của"
                    + " Đảng và khắc phục khó khăn.\n"))
        .containsExactly(
            "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
  }

  @Test
  void noSenderLineNoAddressees() {
    // counter-examples: a body's sentence that mentions a telegram, and a sender's line in small
    // letters, are no sender's line
    assertThat(
            TelegramAddressees.read(
                List.of("Thủ tướng Chính phủ đã gửi công điện:", "- Bộ trưởng các Bộ;")))
        .isEmpty();
    assertThat(TelegramAddressees.read(List.of("Thủ tướng Chính phủ điện:", "- Bộ trưởng;")))
        .isEmpty();
    assertThat(TelegramAddressees.read(List.of("BỘ Y TẾ điện:", "- Giám đốc Sở Y tế các tỉnh.")))
        .containsExactly("Giám đốc Sở Y tế các tỉnh");
  }

  @Test
  void theBodyAMarkdownCopyJoinedToTheLastItemIsCutOff() {
    // Công điện 229/CĐ-TTg's Markdown copy (unseen42): the body's first line is the last list
    // item's lazy continuation, so the reader gives them as one line
    assertThat(
            TelegramAddressees.read(
                List.of(
                    "THỦ TƯỚNG CHÍNH PHỦ điện:",
                    "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương. Thiết"
                        + " thực lập thành tích chào mừng Đại hội lần thứ XIV của Đảng")))
        .containsExactly("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
    // counter-example: an abbreviation's dot inside an addressee stays
    assertThat(
            TelegramAddressees.read(
                List.of(
                    "BỘ Y TẾ điện:", "- Giám đốc Sở Y tế TP. Hồ Chí Minh;", "- Các bệnh viện.")))
        .containsExactly("Giám đốc Sở Y tế TP. Hồ Chí Minh", "Các bệnh viện");
  }
}
