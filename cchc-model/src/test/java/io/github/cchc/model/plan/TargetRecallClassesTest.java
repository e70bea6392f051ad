package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Classes of targets missed on pages never seen (issue 16, part T1: recall), each with the real
 * sentence of the page it was missed on (corpus {@code unseen15/} to {@code unseen19/} and {@code
 * tuning-t1/}) and, where cheap, a second variant of the class.
 */
class TargetRecallClassesTest {
  /**
   * congluan.vn on the Đồng Tháp master plan (unseen16): a caption's goal, its credit "Ảnh minh
   * họa", then "Cụ thể, …" going on with it.
   */
  private static final String DONG_THAP =
      """
      Phó Thủ tướng Trần Hồng Hà ký Quyết định số 39/QĐ-TTg ngày 11/1/2024 phê duyệt Quy\
       hoạch tỉnh Đồng Tháp thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.
      Đồng Tháp phấn đấu là một trơn những trung tâm sản xuất nông nghiệp và chế biến nông\
       sản của vùng đồng bằng sông Cửu Long. Ảnh minh họa
      Cụ thể, đến 2023, tốc độ tăng trưởng tổng sản phẩm (GRDP) bình quân đạt 7 - 7,5%/năm.\
       GRDP bình quân đầu người (giá hiện hành) đạt khoảng 160 triệu đồng.
      """;

  @Test
  void aRankRisenTo() {
    // opendevelopment.vn on the GII labour goals (unseen17)
    assertThat(
            TargetsRead.page(
                "Theo chương trình này, Việt Nam đặt mục tiêu nằm trong top 60 quốc gia về Nhóm chỉ"
                    + " số Lao động có kiến thức nằm trong Chỉ số Đổi mới sáng tạo Toàn cầu (GII)"
                    + " vào năm 2025 và vươn lên top 55 vào năm 2030."))
        .containsExactly("RANK_WITHIN 60", "RANK_WITHIN 55");
    assertThat(
            TargetsRead.page(
                "Tỉnh phấn đấu đến năm 2030 vươn lên nhóm 10 tỉnh dẫn đầu cả nước về chỉ số PCI."))
        .containsExactly("RANK_WITHIN 10");
  }

  @Test
  void aPlaceInTheWholeCountry() {
    // sggp.org.vn, An Giang's chỉ tiêu for 2026 (unseen16)
    assertThat(
            TargetsRead.page(
                "Về Nghị quyết phương hướng, nhiệm vụ chính trị năm 2026, Ban Chấp hành Đảng bộ tỉnh"
                    + " An Giang phấn đấu thực hiện đạt một số chỉ tiêu chủ yếu: tăng trưởng kinh tế"
                    + " đạt 10,71% trở lên; chỉ số cải cách hành chính cấp tỉnh (PAR INDEX) xếp hạng"
                    + " 15/34 trên cả nước; chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xếp hạng 15/34"
                    + " trên cả nước…"))
        .containsExactly("GE 10.71", "RANK_WITHIN 15", "RANK_WITHIN 15");
    // the same place reported is a result
    assertThat(
            TargetsRead.page(
                "Năm 2024, chỉ số PAR INDEX của tỉnh xếp hạng 21/63 trên cả nước, tăng 5 bậc."))
        .isEmpty();
  }

  @Test
  void aPlaceAtMostWrittenWithASign() {
    // most.gov.vn, Quyết định 149 of the Ministry of Science and Technology (unseen17)
    assertThat(
            TargetsRead.page(
                "Đến năm 2045, Chỉ số đổi mới sáng tạo toàn cầu (GII) đứng vị trí ≤ 30."))
        .containsExactly("RANK_WITHIN 30");
    assertThat(TargetsRead.page("Phấn đấu chỉ số DTI của tỉnh xếp hạng <= 20."))
        .containsExactly("RANK_WITHIN 20");
  }

  @Test
  void aFurtherRankAfterVaAmongTheLeaders() {
    // vietnamnet.vn on the Government's programme (unseen19)
    assertThat(
            TargetsRead.page(
                "Mục tiêu là đưa môi trường đầu tư của Việt Nam vào nhóm 3 nước dẫn đầu ASEAN và"
                    + " nhóm 30 quốc gia hàng đầu thế giới vào năm 2028."))
        .containsExactly("RANK_WITHIN 3", "RANK_WITHIN 30");
  }

