package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of goals missed on the fifteenth to nineteenth unseen holdouts (test resources {@code
 * io/github/cchc/model/corpus/unseen15} to {@code unseen19}), each with the sentences of the real
 * page and a second case of the class.
 */
class FifteenthHoldoutGoalsTest {
  @Test
  void aDocumentStatingItsGoalsOpensTheAccountOfThem() {
    // thanhnien.vn, the education strategy to 2030 (Quyết định 1705/QĐ-TTg): "Chiến lược nêu mục
    // tiêu cụ thể …", then the goals in sentences with no word of intent
    String strategy =
        """
        Thủ tướng Chính phủ vừa ban hành Quyết định số 1705/QĐ-TTg ngày 31.12.2024 phê duyệt\
         Chiến lược phát triển giáo dục đến năm 2030, tầm nhìn đến năm 2045.

        Chiến lược nêu mục tiêu cụ thể đến năm 2030 của từng cấp học. Ở mầm non, tỷ lệ huy động\
         trẻ đến trường đạt 38% trẻ em trong độ tuổi nhà trẻ và 97% trẻ em trong độ tuổi mẫu giáo.

        Với giáo dục phổ thông, tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%, THCS đạt 97%.
        """;
    assertThat(TargetsRead.page(strategy)).containsExactly("GE 38", "GE 97", "GE 99.5", "GE 97");
    // a variant of the class: "Kế hoạch nêu rõ các chỉ tiêu …"
    assertThat(
            TargetsRead.page(
                "UBND tỉnh vừa ban hành Kế hoạch chuyển đổi số năm 2025. Kế hoạch nêu rõ các chỉ"
                    + " tiêu cần đạt. Tỷ lệ hồ sơ được số hóa đạt 80%."))
        .containsExactly("GE 80");
    // without the statement of goals, the same figures are told as results
    assertThat(
            TargetsRead.page(
                "Thủ tướng Chính phủ vừa ban hành Quyết định số 1705/QĐ-TTg. Ở mầm non, tỷ lệ"
                    + " huy động trẻ đến trường đạt 38% trẻ em trong độ tuổi nhà trẻ."))
        .isEmpty();
    // "nếu" (if) is not "nêu" (to state)
    assertThat(
            TargetsRead.page(
                "UBND tỉnh vừa ban hành Kế hoạch chuyển đổi số. Nếu chỉ tiêu không đạt, tỉnh sẽ"
                    + " kiểm điểm. Tỷ lệ hồ sơ được số hóa đạt 60%."))
        .isEmpty();
  }

  @Test
  void aPageTitledAsGoalsKeepsItsListUnderFieldSubheadings() {
    // danang.gov.vn, "Các chỉ tiêu chủ yếu phát triển Kinh tế - Xã hội đến năm 2025" (October
    // 2020): its list under "a) Về kinh tế" gives growths by an amount, goals in a page of goals
    String page =
        """
        Các chỉ tiêu chủ yếu phát triển Kinh tế - Xã hội đến năm 2025
        Đăng ngày 12-10-2020 08:22

        a) Về kinh tế

        - Tổng vốn đầu tư phát triển xã hội trên địa bàn tăng 9-10%/năm.

        - Thu ngân sách trên địa bàn tăng bình quân 7-10%/năm.

        b) Về xã hội

        - Cơ cấu kinh tế đến năm 2025: Dịch vụ 63-65%; công nghiệp - xây dựng 23-25%.
        """;
    assertThat(TargetsRead.page(page)).containsExactly("GE 9", "GE 7", "GE 63", "GE 23");
    // a variant: "Mục tiêu phát triển …" as the title, "1. Kinh tế" as the field
    assertThat(
            TargetsRead.page(
                """
                Mục tiêu phát triển kinh tế - xã hội của huyện giai đoạn 2026-2030

                1. Kinh tế

                - Giá trị sản xuất công nghiệp tăng bình quân 12%/năm.
                """))
        .containsExactly("GE 12");
    // a page not titled as goals reads the same list as results
    assertThat(
            TargetsRead.page(
                """
                Đà Nẵng tổng kết 5 năm phát triển kinh tế - xã hội

                a) Về kinh tế

                - Tổng vốn đầu tư phát triển xã hội trên địa bàn tăng 9-10%/năm.
                """))
        .isEmpty();
  }

  @Test
  void theNaturalGrowthOfThePopulationIsHeldDown() {
    // danang.gov.vn, "Các chỉ tiêu chủ yếu …": a range of a figure held down, at its worst end
    assertThat(
            TargetsRead.page(
                "Chỉ tiêu đến năm 2025: Tỷ lệ tăng dân số bình quân 2,4%/năm, tỷ lệ tăng tự nhiên"
                    + " giữ mức 1,0-1,2%."))
        .containsExactly("LE 2.4", "LE 1.2");
    // a variant: a ceiling without a range
    assertThat(TargetsRead.page("Phấn đấu đến năm 2030, tỷ lệ tăng tự nhiên dưới 0,9%."))
        .containsExactly("LT 0.9");
  }

