package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The subject of a change's goal leaves out the level the change starts from ({@link
 * ChangeBase#leftOut}): it is no part of what is measured and holds a figure of its own.
 */
class ChangeBaseSubjectTest {
  @Test
  void theLevelAChangeStartsFromIsNoPartOfTheSubject() {
    // dangcongsan.vn on Phú Yên's poverty goal for 2010 (unseen54)
    List<Target> t =
        TargetExtractor.extract(
            "Phú Yên đang triển khai các giải pháp với mục tiêu năm 2010 giảm ít nhất 4.000 hộ"
                + " nghèo, đưa tỉ lệ hộ nghèo trong tỉnh từ 11,5% xuống còn 9%.");
    assertThat(t).hasSize(1);
    assertThat(t.get(0).comparator()).isEqualTo(Comparison.LE);
    assertThat(t.get(0).subject()).endsWith("đưa tỉ lệ hộ nghèo trong tỉnh").doesNotContain("%");
    assertThat(t.get(0).year()).hasValue(2010);
    // daidoanket.vn on An Giang's poverty goal for 2020 (unseen51): a base year and a comma
    List<Target> a =
        TargetExtractor.extract(
            "Phấn đấu giảm tỷ lệ hộ nghèo từ 8,45% năm 2016, xuống còn dưới 3% vào năm 2020.");
    assertThat(a).extracting(Target::subject).containsExactly("giảm tỷ lệ hộ nghèo");
  }

  @Test
  void aFigureInTheSubjectThatIsNoBaseStays() {
    // "(từ 15 - 24 tuổi)" is an age band, not a level a change starts from
    assertThat(ChangeBase.leftOut("tỷ lệ hút thuốc lá ở thanh thiếu niên (từ 15 - 24 tuổi)"))
        .isEqualTo("tỷ lệ hút thuốc lá ở thanh thiếu niên (từ 15 - 24 tuổi)");
    assertThat(ChangeBase.leftOut("tỷ lệ hộ nghèo giảm bình quân"))
        .isEqualTo("tỷ lệ hộ nghèo giảm bình quân");
  }
}