  @Test
  void aListTitledUnderAHeadingNumberedWithAHyphen() {
    // kbang.gialai.gov.vn, xã Lơ Ku's chỉ tiêu 2021-2025 (unseen15): no word of intent on the lines
    assertThat(
            TargetsRead.page(
                "ĐỊNH HƯỚNG PHÁT TRIỂN GIAI ĐOẠN 2021-2025\n"
                    + "1- Mục tiêu tổng quát\n"
                    + "Tập trung lãnh đạo phát triển kinh tế, phát triển nông nghiệp theo hướng bền"
                    + " vững.\n"
                    + "2- Các chỉ tiêu chủ yếu (giai đoạn 2021-2025)\n"
                    + "* Về kinh tế\n"
                    + "(1) Cơ cấu kinh tế đến năm 2025: Nông - lâm nghiệp 80%; thương mại - dịch vụ"
                    + " 15%;  tiểu thủ công nghiệp: 5 %.\n"
                    + "(4) Trồng rừng mới:  30 ha/năm.\n"
                    + "(6) Thu cân đối ngân sách xã hưởng: tăng 10%/năm trở lên.\n"))
        .containsExactly("LE 80", "GE 15", "GE 5", "GE 10");
  }

  @Test
  void goalsNamedWithTheirTermAndAColon() {
    // the history of the Đảng bộ of thị trấn Quốc Oai, page 377 on flipbuilder (tuning-t1)
    assertThat(
            TargetsRead.page(
                "Đại hội thông qua các mục tiêu cụ thể đến năm 2025: Tỷ lệ tăng trưởng bình quân"
                    + " đạt: 11 - 12%. Cơ cấu kinh tế: dịch vụ - thương mại 70%; công nghiệp, tiểu"
                    + " thủ công nghiệp - xây dựng 28%, nông nghiệp 2%. Thu nhập bình quân đầu người"
                    + " 85 triệu đồng/năm. Tỷ lệ trường học công lập đạt chuẩn quốc gia mức độ 1 là"
                    + " 100%,"))
        .containsExactly("GE 11", "GE 70", "GE 28", "LE 2", "EQ 100");
    // the same page as its text layer gives it, a line wrapped before a sum in words
    assertThat(
            TargetsRead.page(
                """
                Đại hội thông qua các mục tiêu cụ thể đến năm 2025: Tỷ
                lệ tăng trưởng bình quân đạt: 11 - 12%. Cơ cấu kinh tế: dịch
                vụ - thương mại 70%; công nghiệp, tiểu thủ công nghiệp - xây
                dựng 28%, nông nghiệp 2%. Thu nhập bình quân đầu người
                85 triệu đồng/năm. Tỷ lệ trường học công lập đạt chuẩn quốc
                gia mức độ 1 là 100%,
                """))
        .containsExactly("GE 11", "GE 70", "GE 28", "LE 2", "EQ 100");
    // a goal reached, named with its year and a colon, announces no list
    assertThat(
            TargetsRead.page(
                "Huyện đã đạt mục tiêu năm 2023: Tỷ lệ hộ nghèo giảm 2%. Tỷ lệ lao động qua đào tạo"
                    + " 68%."))
        .isEmpty();
  }

  @Test
  void aParagraphOpeningOnTheGoalsOfTheTermAhead() {
    // dantri.com.vn, xã Phúc Khánh (Lào Cai), nhiệm kỳ 2025-2030 (tuning-t1): the sentences after
    // the one setting the goals carry no word of intent; a level to come down to is no result
    // there, a ceiling given as a range is at its upper end, "chứng chỉ đạt" is no "chỉ đạt"
    assertThat(
            TargetsRead.page(
                "Tỷ lệ hộ nghèo giảm bình quân 5,91%/năm; quốc phòng - an ninh được giữ vững.\n\n"
                    + "Đảng bộ xã Phúc Khánh nhiệm kỳ 2025-2030 đặt mục tiêu đến năm 2030, tốc độ"
                    + " tăng tổng giá trị sản phẩm bình quân đạt 8%/năm; thu ngân sách nhà nước trên"
                    + " địa bàn đạt trên 20 tỷ đồng. Thu nhập bình quân đầu người đạt trên 58 triệu"
                    + " đồng/năm. Tỷ lệ hộ nghèo giảm còn 2,5-3,5%. Tỷ lệ lao động qua đào tạo đạt"
                    + " 75%, trong đó có bằng cấp, chứng chỉ đạt 37%. Tỷ lệ trường học đạt chuẩn"
                    + " quốc gia đạt 75% trở lên. Tỷ lệ che phủ rừng duy trì trên 75,38%."))
        .containsExactly("GE 8", "LE 3.5", "GE 75", "GE 37", "GE 75", "GT 75.38");
    // the paragraph of the past term's results stays results
    assertThat(
            TargetsRead.page(
                "Nhiệm kỳ 2020-2025, xã đã đạt nhiều kết quả quan trọng. Tỷ lệ lao động qua đào tạo"
                    + " đạt 60,89%. Tỷ lệ hộ nghèo giảm còn 4,2%."))
        .isEmpty();
  }

