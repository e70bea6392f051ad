package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate}, {@code report} and {@code progress} on the sample Word plan with the shipped
 * task progress and measures files: every one of the nine targets measured, verdicts worked out by
 * hand.
 */
class PlanInputsCommandTest {
  static final String PLAN = "data/plans/sample-kh-cchc-2024.docx";
  static final String TASKS = "data/tasks/sample-kh-cchc-2024-tien-do.csv";
  static final String MEASURES = "data/measures/sample-chi-so-cong-bo.csv";
  static final String VI =
      "src/test/resources/dossiers/ho-so-tieng-viet-cham-phay-bom-co-dong-loi.csv";
  static final String BAD_TASKS = "src/test/resources/progress/tien-do-co-dong-loi.csv";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cchc.execute(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void evaluateCsvMeasuresEveryTargetOfTheSamplePlan() {
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
                "2025-01-10",
                "--tasks",
                TASKS,
                "--measures",
                MEASURES,
                "--format",
                "csv"))
        .isEqualTo(Cchc.OK);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "target,indicator,comparator,threshold,numerator,denominator,rate,verdict,gap,"
                + "remaining_budget,needed");
    assertThat(lines).hasSize(10).noneMatch(l -> l.contains("NOT_MEASURED"));
    // 1: tasks 1, 2, 3, 4, 5, 7 done by 31/12/2024 of the 8 due in 2024: 75% < 100%, 2 to go
    assertThat(lines.get(1)).isEqualTo("1,tasks_done,=,100,6,8,75.0000,NOT_MET,-25.0000,,2");
    // 2: 1 648 of 1 650 procedures published = 99.8788%, not "100%"
    assertThat(lines.get(2))
        .isEqualTo("2,procedures_published,=,100,1648,1650,99.8788,NOT_MET,-0.1212,,");
    // 8: PAR INDEX 84.05 -> 86.20 up, SIPAS 82.52 -> 81.90 down: not every index improved
    assertThat(lines.get(8)).isEqualTo("8,par_index+sipas,better than,,,,,NOT_MET,,,");
    // 9: 27th of 63 is within the first 30, three places to spare
    assertThat(lines.get(9)).isEqualTo("9,par_index_rank,rank ≤,30,27,63,,MET,3.0000,,");
    assertThat(err.toString())
        .contains("tasks sample-kh-cchc-2024-tien-do.csv: read 8 rows: 8 accepted, 0 rejected")
        .contains("measures sample-chi-so-cong-bo.csv: read 7 rows: 7 accepted, 0 rejected");
  }

  @Test
  void withoutTheNewOptionsTheTargetsStayNotMeasuredAndSayWhichOptionMeasuresThem() {
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
    assertThat(out.toString())
        .contains("(give --tasks FILE: task progress)")
        .contains("(give --measures FILE: published figures)");
    assertThat(err.toString()).doesNotContain("tasks ").doesNotContain("measures ");
  }

  @Test
  void badTaskRowsAreListedWithTheirLinesAndStrictRejectsTheInput() {
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
                "2025-01-10",
                "--tasks",
                BAD_TASKS,
                "--format",
                "csv"))
        .isEqualTo(Cchc.OK);
    assertThat(err.toString())
        .contains("tasks tien-do-co-dong-loi.csv: read 5 rows: 2 accepted, 3 rejected")
        .contains("line 4: task: the plan has no task 9 (tasks: 1, 2, 3, 4, 5, 6, 7, 8)")
        .contains("line 5: completed_on: a done task (Hoàn thành) needs the day it was done")
        .contains("line 6: status: unknown status")
        .contains("tasks without a progress row (counted as not started): 3, 4, 5, 6, 7, 8");
    // tasks 1 and 2 done of 8
    assertThat(out.toString()).contains("1,tasks_done,=,100,2,8,25.0000,NOT_MET,-75.0000,,6");
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    assertThat(
            run(
                "evaluate",
                "--plan",
                PLAN,
                "--dossiers",
                VI,
                "--period",
                "2024",
                "--tasks",
                BAD_TASKS,
                "--strict"))
        .isEqualTo(Cchc.INPUT_REJECTED);
    assertThat(err.toString())
        .contains("cchc: input rejected: ")
        .contains("tien-do-co-dong-loi.csv:4: task: the plan has no task 9");
    assertThat(
            run(
                "evaluate",
                "--plan",
                PLAN,
                "--dossiers",
                VI,
                "--period",
                "2024",
                "--measures",
                "nowhere.csv"))
        .isEqualTo(Cchc.INPUT_REJECTED);
  }

  @Test
  void planPrintsEveryIndicatorATargetNames() {
    assertThat(run("plan", PLAN)).isEqualTo(Cchc.OK);
    assertThat(out.toString())
        .contains(
            "\"indicator\" : \"par_index\",\n    \"indicators\" : [ \"par_index\", \"sipas\" ]")
        .contains("\"indicators\" : [ \"par_index_rank\" ]")
        .contains("\"indicators\" : [ \"tasks_done\" ]");
  }

  @Test
  void progressGroupsTasksByLeadUnitAndListsTheOverdueOnes() {
    assertThat(run("progress", "--plan", PLAN, "--tasks", TASKS, "--as-of", "2025-01-10"))
        .isEqualTo(Cchc.OK);
    String o = out.toString();
    assertThat(o)
        .contains("Plan sample-kh-cchc-2024.docx: 8 tasks for 2024; progress as of 10/01/2025")
        .contains("\nSở Nội vụ\n")
        .contains("Hoàn thành 15/10/2024 — thời hạn quý III/2024 (30/09/2024), trễ 15 ngày")
        .contains("Overdue tasks (danh sách nhiệm vụ chậm tiến độ) as of 10/01/2025: 2")
        .contains(
            "  6. Văn phòng UBND tỉnh: Số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một"
                + " cửa các cấp (thời hạn quý IV/2024, quá hạn 10 ngày)")
        .contains("(thời hạn tháng 6/2024, quá hạn 194 ngày)")
        .contains("tasks_done 6/8, tasks_on_time 5/8 (tasks due in 2024)");
    assertThat(err.toString()).contains("read 8 rows: 8 accepted, 0 rejected");
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "progress",
                "--plan",
                PLAN,
                "--tasks",
                TASKS,
                "--as-of",
                "2024-07-01",
                "--format",
                "csv"))
        .isEqualTo(Cchc.OK);
    List<String> csv = out.toString().lines().toList();
    assertThat(csv.get(0))
        .isEqualTo("lead,task,content,deadline,due_on,status,completed_on,days_late,overdue");
    // as of 01/07/2024 task 2 (done 15/10) is not done yet and not due; task 8 is one day late
    assertThat(csv)
        .anyMatch(
            l ->
                l.startsWith("Sở Thông tin và Truyền thông,8,")
                    && l.endsWith(",IN_PROGRESS,,1,true"))
        .anyMatch(l -> l.startsWith("Sở Nội vụ,2,") && l.endsWith(",DONE,2024-10-15,0,false"));
  }

  @Test
  void reportHasTheTaskSectionAndTheOverdueList(@TempDir Path dir) throws IOException {
    assertThat(
            run(
                "report",
                "--plan",
                PLAN,
                "--dossiers",
                VI,
                "--period",
                "2024",
                "--as-of",
                "2025-01-10",
                "--tasks",
                TASKS,
                "--measures",
                MEASURES,
                "--format",
                "html,csv",
                "--out",
                dir.toString()))
        .isEqualTo(Cchc.OK);
    String html = Files.readString(dir.resolve("bao-cao-2024.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("III. TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ")
        .contains("Danh sách nhiệm vụ chậm tiến độ tính đến ngày 31/12/2024: 1 nhiệm vụ.")
        .contains("Quá hạn 184 ngày")
        .contains("hạng 27/63")
        .contains("Nguồn số liệu đã công bố");
    String csv = Files.readString(dir.resolve("bao-cao-2024.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains(",6,8,75,100,Không đạt,");
  }
}
