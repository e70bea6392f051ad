package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure whose words before it say only when and how measures what the figure before it in its
 * sentence measures ({@link WhenAndHow}).
 */
class WhenAndHowTest {
  @Test
  void aGoalSaidOnlyByWhenAndHowMeasuresTheFigureBefore() {
    // baophuyen.vn on Phú Yên's poor households 2015-2018 (unseen54)
    List<Target> t =
        PlanReader.readAnyText(
                "page.txt",
                "Đến cuối năm 2018, tỉ lệ hộ nghèo toàn tỉnh còn 5,65%, giảm 2,2% so với năm 2017;"
                    + " phấn đấu đến cuối năm 2020, giảm còn dưới 3%.")
            .targets();
    assertThat(t).hasSize(1);
    assertThat(t.get(0).comparator()).isEqualTo(Comparison.LT);
    assertThat(t.get(0).subject()).contains("tỉ lệ hộ nghèo toàn tỉnh");
    assertThat(t.get(0).year()).hasValue(2020);
  }

  @Test
  void wordsNamingAThingSayMoreThanWhenAndHow() {
    assertThat(WhenAndHow.only("phấn đấu đến cuối năm 2020, giảm còn")).isTrue();
    assertThat(WhenAndHow.only("vào năm 2020, bình quân mỗi năm giảm")).isTrue();
    assertThat(WhenAndHow.only("tỉ lệ hộ nghèo toàn tỉnh còn")).isFalse();
    assertThat(WhenAndHow.only("hộ nghèo")).isFalse();
  }
}