  @Test
  void goalsABodySetsItselfToReach() {
    // baothuathienhue.vn, phường Hương Chữ, nhiệm kỳ 2015-2020 (tuning-t1): "tập trung hoàn thành
    // các chỉ tiêu" aims at the goals, it does not report them reached
    assertThat(
            TargetsRead.page(
                "Nhiệm kỳ 2015-2020, Đảng bộ phường Hương Chữ tập trung hoàn thành các chỉ tiêu cơ"
                    + " bản, cụ thể, giá trị sản xuất các ngành kinh tế tăng 18%/năm; thu nhập bình"
                    + " quân đầu người đạt 75 triệu đồng/năm; tổng vốn đầu tư toàn xã hội trên 600 tỷ"
                    + " đồng; tỷ lệ hộ nghèo giảm xuống còn dưới 4%; tỷ lệ thu gom rác thải sinh hoạt"
                    + " trên 95%."))
        .containsExactly("GE 18", "LT 4", "GT 95");
    // the goals reached stay results
    assertThat(
            TargetsRead.page(
                "Nhiệm kỳ qua, Đảng bộ phường đã hoàn thành các chỉ tiêu, giá trị sản xuất tăng"
                    + " 15%/năm."))
        .isEmpty();
  }

  @Test
  void anItemOfAListToldAsASentenceWithoutAFigureIsNoHeading() {
    // pleiku.gialai.gov.vn, phường Hội Phú's chỉ tiêu 2020-2025 (unseen15): item 4 has no figure
    assertThat(
            TargetsRead.page(
                """
                2. Các chỉ tiêu chủ yếu đến năm 2025
                2. Thu ngân sách Nhà nước theo phân cấp tăng 5% hàng năm.
                3. Tỷ lệ tăng dân số tự nhiên hàng năm 1,1%.
                4. Phấn đấu đến năm 2025 không còn hộ nghèo trên địa bàn phường.
                5. Tỷ lệ lao động qua đào tạo: 88,7%.
                """))
        .containsExactly("GE 5", "LE 1.1", "GE 88.7");
    // a numbered heading without a full stop still ends the list
    assertThat(
            TargetsRead.page(
                """
                2. Các chỉ tiêu chủ yếu đến năm 2025
                1. Tỷ lệ lao động qua đào tạo: 70%.
                II. KẾT QUẢ THỰC HIỆN
                1. Tỷ lệ lao động qua đào tạo: 65%.
                """))
        .containsExactly("GE 70");
    // nor does a heading in capitals closed by a full stop
    assertThat(
            TargetsRead.page(
                """
                2. Các chỉ tiêu chủ yếu đến năm 2025
                1. Tỷ lệ lao động qua đào tạo: 70%.
                II. KẾT QUẢ THỰC HIỆN.
                1. Tỷ lệ lao động qua đào tạo: 65%.
                """))
        .containsExactly("GE 70");
  }

  @Test
  void aNewMemberReachingIsNoOnlyReaching() {
    // vtcnews.vn, the resolution of Cao Bằng's congress 2025-2030 (unseen16): "đảng viên mới đạt"
    // folds to "moi dat", which is also "only just reached"
    assertThat(
            TargetsRead.page(
                "Hằng năm, tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 80% trở lên; kết nạp"
                    + " đảng viên mới đạt từ 1.500 đến 1.600 đảng viên."))
        .containsExactly("GE 80");
    // "mới đạt" after no noun is still "only reached"
    assertThat(TargetsRead.page("Tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 30% trở lên."))
        .isEmpty();
  }

  @Test
  void aPhotoCreditBetweenAGoalAndWhatGoesOnWithIt() {
    // congluan.vn on the Đồng Tháp master plan (unseen16): "Cụ thể, …" goes on with the caption's
    // goal, "Ảnh minh họa" between them
    assertThat(TargetsRead.page(DONG_THAP)).containsExactly("GE 7");
  }

  @Test
  void aGoalAfterTheSlashOfAResultReached() {
    // baoapbac.vn, the resolution of Tiền Giang's 11th congress (unseen15): the last term's goals
    // reached, each result over its goal
    assertThat(
            TargetsRead.page(
                "Trong nhiệm kỳ qua, Ban Chấp hành Đảng bộ tỉnh đã tập trung triển khai thực hiện"
                    + " nghiêm túc, có hiệu quả các nhiệm vụ trọng tâm; lãnh đạo và tổ chức thực hiện"
                    + " Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ X đạt nhiều thành quả quan"
                    + " trọng: Nhiều chỉ tiêu Nghị quyết đạt cao như thu ngân sách Nhà nước trên địa"
                    + " bàn 45.799/36.875 tỷ đồng; tỷ lệ xã đạt chuẩn nông thôn mới 83,2%/50% tổng số"
                    + " xã; phát triển đảng viên mới 8.793/6.500 đảng viên,..."))
        .containsExactly("GE 50");
    assertThat(
            TargetsRead.page(
                "Nhiệm kỳ qua, nhiều chỉ tiêu đạt và vượt: tỷ lệ che phủ rừng 45,2%/45%; tỷ lệ lao"
                    + " động qua đào tạo đạt 70,5%."))
        .containsExactly("GE 45");
  }

