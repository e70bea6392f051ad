package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A news page's account of the goals a plan, a decision or a congress sets, from the twelfth to
 * fourteenth unseen holdouts (test resources {@code io/github/cchc/model/corpus/unseen12} to {@code
 * unseen14}), each with the sentences of the real page and a second case of the class: the account
 * is opened by a decision assigning chỉ tiêu ("giao chỉ tiêu") or by a congress or the National
 * Assembly resolving ("Đại hội xác định", "Quốc hội quyết nghị"), as by a plan named as issued;
 * what it keeps ("duy trì 100% …") is at least the figure kept.
 */
class PlanAccountGoalsTest {
  @Test
  void aDecisionAssigningChiTieuOpensTheAccountOfItsGoals() {
    // baobariavungtau.com.vn, Châu Đức's chỉ tiêu for 2025 (December 2024)
    String chauDuc =
        """
        Hội nghị đã công bố quyết định của UBND huyện về giao chỉ tiêu phát triển kinh tế, xã hội\
         và dự toán thu, chi ngân sách năm 2025. Theo đó, tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%.
        """;
    assertThat(TargetsRead.page(chauDuc)).containsExactly("GE 95.5");
    // without the decision named, "Theo đó" follows nothing that sets goals
    assertThat(
            TargetsRead.page(
                "Hội nghị đã tổng kết công tác năm 2024. Theo đó, tỷ lệ bao phủ bảo hiểm y tế đạt"
                    + " 95,5%."))
        .isEmpty();
  }

  @Test
  void whatAPlanKeepsIsAtLeastTheFigureKept() {
    // baotayninh.vn, Hòa Thành's 2015 chỉ tiêu
    assertThat(
            TargetsRead.page(
                "Theo đó, năm 2015, huyện Hoà Thành phấn đấu duy trì 100% xã, thị trấn đạt chuẩn"
                    + " quốc gia về y tế; 97% gia đình đạt chuẩn văn hóa, 100% ấp/khu phố đạt chuẩn"
                    + " văn hóa."))
        .containsExactly("GE 100", "GE 97", "EQ 100");
    assertThat(TargetsRead.page("Phấn đấu duy trì 100% trường học đạt chuẩn xanh, sạch, đẹp."))
        .containsExactly("GE 100");
  }

  @Test
  void aCongressResolvingOpensTheAccountOfItsResolution() {
    // after vietnamplus.vn's Vĩnh Long congress (2025-2030), its "Đại hội xác định …"
    String congress =
        """
        Đại hội đã thông qua Nghị quyết Đại hội nhiệm kỳ 2025-2030. Đại hội xác định giai đoạn\
         2025-2030, xây dựng tỉnh trở thành trung tâm kinh tế biển.

        Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP là 10,08%.
        """;
    assertThat(TargetsRead.page(congress)).containsExactly("GE 10.08");
    assertThat(TargetsRead.page(congress.substring(congress.indexOf("Tỷ trọng")))).isEmpty();
  }

  @Test
  void aChangeByAnAmountInAPlansAccountIsAGrowthToReach() {
    // baobariavungtau.com.vn, Châu Đức's chỉ tiêu for 2025 (December 2024)
    String chauDuc =
        """
        Hội nghị đã công bố quyết định của UBND huyện về giao chỉ tiêu phát triển kinh tế, xã hội\
         và dự toán thu, chi ngân sách năm 2025. Theo đó, Châu Đức phấn đấu đưa giá trị sản xuất\
         nông nghiệp đạt 3.563 tỷ đồng, tăng 4,18% so với cùng kỳ. Giá trị sản xuất công nghiệp -\
         tiểu thủ công nghiệp đạt 6.605 tỷ đồng, tăng 6,57% so với cùng kỳ. Doanh thu thương mại,\
         dịch vụ đạt 10.930 tỷ đồng, tăng 8,61% so với cùng kỳ. Thu ngân sách gần 667 tỷ đồng, tăng\
         20,35% so với dự toán năm 2024. Bên cạnh đó, tỷ lệ bao phủ bảo hiểm y tế đạt 95,5%.
        """;
    assertThat(TargetsRead.page(chauDuc))
        .containsExactly("GE 4.18", "GE 6.57", "GE 8.61", "GE 20.35", "GE 95.5");
    // the same figures with no account of a plan are what the page reports
    assertThat(TargetsRead.page(chauDuc.substring(chauDuc.indexOf("Giá trị sản xuất công"))))
        .isEmpty();
    // sggp.org.vn, "Phấn đấu xử lý, tái sử dụng nước thải đạt trên 70%": the strategy's goals go
    // on into the next paragraph, "giảm 9%" among them
    String sggp =
        """
        Theo Bộ TN-MT, trong Chiến lược phát triển kinh tế - xã hội Việt Nam 10 năm giai đoạn\
         2021-2030, Việt Nam đặt mục tiêu tốc độ tăng trưởng GDP bình quân khoảng 7%/năm.

        Tỷ lệ che phủ rừng ổn định ở mức 42%, tỷ lệ xử lý và tái sử dụng nước thải ra môi trường\
         đạt trên 70%, giảm 9% lượng phát thải khí nhà kính, 100% các cơ sở sản xuất kinh doanh đạt\
         quy chuẩn về môi trường.
        """;
    assertThat(TargetsRead.page(sggp)).containsExactly("GE 7", "GE 42", "GT 70", "GE 9", "EQ 100");
    // an account that has set no goal ("Theo đó, …" after a year's results) keeps its changes as
    // results
    String noGoal =
        """
        Sáng 9/1, UBND huyện triển khai Kế hoạch hành động về nhiệm vụ phát triển kinh tế - xã hội\
         năm 2025. Năm 2024, huyện đã thực hiện hiệu quả các phong trào thi đua.

        Theo đó, tổng giá trị sản xuất tăng 12,5%, thu ngân sách tăng 15% so với cùng kỳ.
        """;
    assertThat(TargetsRead.page(noGoal)).isEmpty();
    // doanhnghiephoinhap.vn (outside the corpus): a change told as estimated or looked back on is
    // a result, in an account too
    String lookedBack =
        """
        Chính phủ đã ban hành Nghị quyết số 25, đặt mục tiêu tăng trưởng kinh tế cho 63 tỉnh,\
         thành trên cả nước, hướng tới mức tăng 8% trở lên vào năm 2025.
        Nhìn lại năm 2024, theo số liệu từ Tổng cục Thống kê, GDP cả nước ước tính tăng 7,09% so\
         với năm trước, trong đó GRDP của cả 63 tỉnh, thành đều ghi nhận tăng trưởng.
        """;
    assertThat(TargetsRead.page(lookedBack)).containsExactly("GE 8");
    // a sentence in the past still ends the account
    String variant =
        """
        UBND tỉnh ban hành Kế hoạch phát triển kinh tế năm 2026. Theo đó, tỉnh phấn đấu tăng\
         trưởng GRDP đạt 8%. Thu ngân sách tăng 10% so với năm 2025.

        Năm 2025, tỉnh đã thu ngân sách tăng 7%. Doanh thu dịch vụ tăng 9%.
        """;
    assertThat(TargetsRead.page(variant)).containsExactly("GE 8", "GE 10");
  }

