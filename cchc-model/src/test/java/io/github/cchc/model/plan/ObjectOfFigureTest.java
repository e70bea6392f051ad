package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure written before a noun phrase counts it, when the words before the figure name no
 * measure: the subject is that noun phrase ({@link ObjectOfFigure}); the words before still turn
 * the comparator as they did.
 */
class ObjectOfFigureTest {
  private static Target only(String sentence) {
    List<Target> t = TargetExtractor.extract(sentence);
    assertThat(t).hasSize(1);
    return t.get(0);
  }

  @Test
  void anActorAndAWordOfIntentBeforeTheFigureAreNoSubject() {
    // th389.vn on Đồng Tháp's health insurance goal (unseen55)
    Target t = only("Đồng Tháp phấn đấu trên 92% dân số tham gia bảo hiểm y tế");
    assertThat(t.comparator()).isEqualTo(Comparison.GT);
    assertThat(t.subject()).isEqualTo("dân số tham gia bảo hiểm y tế");
    // thuonghieucongluan.com.vn on Bắc Ninh's new countryside (unseen53): a time and "có" too
    Target b =
        only(
            "Bắc Ninh phấn đấu đến năm 2025, toàn tỉnh có 50% số xã đạt chuẩn Nông thôn mới nâng"
                + " cao.");
    assertThat(b.subject()).isEqualTo("số xã đạt chuẩn Nông thôn mới nâng cao");
    assertThat(b.year()).hasValue(2025);
  }

  @Test
  void aVerbOfChangeBeforeTheFigureKeepsItsComparator() {
    // molisa.gov.vn on Bắc Kạn's poverty goal (unseen53): a cut of 2 to 2,5 points, at least 2
    Target t = only("Bắc Kạn đặt mục tiêu mỗi năm giảm từ 2 đến 2,5% tỷ lệ hộ nghèo");
    assertThat(t.comparator()).isEqualTo(Comparison.GE);
    assertThat(t.value()).hasValue(new BigDecimal("2"));
    assertThat(t.subject()).isEqualTo("tỷ lệ hộ nghèo");
    // kontumtv.vn on Sa Thầy's goals for 2021 (unseen57): one item of a list parted by ';'
    List<Target> k =
        TargetExtractor.extract(
            "Huyện phấn đấu trồng mới 500 ha rừng, nâng tỷ lệ che phủ rừng đạt hơn 62%; thành lập"
                + " từ 4 hợp tác xã chăn nuôi bò sữa công nghệ cao trở lên; phấn đấu đến cuối năm có"
                + " 1 xã đạt chuẩn nông thôn mới; trên 550 lao động được giải quyết việc làm và đào"
                + " tạo nghề; giảm gần 4% hộ nghèo; tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh"
                + " đạt 93% và 100% chất thải rắn ở đô thị được thu gom.");
    assertThat(k)
        .extracting(Target::subject)
        .containsExactly(
            "Huyện phấn đấu trồng mới 500 ha rừng, nâng tỷ lệ che phủ rừng",
            "hộ nghèo",
            "tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh",
            "chất thải rắn ở đô thị được thu gom");
    assertThat(k.get(1).comparator()).isEqualTo(Comparison.GE);
  }

  @Test
  void theNextFiguresLeadInIsNoPartOfTheSubject() {
    // baoninhthuan.com.vn on Phước Dân's congress (unseen57)
    List<Target> t =
        TargetExtractor.extract(
            "Phấn đấu hàng năm có 80% chi bộ hoàn thành tốt nhiệm vụ, trong đó có 20% chi bộ hoàn"
                + " thành xuất sắc nhiệm vụ.");
    assertThat(t).extracting(Target::subject).first().isEqualTo("chi bộ hoàn thành tốt nhiệm vụ");
  }

  @Test
  void aMeasureNamedBeforeTheFigureStaysTheSubject() {
    // vietnamnet.vn on Phú Thọ's five KPI for 2026 (unseen53): "giải ngân 100% vốn …" is counted,
    // "tỷ lệ hộ nghèo giảm từ 0,5-1%" names its measure before the figure
    List<Target> t =
        TargetExtractor.extract(
            "Tỉnh tập trung vào 5 chỉ tiêu cơ bản làm thước đo KPI cho công tác điều hành: Tăng"
                + " trưởng kinh tế 11%; thu nhập bình quân đầu người đạt 6,3 triệu"
                + " đồng/người/tháng; tổng thu ngân sách trên địa bàn trên 58.000 tỷ đồng; giải"
                + " ngân 100% vốn đầu tư công do Thủ tướng giao; tỷ lệ hộ nghèo giảm từ 0,5-1%.");
    assertThat(t).extracting(Target::subject).contains("vốn đầu tư công do Thủ tướng giao");
    assertThat(t).extracting(Target::subject).last().isEqualTo("tỷ lệ hộ nghèo giảm");
  }

