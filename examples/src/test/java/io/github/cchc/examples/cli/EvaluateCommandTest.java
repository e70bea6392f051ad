package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {
  private static final String PLAN = "data/plans/seed-001-binh-phuoc-cchc-2024-article.txt";
  private static final String VI =
      "src/test/resources/dossiers/ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void everyTargetOfTheBinhPhuocPlanWithValueVerdictGapAndBudget() {
    assertThat(
            run(
                "evaluate",
                "--plan",
                PLAN,
                "--dossiers",
                VI,
                "--period",
                "2024",
                "--as-of",
                "2025-01-10"))
        .isEqualTo(Cchc.OK);
    String o = out.toString();
    assertThat(o).contains("Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn");
    assertThat(o)
        .contains(
            "on_time 75,00% (3/4, provincial) > 98%: NOT_MET (period 2024 over), gap -23,00 points,"
                + " 47 more on-time dossiers needed");
    assertThat(o).contains("result_digitised 50,00% (2/4, provincial) ≥ 50%: MET");
    assertThat(o).contains("not measured from dossiers");
    assertThat(err.toString()).contains("read 9 rows: 5 accepted, 4 rejected");
  }

  @Test
  void csvWhileTheYearRunsIsNotYet() {
    assertThat(
            run(
                "evaluate",
                "--plan",
                PLAN,
                "--dossiers",
                VI,
                "--period",
                "2024",
                "--as-of",
                "2024-06-30",
                "--format",
                "csv"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString().lines().findFirst())
        .hasValue(
            "target,indicator,comparator,threshold,numerator,denominator,rate,verdict,gap,"
                + "remaining_budget,needed");
    assertThat(out.toString()).contains("9,on_time,>,98,3,4,75.0000,NOT_YET,-23.0000,,47");
  }

  @Test
  void asOfADayCountsOnlyWhatHadHappenedByItsEnd() {
    // by the end of 16/01/2024 only H10.02-240110-0003 had finished (late, 15/01); 0001 and 0008
    // finished on 18/01 and 22/01, so they are still in progress
    assertThat(
            run(
                "evaluate",
                "--plan",
                PLAN,
                "--dossiers",
                VI,
                "--period",
                "2024",
                "--as-of",
                "2024-01-16",
                "--format",
                "csv"))
        .isEqualTo(Cchc.OK);
    assertThat(out.toString()).contains("9,on_time,>,98,0,1,0.0000,NOT_YET,");
  }

  @Test
  void missingPlanIsRejectedInput() {
    assertThat(run("evaluate", "--plan", "nowhere.txt", "--dossiers", VI, "--period", "2024"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString()).contains("nowhere.txt");
  }
}
