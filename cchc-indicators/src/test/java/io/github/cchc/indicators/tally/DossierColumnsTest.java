package io.github.cchc.indicators.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.model.dossier.Dossier;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link DossierColumns} tally exactly as the dossiers they were built from. */
class DossierColumnsTest {
  private static final List<Supplier<Grouping>> GROUPINGS = Dossiers.GROUPINGS;

  private static final List<TallyScope> SCOPES =
      List.of(
          TallyScope.of(ReportingCalendar.calendar().parse("2024-H1"), LocalDate.of(2024, 6, 30)),
          TallyScope.of(ReportingCalendar.official().parse("2024-Q3"), LocalDate.of(2024, 9, 14)),
          TallyScope.all(LocalDate.of(2024, 3, 1)));

  private static Gen<Integer> grouping() {
    return integers().between(0, GROUPINGS.size() - 1);
  }

  private static Gen<Integer> scope() {
    return integers().between(0, SCOPES.size() - 1);
  }

  @Test
  void columnsTallyAsTheDossiers() {
    qt().forAll(grouping(), scope(), lists().of(integers().all()).ofSizeBetween(0, 300))
        .checkAssert(
            (g, s, seeds) -> {
              List<Dossier> ds = Dossiers.of(seeds);
              DossierColumns columns = DossierColumns.of(GROUPINGS.get(g).get(), ds);
              Tally expected = Tally.of(GROUPINGS.get(g).get(), SCOPES.get(s), ds);
              assertThat(columns.size()).isEqualTo(ds.size());
              assertThat(columns.tally(SCOPES.get(s))).isEqualTo(expected);
              assertThat(columns.parallelTally(SCOPES.get(s))).isEqualTo(expected);
            });
  }

  @Test
  void rangesAddedToOneAccumulatorGiveTheWholeTally() {
    qt().forAll(
            grouping(),
            lists().of(integers().all()).ofSizeBetween(0, 200),
            integers().between(0, 200))
        .checkAssert(
            (g, seeds, at) -> {
              DossierColumns columns =
                  DossierColumns.of(GROUPINGS.get(g).get(), Dossiers.of(seeds));
              int cut = Math.min(at, columns.size());
              TallyScope scope = SCOPES.get(0);
              TallyAccumulator first = new TallyAccumulator(GROUPINGS.get(g).get(), scope);
              TallyAccumulator second = new TallyAccumulator(GROUPINGS.get(g).get(), scope);
              columns.addTo(first, 0, cut);
              columns.addTo(second, cut, columns.size());
              assertThat(first.merge(second).toTally()).isEqualTo(columns.tally(scope));
            });
  }

  @Test
  void parallelTallySplitsLargeColumnsAndGivesTheSameTally() {
    List<Integer> seeds = IntStream.range(0, 300_000).boxed().collect(Collectors.toList());
    List<Dossier> ds = Dossiers.of(seeds);
    DossierColumns columns = DossierColumns.of(Grouping.agency(), ds);
    TallyScope scope = SCOPES.get(2);
    Tally expected = Tally.of(Grouping.agency(), scope, ds);

    assertThat(columns.parallelTally(scope)).isEqualTo(expected);
    assertThat(columns.tally(scope)).isEqualTo(expected);
    assertThat(expected.total().received()).isEqualTo(300_000);
    assertThat(columns.groupNames()).containsExactlyInAnyOrder(Dossiers.AGENCIES);
  }

  @Test
  void emptyColumnsGiveTheTallyOfNoDossier() {
    DossierColumns empty = DossierColumns.builder(Grouping.agency()).build();
    assertThat(empty.size()).isZero();
    assertThat(empty.tally(SCOPES.get(0))).isEqualTo(Tally.empty());
    assertThat(empty.parallelTally(SCOPES.get(0))).isEqualTo(Tally.empty());
  }

  @Test
  void rejectsAnotherGroupingAndRangesOutside() {
    DossierColumns columns = DossierColumns.of(Grouping.agency(), Dossiers.of(List.of(1, 2, 3)));
    TallyScope scope = SCOPES.get(2);
    assertThatThrownBy(() -> columns.addTo(new TallyAccumulator(Grouping.month(), scope), 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month");
    assertThatThrownBy(() -> columns.addTo(new TallyAccumulator(Grouping.agency(), scope), 0, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(columns.toString())
        .isEqualTo(
            "DossierColumns[grouping=agency, size=3, groups=" + columns.groupNames().size() + "]");
  }
}
