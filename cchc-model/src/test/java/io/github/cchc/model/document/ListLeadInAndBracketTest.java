package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lists of citations whose first item has no type name of its own: after a plural type name and a
 * lead-in ("cụ thể:") before the colon ({@link ListLeadIn}), and in a bracket opened by a capital
 * "Số" and holding coordinated numbers ({@link CitationLists#bracketedBefore}).
 */
class ListLeadInAndBracketTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream()
        .map(c -> c.type().fullName() + " " + c.number().format())
        .toList();
  }

  @Test
  void aListAfterCuTheAndItsComma() {
    // footnote [5] of Công văn 6386/BVHTTDL-KHCNĐTMT of 2025 (tnt305 on GitHub, corpus unseen48)
    String text =
        "[5] Các Quyết định của Thủ tướng Chính phủ phê duyệt, cụ thể:\n"
            + "số 1341/QĐ-TTg ngày 08/7/2016 phê duyệt đề án Đào tạo tài năng lĩnh vực văn hoá\n"
            + "nghệ thuật đến năm 2025, tầm nhìn 2030; số 1437/QĐ-TTg ngày 19/7/2016 về phê\n"
            + "duyệt đề án Đào tạo, bồi dưỡng văn hoá nghệ thuật ở nước ngoài đến năm 2030; số\n"
            + "223/QĐ-TTg ngày 22/02/2022 về phê duyệt đề án Tuyển chọn, đào tạo, bồi dưỡng";
    assertThat(cited(text))
        .containsExactly(
            "Quyết định 1341/QĐ-TTg", "Quyết định 1437/QĐ-TTg", "Quyết định 223/QĐ-TTg");
  }

  @Test
  void otherLeadInsOfTheClass() {
    // realistic variants: "như sau:" and "bao gồm:" before the list
    assertThat(
            cited(
                "Căn cứ các Nghị quyết của Hội đồng nhân dân tỉnh như sau: số 12/NQ-HĐND ngày"
                    + " 10/7/2021 về kế hoạch đầu tư công; số 15/NQ-HĐND ngày 10/7/2021 về"
                    + " biên chế."))
        .containsExactly("Nghị quyết 12/NQ-HĐND", "Nghị quyết 15/NQ-HĐND");
    assertThat(
            cited(
                "Thực hiện các Kế hoạch của UBND tỉnh, bao gồm: 25/KH-UBND ngày 02/02/2024,"
                    + " 31/KH-UBND ngày 20/02/2024."))
        .containsExactly("Kế hoạch 25/KH-UBND", "Kế hoạch 31/KH-UBND");
  }

  @Test
  void aLeadInBeforeCountsOrWordsCitesNothing() {
    // counter-examples: a count after the lead-in, a lead-in without a type name before it
    assertThat(cited("Triển khai các Quyết định của tỉnh, cụ thể: 30 xã đạt chuẩn nông thôn mới."))
        .isEmpty();
    assertThat(cited("Các nhiệm vụ trọng tâm, cụ thể: 1/ hoàn thành kế hoạch năm.")).isEmpty();
  }

  @Test
  void aBracketOpenedByACapitalSoWithTwoNumbers() {
    // Căn cứ of Quyết định 4385/QĐ-BVHTTDL of 2025 (tnt305 on GitHub, corpus unseen46)
    String text =
        "các Quyết định của Bộ trưởng Bộ Văn hóa, Thể thao và Du\n"
            + "lịch phê duyệt điều chỉnh Quy hoạch mạng lưới cơ sở Văn hóa và Thể thao thời kỳ\n"
            + "2021-2030, tầm nhìn đến năm 2045 (Số 1226/QĐ-BVHTTDL\n"
            + "ngày 29/4/2025 và số 2657/QĐ-BVHTTDL ngày 29/7/2025);";
    assertThat(cited(text))
        .containsExactly("Quyết định 1226/QĐ-BVHTTDL", "Quyết định 2657/QĐ-BVHTTDL");
  }

  @Test
  void aBracketWithoutSoOrWithASymbolNamingNoTypeIsLeft() {
    // counter-examples of the bracket rule, kept as they were
    assertThat(cited("theo ý kiến chỉ đạo của tỉnh (Số 15/UBND-VX ngày 02/3/2020).")).isEmpty();
    assertThat(cited("tầm nhìn đến năm 2045 (1226/QĐ-BVHTTDL ngày 29/4/2025).")).isEmpty();
  }
}
