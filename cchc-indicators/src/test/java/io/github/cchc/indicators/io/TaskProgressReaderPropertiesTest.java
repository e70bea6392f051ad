package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.github.cchc.indicators.progress.TaskProgress;
import io.github.cchc.indicators.progress.TaskProgressBuilder;
import io.github.cchc.indicators.progress.TaskStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Task progress files written in any accepted shape — header columns in any order, with or without
 * the note column, {@code ,} or {@code ;}, BOM or not, LF or CRLF, notes with separators, quotes
 * and line breaks, every status word in Vietnamese or English and either date form — read back
 * equal; bad rows in between are each rejected with their line and reason, and the counts add up.
 */
class TaskProgressReaderPropertiesTest {
  static final List<String> TASKS =
      List.of("1", "2", "3", "4", "5", "6", "7", "8", "2.1", "2.2", "II.3", "a");

  private static final String[] NOTES = {
    "",
    "Báo cáo số 215/BC-STP",
    "Đã ban hành, đang triển khai; chờ kinh phí",
    "Sản phẩm: \"Kế hoạch\" của UBND tỉnh",
    "Dòng một\nDòng hai",
    "Quyết định công bố TTHC, Cổng dịch vụ công tỉnh"
  };

  private static final String[][] STATUS_WORDS = {
    {"Hoàn thành", "DONE", "hoàn thành", "done", "Đã hoàn thành"},
    {"Đang thực hiện", "IN_PROGRESS", "in_progress", "Dang thuc hien"},
    {"Chưa thực hiện", "NOT_STARTED", "CHƯA THỰC HIỆN"}
  };

  /** A row to write and what reading it must give. */
  record Line(List<String> fields, TaskProgress expected, String rejection) {}

