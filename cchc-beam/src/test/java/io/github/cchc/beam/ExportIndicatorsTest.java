package io.github.cchc.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.indicator.Definition;
import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.indicators.io.DossierReader;
import io.github.cchc.indicators.io.ReadReport;
import io.github.cchc.indicators.io.RejectedRow;
import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.tally.Grouping;
import io.github.cchc.indicators.tally.TallyAccumulator;
import io.github.cchc.indicators.tally.TallyScope;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same export through Beam (DirectRunner, shuffled shards, several workers) and through the
 * single-machine path gives exactly the same indicator rows and the same rejected rows.
 */
class ExportIndicatorsTest {
  private static final long SEED = 20_241_231L;
  private static final int ROWS = 3_000;
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  @TempDir static Path dir;
  private static Path whole;
  private static List<Path> shards;

  @BeforeAll
  static void writeExport() throws Exception {
    List<String> records = SampleExport.records(SEED, ROWS);
    whole = dir.resolve("ho-so-2024.csv");
    SampleExport.write(whole, records);
    shards = SampleExport.writeShuffledShards(dir, "ho-so-2024-phan", records, 4, SEED + 1);
  }

  private static Pipeline pipeline() {
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    options.setTargetParallelism(4);
    return Pipeline.create(options);
  }

  /** The single-machine path: the core reader, one accumulator, the rows of its tally. */
  private static Single singleMachine(
      List<Path> files, Grouping periods, TallyScope scope, Definition def) {
    TallyAccumulator acc = new TallyAccumulator(ComputeIndicators.grouping(periods), scope);
    ReadReport report = null;
    for (Path f : files) {
      ReadReport r = DossierReader.defaults().read(f, acc::add);
      report = report == null ? r : report.plus(r);
    }
    return new Single(
        IndicatorRow.fromTally(acc.toTally(), def, List.of(Indicator.values())),
        report.rejected(),
        report.accepted());
  }

  private static final class Single {
    final List<IndicatorRow> rows;
    final List<RejectedRow> rejected;
    final long accepted;

    Single(List<IndicatorRow> rows, List<RejectedRow> rejected, long accepted) {
      this.rows = rows;
      this.rejected = rejected;
      this.accepted = accepted;
    }
  }

  private static List<String> csv(List<IndicatorRow> rows) {
    return rows.stream().map(IndicatorRow::toCsv).sorted().collect(Collectors.toList());
  }

  private static List<String> reasons(List<RejectedRow> rows) {
    return rows.stream()
        .map(r -> r.column().orElse("") + ": " + r.reason())
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void shuffledShardsThroughBeamGiveTheSingleMachineIndicatorsAndRejectedRows() {
    Single onWhole =
        singleMachine(
            List.of(whole), Grouping.month(), TallyScope.all(AS_OF), Definition.PROVINCIAL);
    Single onShards =
        singleMachine(shards, Grouping.month(), TallyScope.all(AS_OF), Definition.PROVINCIAL);

    Pipeline p = pipeline();
    PCollectionTuple out =
        p.apply(ExportIndicators.from(dir.resolve("ho-so-2024-phan-*.csv").toString(), AS_OF));
    Collect<IndicatorRow> rows = Collect.from(out.get(ExportIndicators.INDICATORS), "Rows");
    Collect<RejectedRow> rejected = Collect.from(out.get(ExportIndicators.REJECTED), "Rejected");
    p.run().waitUntilFinish();

    // The export is not trivial: many groups, every kind of bad row.
    assertThat(onWhole.rows).hasSizeGreaterThan(1000);
    assertThat(onWhole.accepted).isGreaterThan(ROWS * 9 / 10);
    assertThat(reasons(onWhole.rejected))
        .anyMatch(s -> s.startsWith("Ngày tiếp nhận: invalid date"))
        .anyMatch(s -> s.contains("duplicate id"))
        .anyMatch(s -> s.startsWith("Hình thức nộp"))
        .anyMatch(s -> s.contains("expected 14 fields, found 13"))
        .anyMatch(s -> s.contains("before"));
    assertThat(onWhole.rows)
        .anyMatch(r -> r.procedure().equals("1.000893"))
        .anyMatch(r -> r.procedure().equals("2.002189"));

    // The same indicators: Beam on shuffled shards = one machine on the shards = on the whole file.
    assertThat(csv(rows.items())).isEqualTo(csv(onShards.rows)).isEqualTo(csv(onWhole.rows));
    // The same rejected rows: file, line, column and reason (the shards' names and lines).
    assertThat(rejected.items())
        .containsExactlyInAnyOrderElementsOf(onShards.rejected)
        .hasSize(onShards.rejected.size());
    // ... and, for the whole file, the same columns and reasons.
    assertThat(reasons(rejected.items())).isEqualTo(reasons(onWhole.rejected));
  }

  @Test
  void quartersOfTheOfficialCalendarUnderTheNationalDefinition() {
    Grouping quarters = Grouping.quarter(ReportingCalendar.official());
    TallyScope scope = TallyScope.of(ReportingCalendar.calendar().year(2024), AS_OF);
    Single expected = singleMachine(List.of(whole), quarters, scope, Definition.NATIONAL_766);

    Pipeline p = pipeline();
    PCollectionTuple out =
        p.apply(
            ExportIndicators.of(
                ReadDossiers.from(whole.toString()),
                ComputeIndicators.asOf(AS_OF)
                    .withPeriods(() -> Grouping.quarter(ReportingCalendar.official()))
                    .withScope(() -> TallyScope.of(ReportingCalendar.calendar().year(2024), AS_OF))
                    .withDefinition(Definition.NATIONAL_766)));
    Collect<IndicatorRow> rows = Collect.from(out.get(ExportIndicators.INDICATORS), "Rows");
    Collect<RejectedRow> rejected = Collect.from(out.get(ExportIndicators.REJECTED), "Rejected");
    p.run().waitUntilFinish();

    assertThat(expected.rows).extracting(IndicatorRow::period).contains("2024-Q1", "2025-Q1");
    assertThat(csv(rows.items())).isEqualTo(csv(expected.rows));
    assertThat(rejected.items()).containsExactlyInAnyOrderElementsOf(expected.rejected);
  }

  @Test
  void withoutTheDuplicateCheckDuplicatesAreCounted() {
    Pipeline p = pipeline();
    PCollectionTuple out = p.apply(ReadDossiers.from(whole.toString()).withDuplicateCheck(false));
    Collect<RejectedRow> rejected = Collect.from(out.get(ReadDossiers.REJECTED), "Rejected");
    Collect<io.github.cchc.model.dossier.Dossier> dossiers =
        Collect.from(out.get(ReadDossiers.DOSSIERS), "Dossiers");
    p.run().waitUntilFinish();

    ReadReport single = DossierReader.defaults().withDuplicateCheck(false).read(whole, d -> {});
    assertThat(rejected.items()).containsExactlyInAnyOrderElementsOf(single.rejected());
    assertThat(rejected.items()).noneMatch(r -> r.reason().startsWith("duplicate id"));
    assertThat((long) dossiers.items().size()).isEqualTo(single.accepted());
    List<String> ids = new ArrayList<>();
    dossiers.items().forEach(d -> ids.add(d.id()));
    assertThat(ids.stream().distinct().count()).isLessThan(ids.size());
    ids.sort(Comparator.naturalOrder());
  }
}
