package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A dash-joined series of three or more sector shares ("nông nghiệp - công nghiệp, xây dựng - dịch
 * vụ là 30,3% - 27,4% - 42,3%") is one figure a sector, not a range: from the thirtieth unseen set
 * (test resources {@code io/github/cchc/model/corpus/unseen30}), with a second real case and a
 * two-figure range that stays a range.
 */
class SectorSeriesTest {
  @Test
  void aSeriesOfSectorSharesIsOneFigureASectorTheFarmShareACeiling() {
    // timhieuvietnam: Bến Tre's master plan to 2020, under "Mục tiêu cụ thể"
    String benTre =
        """
        Mục tiêu cụ thể
        - Cơ cấu kinh tế chuyển dịch theo hướng tăng dần tỷ trọng công nghiệp, xây dựng và dịch vụ,\
         giảm dần tỷ trọng nông nghiệp. Dự kiến đến năm 2015, tỷ lệ cơ cấu ngành nông nghiệp - công\
         nghiệp, xây dựng - dịch vụ là 30,3% - 27,4% - 42,3%, đến năm 2020 là 19,2% - 32,6% - 48,2%.
        """;
    assertThat(TargetsRead.page(benTre))
        .containsExactly("LE 30.3", "GE 27.4", "GE 42.3", "LE 19.2", "GE 32.6", "GE 48.2");
  }

  @Test
  void aSeriesAfterATwoFigureRangeKeepsTheRangeAsOne() {
    // 123docz: Sóc Trăng's goals 2015-2020; the growth "12,5% - 13%" is a range (its lower end)
    String socTrang =
        """
        Mục tiêu cụ thể
        Đến năm 2015: tốc độ tăng trưởng kinh tế bình quân đạt 12,5% - 13%/năm; GDP bình quân đầu\
         người đạt 1.800 USD; tỷ trọng các ngành nông nghiệp - công nghiệp, xây dựng, dịch vụ trong\
         cơ cấu GDP tương ứng chiếm 39,6% - 25,1% - 35,3%; cơ cấu lao động theo các khu vực nông\
         nghiệp - công nghiệp - dịch vụ đạt 46% - 21,1% - 32,9%; kim ngạch xuất khẩu đạt 550 triệu\
         USD.
        """;
    assertThat(TargetsRead.page(socTrang))
        .containsExactly("GE 12.5", "LE 39.6", "GE 25.1", "GE 35.3", "LE 46", "GE 21.1", "GE 32.9");
  }

  @Test
  void aSeriesWhoseSectorsDoNotMatchItsFiguresIsEveryFigureAtLeast() {
    // realistic: three shares with no sectors named before them are three floors, not a range
    assertThat(
            TargetsRead.page(
                """
                Mục tiêu cụ thể
                Tỷ lệ kiên cố hóa kênh mương các năm 2024, 2025, 2026 lần lượt là 60% - 70% - 80%.
                """))
        .containsExactly("GE 60", "GE 70", "GE 80");
  }
}
