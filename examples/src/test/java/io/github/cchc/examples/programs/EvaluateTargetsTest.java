package io.github.cchc.examples.programs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.examples.data.DossierGenerator;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.indicators.evaluation.TargetEvaluation;
import io.github.cchc.indicators.evaluation.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateTargetsTest {
  /** The sample plan, relative to the examples module, where tests run. */
  static final Path PLAN = Path.of("data/plans/sample-kh-cchc-2024.docx");

  @TempDir static Path dir;
  static Path export;

  @BeforeAll
  static void generate() throws IOException {
    export = dir.resolve("dossiers-3000.csv");
    SampleData.generate(export, 3_000, DossierGenerator.DEFAULT_SEED);
  }

  @Test
  void everyMeasurableTargetGetsAVerdictOnTheExport() {
    List<EvaluateTargets.Line> lines = EvaluateTargets.evaluate(PLAN, export);
    List<TargetEvaluation> measured =
        lines.stream().map(EvaluateTargets.Line::evaluation).flatMap(Optional::stream).toList();
    assertThat(measured).isNotEmpty();
    for (EvaluateTargets.Line line : lines) {
      assertThat(line.evaluation().isPresent()).isNotEqualTo(line.whyNot().isPresent());
    }
    for (TargetEvaluation e : measured) {
      assertThat(e.value().numerator()).isLessThanOrEqualTo(e.value().denominator());
      assertThat(e.value().denominator()).isPositive();
      assertThat(e.verdict()).isIn(Verdict.MET, Verdict.NOT_MET);
      // The remaining budget exists exactly while the target holds.
      assertThat(e.remainingBudget().isPresent()).isEqualTo(e.verdict() == Verdict.MET);
    }
    // The on-time target is measured on the same fraction OnTimeRate computes.
    TargetEvaluation onTime =
        measured.stream()
            .filter(e -> e.value().indicator().id().equals("on_time"))
            .findFirst()
            .orElseThrow();
    assertThat(onTime.value().numerator())
        .isEqualTo(OnTimeRate.compute(export).provincial().numerator());
  }

  @Test
  void printsOneBlockPerTarget() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvaluateTargets.print(PLAN, export, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    int targets = EvaluateTargets.evaluate(PLAN, export).size();
    assertThat(out)
        .startsWith("sample-kh-cchc-2024.docx: " + targets + " chỉ tiêu, năm 2024")
        .contains(targets + ". ")
        .contains("on_time = ")
        .contains(" điểm phần trăm");
  }
}
