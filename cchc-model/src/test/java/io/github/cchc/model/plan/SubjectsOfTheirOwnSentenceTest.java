package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target's subject is the words of its own sentence: not the page's dateline before it, its date
 * and time after it, nor a heading or a station's tag run into it without a full stop.
 */
class SubjectsOfTheirOwnSentenceTest {
  @Test
  void theDatelineOpeningThePageIsNoPartOfTheSubject() {
    // vnexpress.net, the National Assembly's 2026 growth goal, the page opening on its dateline
    List<Target> t =
        TargetExtractor.extract(
            " date 2025-11-13 Mục tiêu tăng trưởng kinh tế năm 2026 được Quốc hội giao từ 10% trở"
                + " lên, GDP bình quân đầu người 5.400-5.500 USD.");
    assertThat(t).hasSize(1);
    assertThat(t.get(0).subject())
        .isEqualTo("Mục tiêu tăng trưởng kinh tế năm 2026 được Quốc hội giao");
    // plo.vn: the headline with its date and time after it
    List<Target> plo =
        TargetExtractor.extract(
            "Đồng Nai: Giải quyết thủ tục hành chính đúng hạn phải đạt tối thiểu 98% 20/01/2026"
                + " 15:35");
    assertThat(plo).hasSize(1);
    assertThat(plo.get(0).text())
        .isEqualTo("Đồng Nai: Giải quyết thủ tục hành chính đúng hạn phải đạt tối thiểu 98%");
  }

  @Test
  void aHeadingOrATagRunIntoTheSentenceIsNoPartOfTheSubject() {
    // thanhnien.vn, Đại Lộc's congress goals: the dateline and the heading run into the first goal
    List<Target> t =
        TargetExtractor.extract(
            " date 2020-07 Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ"
                + " tăng trưởng kinh tế bình quân đạt 12-13%/ năm (giá so sánh 2010).");
    assertThat(t).hasSize(1);
    assertThat(t.get(0).subject()).isEqualTo("Tốc độ tăng trưởng kinh tế bình quân");
    // plo.vn: the paper's tag before the lead
    List<Target> plo =
        TargetExtractor.extract(
            "(PLO)- Theo Kế hoạch năm 2026 của tỉnh Đồng Nai, giải quyết hồ sơ thủ tục hành chính"
                + " đúng hạn phải đạt tối thiểu 98%.");
    assertThat(plo).hasSize(1);
    assertThat(plo.get(0).subject()).startsWith("Theo Kế hoạch năm 2026");
  }

  @Test
  void anEllipsisBeforeACapitalEndsTheSentence() {
    // thanhnien.vn, Đại Lộc's congress goals: "… 97% người dân tham gia BHYT… Đến năm 2025: …"
    List<Target> t =
        TargetExtractor.extract(
            "Phấn đấu đến năm 2025 không còn hộ nghèo (trừ các đối tượng BTXH), 97% người dân tham"
                + " gia BHYT… Đến năm 2025: 100% các trường mầm non, mẫu giáo, tiểu học và THCS đạt"
                + " chuẩn; 60% học sinh THCS được học 2 buổi/ ngày.");
    assertThat(t).extracting(Target::subject).first().isEqualTo("người dân tham gia BHYT…");
    assertThat(t).hasSize(3);
  }

  @Test
  void aSubjectStaysWithinItsClause() {
    // bhxh.binhthuan.gov.vn, the National Assembly's 2021-2025 plan: clauses joined by ';'
    List<Target> t =
        PlanReader.readAnyText(
                "page.txt",
                "Chiều 27/7, với 95,19% số ĐBQH có mặt tham gia biểu quyết tán thành, Quốc hội đã"
                    + " thông qua Nghị quyết về Kế hoạch phát triển kinh tế-xã hội 5 năm 2021-2025"
                    + " với những chỉ tiêu cụ thể.\n\n"
                    + "Theo đó, về kinh tế, tốc độ tăng trưởng tổng sản phẩm trong nước (GDP) bình quân 5"
                    + " năm khoảng 6,5-7%; GDP bình quân đầu người đến năm 2025 đạt khoảng 4.700-5.000"
                    + " USD; tỷ trọng công nghiệp"
                    + " chế biến, chế tạo trong GDP đạt trên 25%; kinh tế số đạt khoảng 20% GDP; đóng"
                    + " góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng đạt khoảng 45%;"
                    + " tốc độ tăng năng suất lao động xã hội bình quân trên 6,5%/năm; tỷ lệ đô thị hóa"
                    + " khoảng 45%.")
            .targets();
    assertThat(t)
        .extracting(Target::subject)
        .contains(
            "tỷ trọng công nghiệp chế biến, chế tạo trong GDP",
            "kinh tế số đạt khoảng",
            "đóng góp của năng suất các nhân tố tổng hợp (TFP) vào tăng trưởng đạt khoảng",
            "tốc độ tăng năng suất lao động xã hội bình quân",
            "tỷ lệ đô thị hóa khoảng");
    // baogialai.com.vn: a subject after its figure ends at the clause's ';'; an opening bracket
    // never closed (thanhnien's "(hợp vệ sinh đạt 100%)") is no part of a subject
    List<Target> after =
        TargetExtractor.extract(
            "hạ tầng mạng băng rộng cáp quang phủ đạt 75% hộ gia đình, 100% đơn vị cấp xã; tỷ lệ"
                + " phủ sóng di động tới thôn, làng, tổ dân phố đạt 100%.");
    assertThat(after).extracting(Target::subject).contains("đơn vị cấp xã");
    List<Target> bracket =
        TargetExtractor.extract(
            "Tỷ lệ hộ dân nông thôn sử dụng nước sạch trên 90% (hợp vệ sinh đạt 100%); tỷ lệ hộ"
                + " dân đô thị được cung cấp nước sạch trên 95%.");
    assertThat(bracket)
        .extracting(Target::subject)
        .containsExactly(
            "Tỷ lệ hộ dân nông thôn sử dụng nước sạch",
            "hợp vệ sinh",
            "tỷ lệ hộ dân đô thị được cung cấp nước sạch");
  }

