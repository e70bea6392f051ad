package io.github.cchc.examples.programs;

import io.github.cchc.examples.data.SampleData;
import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.indicator.IndicatorValue;
import io.github.cchc.indicators.indicator.Indicators;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.period.ReportingPeriod;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Example: the on-time rate (tỷ lệ hồ sơ giải quyết đúng hạn) of a dossier export.
 *
 * <pre>{@code
 * java -cp examples/target/cchc.jar io.github.cchc.examples.programs.OnTimeRate [EXPORT.csv]
 * }</pre>
 *
 * <p>Three steps: a {@link DossierReader} streams the export (bad rows are rejected, not guessed),
 * a {@link TallyAccumulator} counts the dossiers received in 2024 (open ones judged on 31/12/2024),
 * and {@link Indicators} turns the counts into the exact fraction numerator / denominator. The rate
 * depends on the definition: the provincial one counts finished dossiers only, the national one of
 * Quyết định 766/QĐ-TTg counts every dossier of the period. Without an argument the program reads
 * the sample export, generated on first run.
 */
public final class OnTimeRate {
  /** The period counted: the calendar year 2024 of the sample export. */
  static final ReportingPeriod PERIOD = ReportingCalendar.calendar().year(2024);

  /** The day open dossiers are judged on: the period's last day. */
  static final LocalDate JUDGED = PERIOD.endInclusive();

  private OnTimeRate() {}

  /**
   * The on-time rate of an export under both definitions, with what was read.
   *
   * @param provincial the on-time value over finished dossiers, group "all"
   * @param national the on-time value over every dossier of the period (QĐ 766), group "all"
   * @param read how many rows were read, accepted and rejected
   */
  public record Result(IndicatorValue provincial, IndicatorValue national, ReadReport read) {}

  /**
   * Reads {@code export} once and computes its on-time rate under both definitions.
   *
   * @param export the dossier export (CSV or JSON Lines)
   * @return the rates and the read summary
   */
  public static Result compute(Path export) {
    TallyAccumulator acc = new TallyAccumulator(Grouping.all(), TallyScope.of(PERIOD, JUDGED));
    ReadReport read = DossierReader.defaults().read(export, acc::add);
    Tally tally = acc.toTally();
    return new Result(
        Indicators.total(tally, Indicator.ON_TIME, Definition.PROVINCIAL),
        Indicators.total(tally, Indicator.ON_TIME, Definition.NATIONAL_766),
        read);
  }

  /**
   * Prints the read summary and the on-time rate under both definitions.
   *
   * @param export the dossier export
   * @param out where to print
   */
  public static void print(Path export, PrintStream out) {
    Result r = compute(export);
    ReadReport read = r.read();
    out.println("Tệp: " + read.file());
    out.println(
        "Đọc "
            + read.rowsRead()
            + " dòng = "
            + read.accepted()
            + " hợp lệ + "
            + read.rejectedCount()
            + " bị loại");
    out.println("Kỳ: năm 2024, hồ sơ chưa xong xét tại ngày " + JUDGED);
    print(out, r.provincial(), "hồ sơ đã giải quyết");
    print(out, r.national(), "mọi hồ sơ của kỳ, Quyết định 766/QĐ-TTg");
  }

  private static void print(PrintStream out, IndicatorValue v, String counts) {
    out.println(
        v.indicator().vietnamese()
            + " ("
            + v.definition().id()
            + ": "
            + counts
            + "): "
            + v.numerator()
            + " / "
            + v.denominator()
            + " = "
            + v.format());
  }

  /**
   * Prints the on-time rate of the sample export, or of the export given.
   *
   * @param args optionally the path of another export
   * @throws IOException if the sample export cannot be generated
   */
  public static void main(String[] args) throws IOException {
    Path export =
        args.length > 0 ? Path.of(args[0]) : SampleData.ensureDossiers(Path.of("examples/data"));
    print(export, System.out);
  }
}
