package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.indicators.progress.TaskProgress;
import io.github.cchc.indicators.progress.TaskStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskProgressReaderTest {
  private static final List<String> TASKS = List.of("1", "2", "3", "4", "5", "6", "7", "8");

  private final List<TaskProgress> rows = new ArrayList<>();

  private ReadReport read(TaskProgressReader reader, String text) {
    return reader.read(
        "tien-do.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rows::add);
  }

  @Test
  void everyBadRowWithLineColumnAndReason() {
    ReadReport r =
        read(
            TaskProgressReader.forTasks(TASKS),
            "task,status,completed_on,note\n"
                + "1,Hoàn thành,15/01/2024,Kế hoạch số 12/KH-UBND\n"
                + "12,Hoàn thành,15/01/2024,\n"
                + "2,Hoàn thành,,\n"
                + "3,Hoàn thành,31/02/2024,\n"
                + "4,Xong,,\n"
                + "5,Đang thực hiện,2024-05-01,\n"
                + "1,Chưa thực hiện,,\n"
                + "6,Đang thực hiện,,\"Đã số hóa 60%, chờ kinh phí\"\n"
                + "7,DONE\n");
    assertThat(r.summary()).isEqualTo("read 9 rows: 2 accepted, 7 rejected");
    assertThat(r.rejected())
        .extracting(RejectedRow::describe)
        .containsExactly(
            "line 3: task: the plan has no task 12 (tasks: 1, 2, 3, 4, 5, 6, 7, 8)",
            "line 4: completed_on: a done task (Hoàn thành) needs the day it was done",
            "line 5: completed_on: not a date (dd/MM/yyyy or yyyy-MM-dd): 31/02/2024",
            "line 6: status: unknown status (expected Hoàn thành, Đang thực hiện, Chưa thực"
                + " hiện or DONE, IN_PROGRESS, NOT_STARTED): Xong",
            "line 7: completed_on: given for a task that is not done (Đang thực hiện)",
            "line 8: task: task 1 already given on line 2",
            "line 10: 4 fields expected, 2 found");
    assertThat(rows)
        .containsExactly(
            TaskProgress.builder()
                .task("1")
                .status(TaskStatus.DONE)
                .completedOn(LocalDate.of(2024, 1, 15))
                .note("Kế hoạch số 12/KH-UBND")
                .build(),
            TaskProgress.builder()
                .task("6")
                .status(TaskStatus.IN_PROGRESS)
                .note("Đã số hóa 60%, chờ kinh phí")
                .build());
  }

  @Test
  void vietnameseHeadersSemicolonsAndBomWithoutNoteColumn() {
    ReadReport r =
        read(
            TaskProgressReader.forTasks(TASKS),
            "\uFEFFSTT;Trạng thái;Ngày hoàn thành\r\n8;Chưa thực hiện;\r\n4;hoàn thành;2024-12-20\r\n");
    assertThat(r.rejectedCount()).isZero();
    assertThat(rows).extracting(TaskProgress::task).containsExactly("8", "4");
    assertThat(rows.get(1).completedOn()).contains(LocalDate.of(2024, 12, 20));
  }

  @Test
  void strictModeStopsAtTheFirstBadRow() {
    assertThatThrownBy(
            () ->
                read(
                    TaskProgressReader.forTasks(TASKS).strict(),
                    "task,status,completed_on,note\n1,Hoàn thành,15/01/2024,\n9,Hoàn thành,,\n"))
        .isInstanceOf(DossierReadException.class)
        .hasMessage(
            "tien-do.csv:3: task: the plan has no task 9 (tasks: 1, 2, 3, 4, 5, 6, 7, 8)"
                + " (strict mode)")
        .extracting(e -> ((DossierReadException) e).row().orElseThrow().line())
        .isEqualTo(3L);
    assertThat(rows).hasSize(1);
  }

  @Test
  void aMissingColumnOrAFileNotUtf8CannotBeReadAtAll() {
    assertThatThrownBy(
            () -> read(TaskProgressReader.forTasks(TASKS), "task,status,note\n1,DONE,\n"))
        .isInstanceOf(DossierReadException.class)
        .hasMessage("tien-do.csv:1: missing column completed_on (header: task,status,note)");
    assertThatThrownBy(
            () ->
                TaskProgressReader.forTasks(TASKS)
                    .read(
                        "cp1258.csv",
                        new ByteArrayInputStream(
                            "task,status,completed_on\n1,Ho\u00e0n th\u00e0nh,\n"
                                .getBytes(StandardCharsets.ISO_8859_1)),
                        rows::add))
        .isInstanceOf(DossierReadException.class)
        .hasMessageStartingWith("cp1258.csv: not UTF-8");
    assertThatThrownBy(() -> read(TaskProgressReader.forTasks(TASKS), ""))
        .isInstanceOf(DossierReadException.class)
        .hasMessage("tien-do.csv:1: empty file, header expected");
  }
}