  @Test
  void wordsThatOnlySayWhenAreNoSubject() {
    // baomoi.net.vn, the Ministry of Home Affairs' plan for Nghị quyết 71/NQ-CP (the sapo)
    List<Target> t =
        TargetExtractor.extract(
            "Mục tiêu đến năm 2030, ít nhất 80% người dân, doanh nghiệp dùng dịch vụ công trực"
                + " tuyến; 100% cán bộ, công chức, viên chức được cấp mã định danh điện tử.");
    assertThat(t.get(0).subject())
        .isEqualTo("người dân, doanh nghiệp dùng dịch vụ công trực tuyến");
    assertThat(t.get(0).year()).hasValue(2030);
    // thanhnien.vn, Đại Lộc: "Đến năm 2025: 100% các trường …"
    List<Target> daiLoc =
        TargetExtractor.extract(
            "Đến năm 2025: 100% các trường mầm non, mẫu giáo, tiểu học và THCS đạt chuẩn; 60% học"
                + " sinh THCS được học 2 buổi/ ngày.");
    assertThat(daiLoc.get(0).subject())
        .isEqualTo("các trường mầm non, mẫu giáo, tiểu học và THCS đạt chuẩn");
    assertThat(daiLoc.get(0).year()).hasValue(2025);
  }

  @Test
  void aDeadlineWithCoAndASignBeforeTheFigureOnlySaysWhen() {
    // Đồng Tháp's Kế hoạch 617/KH-UBND of 2025 (tnt305, corpus unseen60): the measure follows
    List<Target> t =
        TargetExtractor.extract(
            "a) Đến hết năm 2025: Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ"
                + " số.");
    assertThat(t).hasSize(1);
    assertThat(t.get(0).subject())
        .isEqualTo("DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số");
    assertThat(t.get(0).comparator()).isEqualTo(Comparison.GE);
    assertThat(t.get(0).year()).hasValue(2025);
    // a subject of its own before the figure stays the subject
    List<Target> own =
        TargetExtractor.extract(
            "Đến hết năm 2025, tỷ lệ doanh nghiệp ứng dụng công nghệ số có ≥ 30% trên tổng số.");
    assertThat(own).hasSize(1);
    assertThat(own.get(0).subject()).startsWith("Đến hết năm 2025, tỷ lệ doanh nghiệp");
  }

  @Test
  void anItemsMarkOrAWordOfIntentAloneBeforeTheFigureOpensTheItem() {
    // Cần Thơ's Kế hoạch 153/KH-UBND of 2025 on drugs (tnt305, not in the corpus)
    List<Target> mark =
        TargetExtractor.extract(
            "đ) Trên 80% số trạm y tế xã, phường trên thành phố đủ điều kiện xác định tình trạng"
                + " nghiện ma túy.");
    assertThat(mark).hasSize(1);
    assertThat(mark.get(0).subject())
        .isEqualTo(
            "số trạm y tế xã, phường trên thành phố đủ điều kiện xác định tình trạng nghiện ma túy");
    List<Target> intent =
        TargetExtractor.extract(
            "e) Phấn đấu 100% cơ sở cai nghiện ma túy công lập bảo đảm điều kiện theo quy định.");
    assertThat(intent).hasSize(1);
    assertThat(intent.get(0).subject())
        .isEqualTo("cơ sở cai nghiện ma túy công lập bảo đảm điều kiện theo quy định");
    // a measure named before the figure stays the subject
    List<Target> named = TargetExtractor.extract("e) Tỷ lệ hộ dân dùng nước sạch đạt trên 80%.");
    assertThat(named).hasSize(1);
    assertThat(named.get(0).subject()).isEqualTo("Tỷ lệ hộ dân dùng nước sạch");
  }
}
