package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure for a later year whose words before it name only that year measures what the figure
 * before it measures ({@link YearOfSameMeasure}), not what the words after it name.
 */
class YearOfSameMeasureTest {
  @Test
  void theLaterYearsFigureKeepsTheMeasureBeforeIt() {
    // nghean.gov.vn on Nghệ An's Kế hoạch 347 on the digital economy (unseen58)
    List<Target> t =
        TargetExtractor.extract(
            "Tỷ trọng kinh tế số năm 2025 đạt 15-20%, năm 2030 đạt 25-30% GDP; tỷ trọng kinh tế số"
                + " trong từng ngành, lĩnh vực năm 2025 đạt tối thiểu 10%, năm 2030 đạt tối thiểu"
                + " 20%; tỷ trọng thương mại điện tử trong tổng mức bán lẻ năm 2025 đạt 8-10%, năm"
                + " 2030 đạt 15-20%.");
    assertThat(t).hasSize(6);
    assertThat(t.get(3).subject()).isEqualTo("tỷ trọng kinh tế số trong từng ngành, lĩnh vực");
    assertThat(t.get(3).year()).hasValue(2030);
    assertThat(t.get(5).subject()).isEqualTo("tỷ trọng thương mại điện tử trong tổng mức bán lẻ");
    // the earlier year's figure keeps its own subject and year
    assertThat(t.get(4).subject())
        .isEqualTo("tỷ trọng thương mại điện tử trong tổng mức bán lẻ năm 2025");
    assertThat(t.get(4).year()).hasValue(2025);
  }

  @Test
  void aLaterYearInBracketsOrAfterVaToo() {
    // baodanang.vn on Đà Nẵng's digital economy plan (unseen58)
    List<Target> t =
        TargetExtractor.extract(
            "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10% (đến năm 2030 đạt"
                + " tối thiểu 20%, riêng ngành du lịch và tài chính - ngân hàng, thương mại điện tử"
                + " đạt tối thiểu 30%); tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt hơn 80%"
                + " (đến năm 2030 đạt 100%).");
    assertThat(t)
        .extracting(Target::subject)
        .containsExactly(
            "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực",
            "Tỷ trọng kinh tế số trong từng ngành, lĩnh vực",
            "riêng ngành du lịch và tài chính - ngân hàng, thương mại điện tử",
            "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử",
            "tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử");
    // vanhoasukien.vn on Hưng Yên's plan 2021-2030 (unseen53)
    List<Target> h =
        TargetExtractor.extract(
            "Tỷ lệ đô thị hóa đến năm 2030 khoảng 60 – 65% và đến năm 2050 khoảng 80%.");
    assertThat(h).hasSize(2);
    assertThat(h.get(1).subject()).isEqualTo("Tỷ lệ đô thị hóa");
    assertThat(h.get(1).year()).hasValue(2050);
  }

  @Test
  void aYearOpeningAFigureWhoseSubjectFollowsIsNotThisClass() {
    // "Đến năm 2025, 100% …": no figure before, the subject follows (Subjects.onlyWhen)
    List<Target> t =
        TargetExtractor.extract(
            "Đến năm 2025: 100% các trường mầm non, mẫu giáo, tiểu học và THCS đạt chuẩn; 60% học"
                + " sinh THCS được học 2 buổi/ ngày.");
    assertThat(t)
        .extracting(Target::subject)
        .containsExactly(
            "các trường mầm non, mẫu giáo, tiểu học và THCS đạt chuẩn",
            "học sinh THCS được học 2 buổi/ ngày");
  }

  @Test
  void aLaterYearAfterTheWholeOfAShareOrAfterItsFigure() {
    // baodanang.vn on Đà Nẵng's digital economy (unseen54): the whole "GRDP của thành phố" first
    List<Target> t =
        TargetExtractor.extract(
            "Theo đó, đối với phát triển kinh tế số, thành phố phấn đấu đạt mục tiêu cơ bản đến năm"
                + " 2025 chiếm tối thiểu 20% GRDP của thành phố, đến năm 2030 đạt 30%.");
    assertThat(t).hasSize(2);
    assertThat(t.get(1).subject()).contains("kinh tế số").doesNotContain("2025");
    assertThat(t.get(1).year()).hasValue(2030);
    // danviet.vn on Hồ Chí Minh City's goals for 2020-2025 (unseen30): each year after its figure
    List<Target> d =
        TargetExtractor.extract(
            "Phấn đấu kinh tế số đóng góp khoảng 25% đến năm 2025, 40% đến năm 2030 trong GRDP của"
                + " thành phố.");
    assertThat(d).hasSize(2);
    assertThat(d.get(1).subject()).contains("kinh tế số");
    assertThat(d.get(1).year()).hasValue(2030);
  }

  @Test
  void aFigureOfAClauseOfItsOwnCountingItsNounIsNotThisClass() {
    // angiang.gov.vn on xã Nhơn Mỹ's goals for 2021-2025 (unseen33)
    List<Target> t =
        TargetExtractor.extract(
            "Phấn đấu duy trì tỉ lệ hộ nghèo dưới 4%, hộ cận nghèo dưới 5%; Bảo hiểm y tế toàn dân"
                + " đạt 95% vào năm 2025; 95% hộ sử dụng nước hợp vệ sinh.");
    assertThat(t).extracting(Target::subject).last().isEqualTo("hộ sử dụng nước hợp vệ sinh");
  }
}