  @Test
  void aSubjectThatExpectsSetsAGoal() {
    // ictnews on Lào Cai's plan for cashless payments (unseen19)
    assertThat(
            TargetsRead.page(
                "Trong lĩnh vực thương mại điện tử, địa phương kỳ vọng đưa tỷ lệ thanh toán không"
                    + " dùng tiền mặt lên mức 50%."))
        .containsExactly("GE 50");
    // what "is expected" of a measure sets no goal
    assertThat(
            TargetsRead.page(
                "Các giải pháp được kỳ vọng giúp tỷ lệ thanh toán không dùng tiền mặt đạt 45%."))
        .isEmpty();
  }

  @Test
  void theClausesOfASentenceTheExcerptCutAreNoSubheading() {
    // congluan.vn on the Đồng Tháp master plan (unseen16): the page's excerpt ends mid-word, its
    // last line short, but a line of clauses is no subheading
    assertThat(
            TargetsRead.article(
                DONG_THAP
                    + """
                Tỷ trọng trong GRDP của ngành công nghiệp - xây dựng chiếm khoảng 27%; ngành dịch vụ chiếm kh
                """))
        .containsExactly("GE 7", "GE 27");
    // a short subheading restating a figure without a word of intent is still no goal
    assertThat(
            TargetsRead.article(
                """
                Tỉnh A công bố kết quả năm 2025
                Tỷ lệ hồ sơ trực tuyến đạt 80%
                Năm 2025, tỷ lệ hồ sơ trực tuyến của tỉnh đã đạt 80%, tăng 10% so với năm 2024.
                """))
        .isEmpty();
  }

  @Test
  void aGoalNamedByTheDocumentThatSetItWithItsFigureInParentheses() {
    // baobariavungtau.com.vn on the province's insurance cover in 2022 (unseen16): the results and
    // their gaps are no goals, the goals each document set are
    assertThat(
            TargetsRead.page(
                "Tính đến ngày 30/9/2022, tỷ lệ lao động tham gia BHXH toàn tỉnh đạt 38,05%, vượt"
                    + " 0,05% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày 10/12/2021 của"
                    + " Tỉnh ủy (38%); tuy nhiên, tỷ lệ độ bao phủ BHYT mới đạt 86,25% dân số, thấp"
                    + " hơn 5,25% so với chỉ tiêu được giao tại Quyết định số 546/QĐ-TTg ngày"
                    + " 29/4/2022 của Thủ tướng Chính phủ (91,5%) và thấp hơn 5,75% so với chỉ tiêu"
                    + " đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy (92%)."))
        .containsExactly("GE 38", "GE 91.5", "GE 92");
  }

  @Test
  void anAccountOpeningInThePlan() {
    // ictnews on Lào Cai's plan for cashless payments (unseen19): "Cũng trong Kế hoạch …" opens the
    // account of the plan; its figures after it, without a word of intent, are the plan's
    assertThat(
            TargetsRead.page(
                """
                Cũng trong Kế hoạch triển khai Đề án phát triển thanh toán không dùng tiền mặt của\
                 tỉnh, Lào Cai cũng mục tiêu đưa giá trị thanh toán không dùng tiền mặt gấp 15 lần\
                 GRDP.

                Tốc độ tăng trưởng bình quân về số lượng và giá trị giao dịch thanh toán không dùng\
                 tiền mặt đạt 10 - 15%/năm. Tỷ lệ cá nhân, tổ chức sử dụng phương tiện thanh toán\
                 không dùng tiền mặt qua các kênh thanh toán điện tử đạt 40%.
                """))
        .containsExactly("GE 10", "GE 40");
    // baothuathienhue.vn on Huế's plan for jobs (unseen16): "Cũng tại kế hoạch này, …"
    assertThat(
            TargetsRead.page(
                """
                Cũng tại kế hoạch này, tỉnh phấn đấu 100% người lao động thuộc hộ nghèo có nhu cầu\
                 được hỗ trợ kết nối, tư vấn, định hướng nghề nghiệp.
                Về y tế, giảm tỷ lệ suy dinh dưỡng thấp còi trẻ em dưới 16 tuổi xuống dưới 9,8%.
                """))
        .containsExactly("EQ 100", "LT 9.8");
    // a plan's year told as results stays results
    assertThat(
            TargetsRead.page(
                "Trong kế hoạch năm 2024, tỉnh đã đạt 15/17 chỉ tiêu, tỷ lệ hồ sơ trực tuyến đạt 85%."
                    + " Tỷ lệ hộ nghèo giảm còn 2%."))
        .isEmpty();
  }
}