  @Test
  void aWholeTheShareIsOfIsNoSubject() {
    // tayninh.gov.vn on Tây Ninh's new countryside in 2016 (unseen55): "số xã của tỉnh" is the
    // whole, the communes that met the standard are what is measured
    List<Target> t =
        TargetExtractor.extract(
            "Với mục tiêu tiếp tục giữ vững 16 xã đạt chuẩn nông thôn mới (NTM) giai đoạn 2011 –"
                + " 2015, Tây Ninh phấn đấu đến cuối năm 2016 có thêm 06 xã đạt chuẩn NTM, nâng số"
                + " xã đạt chuẩn nông thôn mới lên 22 xã, đạt 27,5% số xã của tỉnh;");
    assertThat(t).hasSize(1);
    assertThat(t.get(0).subject()).contains("số xã đạt chuẩn nông thôn mới");
    // vnexpress.net on Phú Thọ's growth in 2025 (unseen54): a goal named as a result's yardstick
    Target v =
        only(
            "Mức tăng trưởng này không chỉ giúp tỉnh hoàn thành mục tiêu tự đề ra, còn vượt mức chỉ"
                + " tiêu 10% do Chính phủ giao.");
    assertThat(v.subject()).doesNotStartWith("do Chính phủ");
  }

  @Test
  void whatCoversBeforeTheFigureStaysTheSubject() {
    // camau (unseen11) on Cà Mau's digital society: the network covers, the share is its reach
    Target t = only("Hạ tầng mạng băng rộng cáp quang phủ 100% xã.");
    assertThat(t.subject()).isEqualTo("Hạ tầng mạng băng rộng cáp quang phủ");
  }

  @Test
  void anAreaWithWhatItIsOfIsCountedABareOneIsAWhole() {
    // htdn.vn on Quảng Nam's farm linkage plan (unseen24): "20% diện tích đất rừng trồng sản xuất
    // … được cấp giấy chứng chỉ" counts an area, "45% diện tích" alone would be a share of a whole
    List<Target> t =
        TargetExtractor.extract(
            "Phấn đấu tỷ lệ che phủ rừng đạt 61% (trong đó độ che phủ rừng tự nhiên đạt 45,27%); có"
                + " 20% diện tích đất rừng trồng sản xuất (30.000 ha) được cấp giấy chứng chỉ rừng"
                + " bền vững.");
    assertThat(t).extracting(Target::subject).last().asString().startsWith("diện tích đất rừng");
  }

  @Test
  void aPurposeIsNoMeasure() {
    // hanoionline on Hà Nội's measles campaign (unseen64): "mục đích" is no "mức"
    Target t =
        only(
            "Mục đích của chiến dịch là bảo đảm 95% trẻ từ đủ 6 tháng đến dưới 9 tháng tuổi trên"
                + " địa bàn thành phố Hà Nội được tiêm 1 mũi vaccine phòng bệnh sởi.");
    assertThat(t.subject())
        .startsWith("trẻ từ đủ 6 tháng đến dưới 9 tháng tuổi trên địa bàn thành phố Hà Nội");
    // near case: a level ("mức") before the figure is the measure
    assertThat(only("Phấn đấu mức hài lòng của người dân đạt 95% trở lên.").subject())
        .contains("mức hài lòng");
  }

  @Test
  void soWithoutVoiBeforeItsBaseOpensNoNounPhrase() {
    // dlct.dongnai.gov.vn on Đồng Nai's industry and trade goals for 2023 (unseen64)
    List<Target> t =
        TargetExtractor.extract(
            "Giá trị sản xuất công nghiệp phấn đấu đạt trong khoảng 826,9 – 834,6 ngàn tỷ đồng,"
                + " tăng 8 – 9% so cùng kỳ năm 2022.");
    assertThat(t).hasSize(1);
    assertThat(t.get(0).subject()).contains("Giá trị sản xuất công nghiệp");
    assertThat(t.get(0).subject()).doesNotContain("cùng kỳ");
  }
}
