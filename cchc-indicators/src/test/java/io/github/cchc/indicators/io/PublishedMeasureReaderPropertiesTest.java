package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cchc.indicators.io.TaskProgressReaderPropertiesTest.Line;
import io.github.cchc.indicators.io.TaskProgressReaderPropertiesTest.Shape;
import io.github.cchc.indicators.io.TaskProgressReaderPropertiesTest.Written;
import io.github.cchc.indicators.measure.PublishedMeasure;
import io.github.cchc.indicators.measure.PublishedMeasureBuilder;
import io.github.cchc.indicators.progress.TaskProgress;
import io.github.cchc.indicators.progress.TaskStatus;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Published measures files written in any accepted shape (columns in any order, {@code ,} or {@code
 * ;}, BOM, LF or CRLF, decimal point or comma) read back equal; bad rows are each rejected with
 * their line and reason, and the counts add up.
 */
class PublishedMeasureReaderPropertiesTest {
  private static final String[] IDS = {
    "par_index", "sipas", "procedures_published", "par_index_rank", "papi", "tasks_done"
  };
  private static final String[] PERIODS = {"2022", "2023", "2024", "2024-Q3", "2025-H1", "2024-07"};
  private static final String[] SOURCES = {
    "Quyết định số 1014/QĐ-BNV ngày 10/5/2024 của Bộ Nội vụ",
    "Báo cáo số 12/BC-UBND, \"công khai TTHC\"",
    "Cổng thông tin điện tử tỉnh; tin ngày 11/5/2024"
  };
  private static final List<String> HEADER =
      List.of("indicator", "period", "value", "out_of", "source");

  @Test
  void anyValidFileReadsBackEqual() {
    qt().forAll(integers().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Shape shape = shape(r);
              List<PublishedMeasure> written = measures(r);
              List<Line> lines = new ArrayList<>();
              for (PublishedMeasure m : written) {
                lines.add(new Line(fields(m, r, shape), filler(), null));
              }
              Written w = TaskProgressReaderPropertiesTest.write(lines, shape);
              List<PublishedMeasure> read = new ArrayList<>();
              ReadReport report =
                  PublishedMeasureReader.defaults()
                      .read("chi-so.csv", new ByteArrayInputStream(w.bytes()), read::add);
              assertThat(report.rejected()).isEmpty();
              assertThat(read).isEqualTo(written);
            });
  }

  @Test
  void anyBadRowIsRejectedWithItsLineAndCountsAddUp() {
    qt().forAll(integers().all())
        .checkAssert(
            seed -> {
              Random r = new Random(seed);
              Shape shape = shape(r);
              List<PublishedMeasure> good = measures(r);
              List<Line> lines = new ArrayList<>();
              List<PublishedMeasure> before = new ArrayList<>();
              for (PublishedMeasure m : good) {
                if (r.nextInt(3) == 0) {
                  lines.add(bad(r, shape, before));
                }
                lines.add(new Line(fields(m, r, shape), filler(), null));
                before.add(m);
              }
              Written w = TaskProgressReaderPropertiesTest.write(lines, shape);
              List<PublishedMeasure> read = new ArrayList<>();
              ReadReport report =
                  PublishedMeasureReader.defaults()
                      .read("chi-so.csv", new ByteArrayInputStream(w.bytes()), read::add);
              assertThat(read).isEqualTo(good);
              assertThat(report.rowsRead()).isEqualTo(lines.size());
              assertThat(report.accepted() + report.rejectedCount()).isEqualTo(lines.size());
              int k = 0;
              for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).rejection() != null) {
                  RejectedRow row = report.rejected().get(k++);
                  assertThat(row.line()).isEqualTo(w.lineOf().get(i));
                  assertThat(row.reason()).contains(lines.get(i).rejection());
                }
              }
              assertThat(k).isEqualTo(report.rejectedCount());
            });
  }

  private static TaskProgress filler() {
    return TaskProgress.builder().task("1").status(TaskStatus.NOT_STARTED).build();
  }

  private static Shape shape(Random r) {
    List<String> header = new ArrayList<>(HEADER);
    Collections.shuffle(header, r);
    return new Shape(r.nextBoolean() ? ',' : ';', r.nextBoolean(), r.nextBoolean(), header);
  }

  /** Distinct (indicator, period) pairs with values that fit each kind. */
  private static List<PublishedMeasure> measures(Random r) {
    List<PublishedMeasure> out = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      String id = IDS[r.nextInt(IDS.length)];
      String period = PERIODS[r.nextInt(PERIODS.length)];
      if (keys.contains(id + period)) {
        continue;
      }
      keys.add(id + period);
      PublishedMeasureBuilder b =
          PublishedMeasure.builder()
              .indicator(id)
              .period(period)
              .source(SOURCES[r.nextInt(SOURCES.length)]);
      if (id.endsWith("_rank")) {
        int units = 1 + r.nextInt(63);
        b.value(BigDecimal.valueOf(1 + r.nextInt(units))).outOf(BigDecimal.valueOf(units));
      } else if (r.nextBoolean()) {
        int total = 1 + r.nextInt(2000);
        b.value(BigDecimal.valueOf(r.nextInt(total + 1))).outOf(BigDecimal.valueOf(total));
      } else {
        b.value(BigDecimal.valueOf(r.nextInt(10001), 2));
      }
      out.add(b.build());
    }
    return out;
  }

  private static List<String> fields(PublishedMeasure m, Random r, Shape shape) {
    String value = m.value().toPlainString();
    if (r.nextBoolean()) {
      value = value.replace('.', ',');
    }
    return raw(
        shape,
        m.indicator(),
        m.period(),
        value,
        m.outOf().map(BigDecimal::toPlainString).orElse(""),
        m.source());
  }

  private static Line bad(Random r, Shape shape, List<PublishedMeasure> before) {
    int kind = r.nextInt(before.isEmpty() ? 7 : 8);
    String src = "Báo cáo số 1/BC-UBND";
    switch (kind) {
      case 0:
        return line(raw(shape, "par_index_rank", "2024", "25", "", src), "needs out_of");
      case 1:
        return line(raw(shape, "sipas", "2024", "120,5", "", src), "at most 100");
      case 2:
        return line(raw(shape, "par_index", "năm 2024", "85", "", src), "period expected");
      case 3:
        return line(raw(shape, "par_index", "2024", "85 điểm", "", src), "not a number");
      case 4:
        return line(raw(shape, "par_index", "2024", "85", "", ""), "source expected");
      case 5:
        return line(raw(shape, "PAR INDEX", "2024", "85", "", src), "indicator id expected");
      case 6:
        return line(raw(shape, "par_index_rank", "2024", "64", "63", src), "more than out_of");
      default:
        PublishedMeasure m = before.get(r.nextInt(before.size()));
        return line(
            raw(shape, m.indicator(), m.period(), "1", "1", src),
            m.indicator() + " for " + m.period() + " already given");
    }
  }

  private static Line line(List<String> fields, String rejection) {
    return new Line(fields, filler(), rejection);
  }

  private static List<String> raw(
      Shape shape, String id, String period, String value, String outOf, String source) {
    List<String> out = new ArrayList<>();
    for (String h : shape.header()) {
      switch (h) {
        case "indicator":
          out.add(id);
          break;
        case "period":
          out.add(period);
          break;
        case "value":
          out.add(value);
          break;
        case "out_of":
          out.add(outOf);
          break;
        default:
          out.add(source);
      }
    }
    return out;
  }
}
