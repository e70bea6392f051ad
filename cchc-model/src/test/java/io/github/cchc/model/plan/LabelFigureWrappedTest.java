package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A list of labels and figures wrapped after a label's colon ({@link LabelFigureWrapped}). */
class LabelFigureWrappedTest {

  private static List<String> read(String text) {
    return PlanReader.readAnyText("page.txt", text).targets().stream()
        .map(TargetLines::of)
        .toList();
  }

  @Test
  void theStructuresSharesWrappedAfterALabelAreReadTheFarmShareAtMost() {
    // a Bến Tre plan's "Các chỉ tiêu chủ yếu" on a thuvienphapluat bulletin page (corpus
    // unseen47): the line wrapped between "thuế sản phẩm:" and its figure; the structure told by
    // its numbered sectors under "b) Cơ cấu kinh tế:" on the line above
    String text =
        "2. Các chỉ tiêu chủ\n"
            + "yếu\n"
            + "b) Cơ cấu kinh tế:\n"
            + "Khu vực I: 33,10%; Khu vực II: 21,64%; Khu vực III: 41,97%; thuế sản phẩm:\n"
            + "3,30%;\n"
            + "g) Tỷ lệ đô thị hóa khoảng 30%;";
    assertThat(read(text))
        .containsExactly(
            "LE 33.10 PERCENT",
            "GE 21.64 PERCENT",
            "GE 41.97 PERCENT",
            "GE 3.30 PERCENT",
            "GE 30 PERCENT");
  }

  @Test
  void aLineAnnouncingAListStillEndsOnItsColon() {
    // a realistic variant of the class, and counter-examples: a heading's colon, and a colon with
    // no label and figure before it on its line
    assertThat(LabelFigureWrapped.goesOn("Tỷ lệ che phủ rừng: 42%; tỷ lệ đô thị hóa:", "35%;"))
        .isTrue();
    assertThat(LabelFigureWrapped.goesOn("Mục tiêu cụ thể:", "95% hồ sơ được giải quyết đúng hạn"))
        .isFalse();
    assertThat(LabelFigureWrapped.goesOn("b) Cơ cấu kinh tế:", "33,10%;")).isFalse();
  }
}
