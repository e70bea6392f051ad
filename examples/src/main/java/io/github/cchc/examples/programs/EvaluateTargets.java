package io.github.cchc.examples.programs;

import io.github.cchc.examples.LibraryLogging;
import io.github.cchc.examples.StandardPdfFonts;
import io.github.cchc.examples.data.SampleData;
import io.github.cchc.indicators.evaluation.TargetEvaluation;
import io.github.cchc.indicators.evaluation.TargetEvaluator;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.model.plan.Target;
import io.github.cchc.model.quantity.Percentage;
import io.github.cchc.reporting.ReportJob;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Example: evaluate the targets of a plan (Kế hoạch CCHC) on a dossier export.
 *
 * <pre>{@code
 * java -cp examples/target/cchc.jar io.github.cchc.examples.programs.EvaluateTargets [EXPORT.csv]
 * }</pre>
 *
 * <p>{@link ReportJob} does the main job in one call: {@link PlanReader#read(Path)} finds the
 * targets in the sample plan ({@code examples/data/plans/sample-kh-cchc-2024.docx}, with its
 * appendix); the export is tallied once over 2024; then {@link TargetEvaluator} measures each
 * target that dossiers can measure: the exact value (numerator/denominator), the verdict (MET,
 * NOT_MET, NOT_YET), the gap to the threshold in percentage points and how many more adverse
 * dossiers the target still tolerates (its remaining budget) or how many favourable ones it would
 * need. Targets that dossiers cannot measure (a training course, a survey) are listed with the
 * reason.
 */
public final class EvaluateTargets {
  /** The sample plan, relative to the project root. */
  static final Path PLAN = Path.of("examples/data/plans/sample-kh-cchc-2024.docx");

  private EvaluateTargets() {}

  /**
   * One target of the plan and its evaluation.
   *
   * @param target the target as the plan states it
   * @param evaluation its evaluation, empty when dossiers cannot measure it
   * @param whyNot why dossiers cannot measure it, empty when they can
   */
  public record Line(
      Target target, Optional<TargetEvaluation> evaluation, Optional<String> whyNot) {}

  /**
   * Evaluates every target of {@code plan} on {@code export} over 2024 (provincial definition).
   *
   * @param plan the plan (.docx or .txt)
   * @param export the dossier export
   * @return one line per target, in the plan's order
   */
  public static List<Line> evaluate(Path plan, Path export) {
    ReportJob.Result result = ReportJob.of(plan, OnTimeRate.PERIOD).withDossiers(export).run();
    List<Line> lines = new ArrayList<>();
    for (Target t : result.plan().targets()) {
      Optional<TargetEvaluation> e = result.evaluation(t);
      lines.add(
          new Line(t, e, e.isPresent() ? Optional.empty() : TargetEvaluator.whyNotMeasurable(t)));
    }
    return lines;
  }

  /**
   * Prints one block per target.
   *
   * @param plan the plan
   * @param export the dossier export
   * @param out where to print
   */
  public static void print(Path plan, Path export, PrintStream out) {
    List<Line> lines = evaluate(plan, export);
    out.println(plan.getFileName() + ": " + lines.size() + " chỉ tiêu, năm 2024");
    int n = 0;
    for (Line line : lines) {
      n++;
      out.println(n + ". " + line.target().text());
      if (line.evaluation().isEmpty()) {
        out.println("   không đo từ dữ liệu hồ sơ: " + line.whyNot().orElse(""));
        continue;
      }
      TargetEvaluation e = line.evaluation().get();
      out.println(
          "   "
              + e.value().indicator().id()
              + " = "
              + e.value().numerator()
              + "/"
              + e.value().denominator()
              + " = "
              + e.value().format()
              + " → "
              + e.verdict()
              + ", chênh lệch "
              + e.gap()
                  .map(g -> g.toBigDecimal(2, Percentage.DISPLAY_ROUNDING).toPlainString())
                  .map(g -> g.replace('.', ','))
                  .orElse("—")
              + " điểm phần trăm"
              + e.remainingBudget().stream()
                  .mapToObj(b -> ", còn chịu được " + b + " hồ sơ không đạt")
                  .findFirst()
                  .orElse("")
              + e.needed().stream()
                  .mapToObj(k -> ", cần thêm " + k + " hồ sơ đạt")
                  .findFirst()
                  .orElse(""));
    }
  }

  /**
   * Evaluates the sample plan on the sample export, or on the export given.
   *
   * @param args optionally the path of another export
   * @throws IOException if the sample export cannot be generated
   */
  public static void main(String[] args) throws IOException {
    LibraryLogging.quiet();
    StandardPdfFonts.install();
    Path export =
        args.length > 0 ? Path.of(args[0]) : SampleData.ensureDossiers(Path.of("examples/data"));
    print(PLAN, export, System.out);
  }
}