  @Test
  void thePastOfGoalsBeingSetIsNotThePastOfTheirFigures() {
    // baothanhhoa.vn, phường Đông Sơn's congress (2025-2030): "Đại hội đã xác định …"
    assertThat(
            TargetsRead.article(
                "Phường Đông Sơn triển khai học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường"
                    + " lần thứ I\n\n"
                    + "Nghị quyết Đại hội Đại biểu Đảng bộ phường Đông Sơn lần thứ I đề ra phương hướng"
                    + " chung là: Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh.\n\n"
                    + "Đại hội đã xác định nhiều chỉ tiêu quan trọng, trong đó: tốc độ tăng tổng giá trị"
                    + " sản phẩm trên địa bàn bình quân hằng năm đạt 11,8%; thu nhập bình quân đầu"
                    + " người đến năm 2030 đạt 95 triệu đồng; 100% đường giao thông được cứng hóa;"
                    + " tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%."))
        .containsExactly("GE 11.8", "EQ 100", "GE 96");
    // a variant: "Nghị quyết đã đề ra các mục tiêu …"
    assertThat(
            TargetsRead.page(
                "Nghị quyết đã đề ra các mục tiêu cụ thể, trong đó tỷ lệ hồ sơ trực tuyến đạt"
                    + " 80%."))
        .containsExactly("GE 80");
    // a figure reached in the past stays a result
    assertThat(TargetsRead.page("Năm qua, phường đã đạt tỷ lệ hồ sơ trực tuyến 80%.")).isEmpty();
  }

  @Test
  void lineBreaksCopiedAsEscapesAreLineBreaks() {
    // dulieuphapluat.vn's copy of Lạng Sơn's Kế hoạch 54/KH-UBND (2020), its line breaks written
    // as the characters backslash-r backslash-n
    String escaped =
        "\\r\\n\\r\\n2. Mục tiêu cụ thể\n"
            + "\\r\\n\\r\\n- Đến năm 2030:\\r\\ntỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới"
            + " 5 tuổi dưới 22%; tỷ lệ suy dinh\\r\\ndưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi dưới"
            + " 13,5%.\n";
    assertThat(TargetsRead.article(escaped)).containsExactly("LT 22", "LT 13.5");
    assertThat(PlanReader.unescaped("a\\r\\nb")).isEqualTo("a\nb");
    // a lone backslash in a page is kept
    assertThat(PlanReader.unescaped("a\\b")).isEqualTo("a\\b");
  }

  @Test
  void aTallyOfGoalsByTheirStateSetsNone() {
    // vneconomy.vn, the digital economy strategy to 2030 (2023): the goals counted by their state
    String page =
        """
        Chiến lược quốc gia về phát triển kinh tế số và xã hội số đến năm 2025 - định hướng đến         năm 2030, đặt ra mục tiêu đến năm 2025 tỷ trọng kinh tế số đạt tối thiểu 20% GDP.

        Bên cạnh đó có 15 mục tiêu đang được thực hiện (đạt tỷ lệ 88,2%); 2 mục tiêu có khả năng         hoàn thành đến năm 2024, đạt tỷ lệ 11,76%; 6 mục tiêu có khả năng hoàn thành đến năm 2025         (đạt tỷ lệ 35,29%).
        """;
    assertThat(TargetsRead.page(page)).containsExactly("GE 20");
    // a variant: "Đến nay, 3 chỉ tiêu chưa đạt, chiếm 25%"
    assertThat(
            TargetsRead.page(
                "Kế hoạch đặt ra 12 chỉ tiêu. Phấn đấu đến năm 2025, 3 chỉ tiêu chưa đạt còn"
                    + " chiếm tỷ lệ 25%."))
        .isEmpty();
    // a count of goals set, with no state, keeps its goals
    assertThat(
            TargetsRead.page(
                "Kế hoạch đặt ra 12 chỉ tiêu, trong đó tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%."))
        .containsExactly("GE 80");
  }

  @Test
  void itemsNumberedInParenthesesGoOnWithTheList() {
    // pleiku.gialai.gov.vn, phường Chi Lăng's chỉ tiêu to 2025: "(1).", "(2).", … items
    String page =
        """
        * Các chỉ tiêu chủ yếu đến năm 2025:
        (1). Thu ngân sách theo phân cấp trên địa bàn tăng bình quân từ 3 – 5%/năm.
        (2). Tiếp tục thực hiện nhựa hóa, bê tông hóa từ 08 đến 10 đường hẻm chính và phụ.
         (3). Tỷ lệ tăng dân số tự nhiên hằng năm 1,05%.
        (4). Tỷ lệ người dân tham gia bảo hiểm y tế đến năm 2025 đạt 80 %.
        """;
    assertThat(TargetsRead.page(page)).containsExactly("GE 3", "LE 1.05", "GE 80");
    // a variant without the dot: "(1) …"
    assertThat(
            TargetsRead.page(
                """
                Các chỉ tiêu chủ yếu:
                (1) Thu ngân sách tăng bình quân 7%/năm.
                (2) Tỷ lệ hộ nghèo giảm bình quân 1%/năm.
                """))
        .containsExactly("GE 7", "GE 1");
  }
}