  @Test
  void anyValidFileReadsBackEqual() {
    qt().forAll(integers().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<TaskProgress> written = rows(r);
              Shape shape = Shape.random(r);
              List<Line> lines = new ArrayList<>();
              for (TaskProgress p : written) {
                lines.add(new Line(fields(p, r, shape), p, null));
              }
              Written w = write(lines, shape);
              List<TaskProgress> read = new ArrayList<>();
              ReadReport report =
                  TaskProgressReader.forTasks(TASKS)
                      .read("tien-do.csv", new ByteArrayInputStream(w.bytes()), read::add);
              assertThat(report.rejected()).isEmpty();
              assertThat(report.rowsRead()).isEqualTo(written.size());
              assertThat(read).isEqualTo(written);
            });
  }

  @Test
  void anyBadRowIsRejectedWithItsLineAndCountsAddUp() {
    qt().forAll(integers().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              List<TaskProgress> good = rows(r);
              Shape shape = Shape.random(r);
              List<Line> lines = new ArrayList<>();
              List<String> used = new ArrayList<>();
              int bad = 0;
              for (TaskProgress p : good) {
                if (r.nextInt(3) == 0) {
                  lines.add(badLine(r, shape, used));
                  bad++;
                }
                lines.add(new Line(fields(p, r, shape), p, null));
                used.add(p.task());
              }
              Written w = write(lines, shape);
              List<TaskProgress> read = new ArrayList<>();
              ReadReport report =
                  TaskProgressReader.forTasks(TASKS)
                      .read("tien-do.csv", new ByteArrayInputStream(w.bytes()), read::add);
              assertThat(read).isEqualTo(good);
              assertThat(report.rejectedCount()).isEqualTo(bad);
              assertThat(report.accepted()).isEqualTo(good.size());
              assertThat(report.rowsRead()).isEqualTo(lines.size());
              int k = 0;
              for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).rejection() == null) {
                  continue;
                }
                RejectedRow row = report.rejected().get(k++);
                assertThat(row.line()).isEqualTo(w.lineOf().get(i));
                assertThat(row.reason()).contains(lines.get(i).rejection());
              }
            });
  }

  /** A bad row of a random kind; {@code used} are the tasks given before it. */
  private static Line badLine(Random r, Shape shape, List<String> used) {
    // a task not given yet, so that the row fails for the reason chosen, not as a repeat
    String free = TASKS.stream().filter(t -> !used.contains(t)).findFirst().orElse(null);
    int kind = r.nextInt(used.isEmpty() ? 6 : 7);
    if (free == null && kind >= 1 && kind <= 4) {
      kind = 0;
    }
    TaskProgress filler = TaskProgress.builder().task("1").status(TaskStatus.NOT_STARTED).build();
    switch (kind) {
      case 0:
        return new Line(raw(shape, "99", "Hoàn thành", "01/02/2024", ""), filler, "no task 99");
      case 1:
        return new Line(raw(shape, free, "Hoàn thành", "", ""), filler, "needs the day");
      case 2:
        return new Line(raw(shape, free, "Hoàn thành", "31/02/2024", ""), filler, "31/02/2024");
      case 3:
        return new Line(raw(shape, free, "Xong rồi", "", ""), filler, "unknown status");
      case 4:
        return new Line(raw(shape, free, "Đang thực hiện", "2024-05-01", ""), filler, "not done");
      case 5:
        return new Line(raw(shape, "", "Hoàn thành", "2024-05-01", ""), filler, "task number");
      default:
        String again = used.get(r.nextInt(used.size()));
        return new Line(
            raw(shape, again, "Chưa thực hiện", "", ""), filler, "task " + again + " already");
    }
  }

  /** Distinct tasks in a random order, each with a random status and date. */
  private static List<TaskProgress> rows(Random r) {
    List<String> tasks = new ArrayList<>(TASKS);
    Collections.shuffle(tasks, r);
    int n = r.nextInt(tasks.size() + 1);
    List<TaskProgress> out = new ArrayList<>();
    for (String t : tasks.subList(0, n)) {
      TaskStatus s = TaskStatus.values()[r.nextInt(3)];
      TaskProgressBuilder b = TaskProgress.builder().task(t).status(s);
      if (s == TaskStatus.DONE) {
        b.completedOn(LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3650)));
      }
      String note = NOTES[r.nextInt(NOTES.length)];
      if (!note.isEmpty()) {
        b.note(note);
      }
      out.add(b.build());
    }
    return out;
  }

  /** How a file is written. */
  record Shape(char separator, boolean bom, boolean crlf, List<String> header) {
    static Shape random(Random r) {
      List<String> header = new ArrayList<>(List.of("task", "status", "completed_on", "note"));
      Collections.shuffle(header, r);
      return new Shape(r.nextBoolean() ? ',' : ';', r.nextBoolean(), r.nextBoolean(), header);
    }
  }

  private static List<String> fields(TaskProgress p, Random r, Shape shape) {
    String[] words = STATUS_WORDS[p.status().ordinal()];
    String date =
        p.completedOn()
            .map(
                d ->
                    d.format(
                        DateTimeFormatter.ofPattern(
                            new String[] {"dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"}[r.nextInt(3)])))
            .orElse("");
    return raw(shape, p.task(), words[r.nextInt(words.length)], date, p.note().orElse(""));
  }

  private static List<String> raw(
      Shape shape, String task, String status, String date, String note) {
    List<String> out = new ArrayList<>();
    for (String h : shape.header()) {
      switch (h) {
        case "task":
          out.add(task);
          break;
        case "status":
          out.add(status);
          break;
        case "completed_on":
          out.add(date);
          break;
        default:
          out.add(note);
      }
    }
    return out;
  }

  /** The bytes written and the line each row starts on. */
  record Written(byte[] bytes, List<Long> lineOf) {}

  static Written write(List<Line> lines, Shape shape) {
    StringWriter sw = new StringWriter();
    List<Long> lineOf = new ArrayList<>();
    try (CsvWriter csv =
        CsvWriter.builder()
            .fieldSeparator(shape.separator())
            .lineDelimiter(shape.crlf() ? LineDelimiter.CRLF : LineDelimiter.LF)
            .build(sw)) {
      csv.writeRecord(shape.header());
      for (Line l : lines) {
        csv.flush();
        lineOf.add(1 + sw.toString().chars().filter(c -> c == '\n').count());
        csv.writeRecord(l.fields());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = (shape.bom() ? "\uFEFF" : "") + sw;
    return new Written(text.getBytes(StandardCharsets.UTF_8), lineOf);
  }
}
