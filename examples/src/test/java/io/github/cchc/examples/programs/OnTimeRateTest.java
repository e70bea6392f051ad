package io.github.cchc.examples.programs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.GenerationSummary;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnTimeRateTest {
  @TempDir static Path dir;
  static Path export;
  static GenerationSummary summary;

  @BeforeAll
  static void generate() throws IOException {
    export = dir.resolve("dossiers-3000.csv");
    summary = SampleData.generate(export, 3_000, DossierGenerator.DEFAULT_SEED);
  }

  @Test
  void readSummaryAddsUpAndCountsTheDeliberatelyBadRows() {
    OnTimeRate.Result r = OnTimeRate.compute(export);
    assertThat(r.read().rowsRead()).isEqualTo(3_000);
    assertThat(r.read().accepted() + r.read().rejectedCount()).isEqualTo(3_000);
    assertThat(r.read().rejectedCount()).isEqualTo(summary.badRows()).isPositive();
  }

  @Test
  void theRateIsTheExactFractionIndicatorsComputes() {
    OnTimeRate.Result r = OnTimeRate.compute(export);
    Tally direct =
        ParallelTallies.read(export).stream()
            .collect(
                Tally.collector(
                    Grouping.all(), TallyScope.of(OnTimeRate.PERIOD, OnTimeRate.JUDGED)));
    IndicatorValue expected = Indicators.total(direct, Indicator.ON_TIME, Definition.PROVINCIAL);
    assertThat(r.provincial().numerator()).isEqualTo(expected.numerator()).isPositive();
    assertThat(r.provincial().denominator()).isEqualTo(expected.denominator());
    assertThat(r.provincial().numerator()).isLessThanOrEqualTo(r.provincial().denominator());
    // Provincial: finished dossiers only, so the national denominator (every dossier) is larger.
    assertThat(r.national().denominator()).isGreaterThan(r.provincial().denominator());
  }

  @Test
  void printsTheFractionAndTheDefinition() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OnTimeRate.print(export, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    OnTimeRate.Result r = OnTimeRate.compute(export);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Đọc 3000 dòng = " + r.read().accepted() + " hợp lệ + ")
        .contains(
            "Tỷ lệ hồ sơ giải quyết đúng hạn (provincial: hồ sơ đã giải quyết): "
                + r.provincial().numerator()
                + " / "
                + r.provincial().denominator()
                + " = "
                + r.provincial().format())
        .contains("(national: mọi hồ sơ của kỳ, Quyết định 766/QĐ-TTg)");
  }
}
