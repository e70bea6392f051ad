package io.github.cchc.indicators.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.model.plan.Comparison;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.plan.TargetUnit;
import io.github.cchc.model.quantity.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TargetEvaluatorTest {
  static final ReportingPeriod YEAR = ReportingCalendar.calendar().year(2024);

  static Target target(String indicator, Comparison cmp, long percent) {
    return Target.builder()
        .text("Trên " + percent + "% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn")
        .subject("hồ sơ TTHC tiếp nhận trong năm")
        .indicator(indicator)
        .comparator(cmp)
        .value(BigDecimal.valueOf(percent))
        .unit(TargetUnit.PERCENT)
        .year(2024)
        .build();
  }

  private static IndicatorValue onTime(long num, long den) {
    return IndicatorValue.of("all", Indicator.ON_TIME, Definition.PROVINCIAL, num, den);
  }

  @Test
  void trenChinMuoiTamPhanTramFailsAtExactlyNinetyEight() {
    Target t = target("on_time", Comparison.GT, 98);
    TargetEvaluation exact =
        TargetEvaluator.evaluate(t, onTime(98, 100), YEAR, LocalDate.of(2025, 1, 15));
    assertThat(exact.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(exact.gap()).hasValue(Ratio.ZERO);
    assertThat(exact.needed()).hasValue(1L);
    TargetEvaluation lamDong =
        TargetEvaluator.evaluate(t, onTime(635_593, 643_272), YEAR, LocalDate.of(2024, 12, 31));
    assertThat(lamDong.verdict()).isEqualTo(Verdict.MET);
    assertThat(lamDong.remainingBudget()).hasValue(5_292L);
    assertThat(lamDong.describe(Locale.ENGLISH))
        .contains("MET")
        .contains("at most 5292 more late dossiers keep it");
  }

  @Test
  void notYetWhileThePeriodRunsWithBudgetAndProjection() {
    Target t = target("on_time", Comparison.GT, 98);
    TargetEvaluation e =
        TargetEvaluator.evaluate(t, onTime(2000, 2000), YEAR, LocalDate.of(2024, 6, 30));
    assertThat(e.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(e.remainingBudget()).hasValue(40L);
    Projection p = e.projection().orElseThrow();
    assertThat(p.denominator()).isEqualTo(2000L * 366 / 182);
    assertThat(p.verdict()).isEqualTo(Verdict.MET);
    TargetEvaluation none =
        TargetEvaluator.evaluate(t, onTime(0, 0), YEAR, LocalDate.of(2025, 1, 2));
    assertThat(none.verdict()).isEqualTo(Verdict.NOT_YET);
    assertThat(none.reason()).contains("no dossier");
    assertThat(none.gap()).isEmpty();
  }

  @Test
  void theProjectionSaysWhatTheDossiersStillExpectedMustDo() {
    // by 30/6, 1960 of 2000 finished dossiers on time (98%, not above): 4021 expected in the year
    Target gt = target("on_time", Comparison.GT, 98);
    Projection p =
        TargetEvaluator.evaluate(gt, onTime(1960, 2000), YEAR, LocalDate.of(2024, 6, 30))
            .projection()
            .orElseThrow();
    assertThat(p.denominator()).isEqualTo(2000L * 366 / 182);
    assertThat(p.remaining()).isEqualTo(p.denominator() - 2000);
    // (1960 + x) / 4021 > 98%  <=>  x > 3940.58 - 1960  <=>  x >= 1981 of the 2021 to come
    assertThat(p.neededOfRemaining()).hasValue(1981L);
    assertThat(
            TargetEvaluator.evaluate(gt, onTime(1960, 2000), YEAR, LocalDate.of(2024, 6, 30))
                .describe(Locale.ENGLISH))
        .contains("of the 2021 still expected, at least 1981 (98,02%) must be on-time dossiers");

    Target late = target("late", Comparison.LE, 2);
    IndicatorValue lateValue =
        IndicatorValue.of("all", Indicator.LATE, Definition.PROVINCIAL, 30, 2000);
    TargetEvaluation e = TargetEvaluator.evaluate(late, lateValue, YEAR, LocalDate.of(2024, 6, 30));
    // (30 + x) / 4021 <= 2%  <=>  x <= 80.42 - 30
    assertThat(e.projection().orElseThrow().neededOfRemaining()).hasValue(50L);
    assertThat(e.describe(Locale.ENGLISH)).contains("at most 50 (2,47%) may be late dossiers");

    TargetEvaluation lost =
        TargetEvaluator.evaluate(gt, onTime(1000, 2000), YEAR, LocalDate.of(2024, 6, 30));
    assertThat(lost.projection().orElseThrow().neededOfRemaining()).isEmpty();
    assertThat(lost.describe(Locale.ENGLISH))
        .contains("even the 2021 still expected cannot make it");

    TargetEvaluation safe =
        TargetEvaluator.evaluate(
            target("on_time", Comparison.GE, 30),
            onTime(1960, 2000),
            YEAR,
            LocalDate.of(2024, 6, 30));
    assertThat(safe.projection().orElseThrow().neededOfRemaining()).hasValue(0L);
    assertThat(safe.describe(Locale.ENGLISH))
        .contains("it holds whatever the 2021 still expected are");
  }

  @Test
  void neededOfRemainingIsTheExactBoundary() {
    qt().forAll(
            integers().between(0, 5_000),
            integers().between(0, 5_000),
            integers().between(0, 10_000),
            integers().between(0, 4 * 10_001 - 1))
        .checkAssert(
            (a, b, rest, thresholdAndComparison) -> {
              long den = Math.max(a, b);
              long num = Math.min(a, b);
              long total = den + rest;
              Ratio t = Ratio.of(thresholdAndComparison / 4, 10_000); // 0% to 100%, 0.01% steps
              Comparison cmp =
                  new Comparison[] {Comparison.GT, Comparison.GE, Comparison.LT, Comparison.LE}
                      [thresholdAndComparison % 4];
              boolean upper = cmp == Comparison.LT || cmp == Comparison.LE;
              java.util.OptionalLong x =
                  TargetEvaluator.neededOfRemaining(cmp, num, total, rest, t);
              if (total == 0) {
                return;
              }
              if (x.isPresent()) {
                long k = x.getAsLong();
                assertThat(k).isBetween(0L, (long) rest);
                assertThat(TargetEvaluator.holds(cmp, num + k, total, t)).isTrue();
                if (upper && k < rest) {
                  assertThat(TargetEvaluator.holds(cmp, num + k + 1, total, t)).isFalse();
                }
                if (!upper && k > 0) {
                  assertThat(TargetEvaluator.holds(cmp, num + k - 1, total, t)).isFalse();
                }
              } else {
                assertThat(TargetEvaluator.holds(cmp, num + (upper ? 0 : rest), total, t))
                    .isFalse();
              }
            });
  }

  @Test
  void oneHundredPercentCannotRecoverAfterOneFailure() {
    Target t = target("online_payment", Comparison.EQ, 100);
    IndicatorValue v =
        IndicatorValue.of("all", Indicator.ONLINE_PAYMENT, Definition.PROVINCIAL, 99, 100);
    TargetEvaluation e = TargetEvaluator.evaluate(t, v, YEAR, LocalDate.of(2025, 3, 1));
    assertThat(e.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(e.needed()).isEmpty();
  }

  @Test
  void budgetIsTheLastAdverseDossierThatKeepsTheTargetAndNeededTheFirstThatRestoresIt() {
    Comparison[] cmps = {Comparison.GT, Comparison.GE, Comparison.LT, Comparison.LE};
    qt().forAll(
            integers().between(0, 3),
            integers().between(1, 99),
            integers().between(1, 500),
            integers().between(0, 500))
        .checkAssert(
            (c, pct, den, n) -> {
              long num = Math.min(n, den);
              Comparison cmp = cmps[c];
              Ratio t = Ratio.of(pct, 100);
              boolean adverseAddsToNumerator = cmp == Comparison.LT || cmp == Comparison.LE;
              if (TargetEvaluator.holds(cmp, num, den, t)) {
                long k = TargetEvaluator.budget(cmp, num, den, t);
                long a = adverseAddsToNumerator ? num + k : num;
                long a1 = adverseAddsToNumerator ? num + k + 1 : num;
                assertThat(TargetEvaluator.holds(cmp, a, den + k, t)).isTrue();
                assertThat(TargetEvaluator.holds(cmp, a1, den + k + 1, t)).isFalse();
              } else {
                java.util.OptionalLong k = TargetEvaluator.needed(cmp, num, den, t);
                assertThat(k).isPresent();
                long kk = k.getAsLong();
                long f = adverseAddsToNumerator ? num : num + kk;
                assertThat(TargetEvaluator.holds(cmp, f, den + kk, t)).isTrue();
                if (kk > 0) {
                  long f0 = adverseAddsToNumerator ? num : num + kk - 1;
                  assertThat(TargetEvaluator.holds(cmp, f0, den + kk - 1, t)).isFalse();
                }
              }
            });
  }

  @Test
  void describeSpeaksVietnameseByDefaultAndEnglishOnRequest() {
    Target t = target("on_time", Comparison.GT, 98);
    TargetEvaluation lamDong =
        TargetEvaluator.evaluate(t, onTime(635_593, 643_272), YEAR, LocalDate.of(2024, 12, 31));
    assertThat(lamDong.describe())
        .isEqualTo(lamDong.describe(Locale.forLanguageTag("vi-VN")))
        .isEqualTo(lamDong.describe(Locale.FRENCH))
        .startsWith("on_time 98,81% (635593/643272, provincial) > 98%: đạt (kỳ ")
        .contains(" đã kết thúc)")
        .contains("thêm tối đa 5292 hồ sơ quá hạn vẫn đạt")
        .doesNotContain("MET", "dossiers", "points");
    assertThat(lamDong.describe(Locale.ENGLISH))
        .isEqualTo(lamDong.describe(Locale.UK))
        .contains(": MET (period ")
        .contains("at most 5292 more late dossiers keep it")
        .doesNotContain("đạt");

    TargetEvaluation exact =
        TargetEvaluator.evaluate(t, onTime(98, 100), YEAR, LocalDate.of(2025, 1, 15));
    assertThat(exact.describe()).contains(": không đạt (").contains("cần thêm 1 hồ sơ đúng hạn");
    assertThat(exact.describe(Locale.ENGLISH)).contains(": NOT_MET (").contains("1 more on-time");

    // while the year runs: the end of the period as Nghị định 30/2020 writes a date
    TargetEvaluation running =
        TargetEvaluator.evaluate(t, onTime(1960, 2000), YEAR, LocalDate.of(2024, 6, 30));
    assertThat(running.describe())
        .contains(": chưa đánh giá được (kỳ ")
        .contains(" kết thúc ngày 31/12/2024)")
        .contains("chênh lệch +0,00 điểm phần trăm")
        .contains("trong 2021 hồ sơ còn dự kiến, ít nhất 1981 (98,02%) phải là hồ sơ đúng hạn");
    assertThat(running.describe(Locale.ENGLISH))
        .contains("of the 2021 still expected, at least 1981 (98,02%) must be on-time dossiers");

    TargetEvaluation none =
        TargetEvaluator.evaluate(t, onTime(0, 0), YEAR, LocalDate.of(2025, 1, 2));
    assertThat(none.describe()).contains("—").contains("(chưa có hồ sơ để đo)");
    assertThat(none.describe(Locale.ENGLISH)).contains("(no dossier to measure yet)");
  }

  @Test
  void whyNotMeasurableSpeaksVietnameseByDefaultAndEnglishOnRequest() {
    Target rank =
        Target.builder()
            .text("Chỉ số CCHC nằm trong nhóm 30 tỉnh, thành phố")
            .subject("Chỉ số CCHC")
            .comparator(Comparison.RANK_WITHIN)
            .value(BigDecimal.valueOf(30))
            .unit(TargetUnit.RANK)
            .build();
    assertThat(TargetEvaluator.whyNotMeasurable(rank))
        .hasValue("nội dung chỉ tiêu không phải là chỉ số tính từ dữ liệu hồ sơ");
    assertThat(TargetEvaluator.whyNotMeasurable(rank, Locale.ENGLISH))
        .hasValue("its subject is not an indicator computed from dossiers");
    Target ranked =
        Target.builder()
            .text("Tỷ lệ hồ sơ giải quyết đúng hạn nằm trong nhóm 30 tỉnh, thành phố")
            .subject("Tỷ lệ hồ sơ giải quyết đúng hạn")
            .indicator("on_time")
            .comparator(Comparison.RANK_WITHIN)
            .value(BigDecimal.valueOf(30))
            .unit(TargetUnit.RANK)
            .build();
    assertThat(TargetEvaluator.whyNotMeasurable(ranked))
        .hasValue("chỉ tiêu dạng RANK_WITHIN không phải là ngưỡng tỷ lệ phần trăm");
    assertThat(TargetEvaluator.whyNotMeasurable(ranked, Locale.US))
        .hasValue("a RANK_WITHIN target is not a percentage threshold");
    Target unknown = target("hai_long", Comparison.GT, 90);
    assertThat(TargetEvaluator.whyNotMeasurable(unknown)).hasValue("chỉ số không rõ: hai_long");
    assertThat(TargetEvaluator.whyNotMeasurable(unknown, Locale.ENGLISH))
        .hasValue("unknown indicator hai_long");
    Target measurable = target("on_time", Comparison.GT, 98);
    assertThat(TargetEvaluator.whyNotMeasurable(measurable)).isEmpty();
    assertThat(TargetEvaluator.whyNotMeasurable(measurable, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void targetsThatAreNotPercentThresholdsOnDossiersAreNotMeasurable() {
    Target rank =
        Target.builder()
            .text("Chỉ số CCHC nằm trong nhóm 30 tỉnh, thành phố")
            .subject("Chỉ số CCHC")
            .comparator(Comparison.RANK_WITHIN)
            .value(BigDecimal.valueOf(30))
            .unit(TargetUnit.RANK)
            .build();
    assertThat(TargetEvaluator.whyNotMeasurable(rank)).isPresent();
    assertThat(TargetEvaluator.whyNotMeasurable(target("on_time", Comparison.GT, 98))).isEmpty();
    assertThatThrownBy(
            () ->
                TargetEvaluator.evaluate(
                    target("fully_online", Comparison.GE, 30),
                    onTime(1, 1),
                    YEAR,
                    LocalDate.of(2025, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