  @Test
  void aCountKeptInAPlansAccountIsAGoal() {
    // baotayninh.vn, Hòa Thành's 2015 chỉ tiêu: "duy trì 100% …" is at least 100 (what is kept),
    // and a count kept ("duy trì 8/8 xã") does not make the paragraph a result
    String hoaThanh =
        """
        Kỳ họp đã thông qua các Nghị quyết về đánh giá tình hình thực hiện kế hoạch phát triển kinh\
         tế, văn hóa, xã hội, quốc phòng, an ninh năm 2014 và phương hướng, nhiệm vụ năm 2015.

        Theo đó, năm 2015, huyện Hoà Thành tiếp tục đề ra các chỉ tiêu phát triển kinh tế xã hội,\
         trong đó phấn đấu tổng giá trị sản xuất (theo giá 2010) tăng 10% so với năm 2014.

        Thu ngân sách nhà nước đạt 161,3 tỷ đồng, chi ngân sách địa phương đạt 286,3 tỷ đồng; duy\
         trì 100% xã, thị trấn đạt chuẩn quốc gia về y tế; 97% gia đình đạt chuẩn văn hóa, 100%\
         ấp/khu phố đạt chuẩn văn hóa; duy trì 8/8 xã, thị trấn đạt chuẩn phổ cập về mẫu giáo 5\
         tuổi, giáo dục tiểu học và trung học cơ sở; giảm tỉ lệ hộ nghèo 0,08% và giải quyết việc\
         làm cho 3.800 lao động nông thôn…
        """;
    assertThat(TargetsRead.page(hoaThanh))
        .containsExactly("GE 10", "GE 100", "GE 97", "EQ 100", "GE 0.08");
    // a count reported, with no account of a plan, is a result
    assertThat(TargetsRead.page("Toàn huyện duy trì 8/8 xã đạt chuẩn, 97% gia đình văn hóa."))
        .isEmpty();
  }

  @Test
  void aGrowthInACongresssOrTheAssemblysAccountIsAGoal() {
    // vietnamplus.vn, Vĩnh Long's first congress (2025-2030)
    String vinhLong =
        """
        Đại hội Đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025-2030 đã thông qua Nghị\
         quyết Đại hội, nhất trí mục tiêu, định hướng chiến lược phát triển và nhiệm vụ, giải pháp\
         nhiệm kỳ 2025-2030.

        Đại hội xác định giai đoạn 2025-2030, xây dựng tỉnh Vĩnh Long trở thành địa phương phát\
         triển nhanh và bền vững, là trung tâm kinh tế biển.

        Tốc độ tăng trưởng tổng sản phẩm trong tỉnh (GRDP) bình quân đạt 10%. Quy mô GRDP theo giá\
         hiện hành 589.730 tỷ đồng. Tỷ trọng giá trị tăng thêm của kinh tế số trong GRDP là 10,08%.\
         Ngân sách trên địa bàn tăng bình quân 7%.
        """;
    assertThat(TargetsRead.page(vinhLong)).containsExactly("GE 10", "GE 10.08", "GE 7");
    // without the congress resolving, the figures are what the page reports
    assertThat(TargetsRead.page(vinhLong.substring(vinhLong.indexOf("Tốc độ")))).isEmpty();
    // vnexpress.net, the National Assembly's 2026 goals: inflation, a ceiling
    String vnexpress =
        """
        Sáng 13/11, với trên 90,5% đại biểu tán thành, Quốc hội thông qua Nghị quyết về phát triển\
         kinh tế xã hội 2026.

        Quốc hội quyết nghị tăng trưởng kinh tế năm sau phấn đấu từ 10% trở lên, GDP bình quân đầu\
         người đạt 5.400-5.500 USD. Lạm phát kiểm soát ở mức khoảng 4,5%.
        """;
    assertThat(TargetsRead.page(vnexpress)).containsExactly("GE 10", "LE 4.5");
  }
}
