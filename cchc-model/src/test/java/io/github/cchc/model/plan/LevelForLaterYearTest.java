package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A level for a later year joined by "và", naming no subject of its own, is the figure before's
 * ({@link LevelForLaterYear}); the growth of the population given as a level is a ceiling ({@link
 * HeldDown}).
 */
class LevelForLaterYearTest {
  /** The targets of a plan's text (goals by default). */
  private static java.util.List<String> plan(String text) {
    return TargetExtractor.extract(text).stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  @Test
  void aLevelKeptForALaterYearKeepsTheSubjectBefore() {
    // the population strategy 2011-2020 on baokhanhhoa (unseen48)
    assertThat(
            plan(
                "Một là, phấn đấu tốc độ tăng dân số ở mức khoảng 1% vào năm 2015 và ổn định ở mức"
                    + " khoảng 1% vào năm 2020; chỉ số phát triển con người (HDI) ở mức trung bình"
                    + " cao của thế giới vào năm 2020."))
        .containsExactly("LE 1", "LE 1");
    assertThat(plan("Mục tiêu tăng dân số ở mức 1%")).containsExactly("LE 1");
  }

  @Test
  void aLaterFigureWithASubjectOfItsOwnKeepsIt() {
    // near cases: the figure after "và" names its own subject, or a share that grows
    assertThat(
            plan(
                "Phấn đấu tốc độ tăng dân số ở mức khoảng 1% vào năm 2015 và tỷ lệ dân số đô thị ở"
                    + " mức khoảng 40% vào năm 2020."))
        .containsExactly("LE 1", "GE 40");
    assertThat(
            plan(
                "Phấn đấu tỷ lệ trẻ sơ sinh được sàng lọc đạt 30% vào năm 2015 và ổn định ở mức"
                    + " 80% vào năm 2020."))
        .containsExactly("GE 30", "GE 80");
    assertThat(LevelForLaterYear.only("vào năm 2015 và ổn định ở mức khoảng")).isTrue();
    assertThat(LevelForLaterYear.only("vào năm 2015 và tỷ lệ dân số đô thị ở mức khoảng"))
        .isFalse();
  }

  @Test
  void theWholeOfTheShareBeforeItsYearIsNoSubject() {
    // thtg on Tiền Giang's new countryside to 2025 (unseen55): the farm share for 2030 too
    assertThat(
            plan(
                "Tỉnh đặt ra mục tiêu cơ cấu kinh tế khu vực nông, lâm nghiệp và thuỷ sản chiếm"
                    + " khoảng 29,7% GRDP của tỉnh vào năm 2025 và từ 12,5%– 14,5% GRDP của tỉnh"
                    + " vào năm 2030."))
        .containsExactly("LE 29.7", "LE 14.5");
    assertThat(LevelForLaterYear.only("GRDP của tỉnh vào năm 2025 và")).isTrue();
    // a measure of its own after the whole
    assertThat(LevelForLaterYear.only("GRDP của tỉnh vào năm 2025 và tỷ lệ đô thị hóa")).isFalse();
    // the base followed by a subject of its own is no figure of the same measure
    assertThat(LevelForLaterYear.only("GRDP của tỉnh vào năm 2025 và tỷ trọng dịch vụ")).isFalse();
  }
}
