package io.github.cchc.indicators.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.model.dossier.Dossier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The monoid laws of {@link Tally}, and that tallying is a homomorphism from lists to tallies. */
class TallyLawsTest {
  private static final TallyScope SCOPE =
      TallyScope.of(ReportingCalendar.calendar().parse("2024-H1"), LocalDate.of(2024, 6, 30));

  private static final List<Supplier<Grouping>> GROUPINGS = Dossiers.GROUPINGS;

  private static Gen<List<Integer>> seeds() {
    return lists().of(integers().all()).ofSizeBetween(0, 30);
  }

  private static Tally tally(int grouping, List<Integer> seeds) {
    return Tally.of(GROUPINGS.get(grouping).get(), SCOPE, Dossiers.of(seeds));
  }

  private static Gen<Integer> grouping() {
    return integers().between(0, GROUPINGS.size() - 1);
  }

  @Test
  void mergeIsAssociative() {
    qt().forAll(grouping(), seeds(), seeds(), seeds())
        .check(
            (g, a, b, c) -> {
              Tally x = tally(g, a);
              Tally y = tally(g, b);
              Tally z = tally(g, c);
              return x.merge(y).merge(z).equals(x.merge(y.merge(z)));
            });
  }

  @Test
  void mergeIsCommutative() {
    qt().forAll(grouping(), seeds(), seeds())
        .check(
            (g, a, b) -> {
              Tally x = tally(g, a);
              Tally y = tally(g, b);
              return x.merge(y).equals(y.merge(x));
            });
  }

  @Test
  void emptyIsTheIdentity() {
    qt().forAll(grouping(), seeds())
        .check(
            (g, a) -> {
              Tally x = tally(g, a);
              return Tally.empty().merge(x).equals(x) && x.merge(Tally.empty()).equals(x);
            });
  }

  @Test
  void tallyOfAConcatenationIsTheMergeOfTheTallies() {
    qt().forAll(grouping(), seeds(), seeds())
        .check(
            (g, a, b) -> {
              List<Integer> both = new ArrayList<>(a);
              both.addAll(b);
              return tally(g, both).equals(tally(g, a).merge(tally(g, b)));
            });
  }

  @Test
  void parallelStreamGivesTheSameTallyAsOneThread() {
    qt().withExamples(10)
        .forAll(grouping(), lists().of(integers().all()).ofSizeBetween(0, 600))
        .check(
            (g, a) -> {
              List<Dossier> ds = Dossiers.of(a);
              Tally sequential = Tally.of(GROUPINGS.get(g).get(), SCOPE, ds);
              Tally parallel =
                  ds.parallelStream().collect(Tally.collector(GROUPINGS.get(g).get(), SCOPE));
              return parallel.equals(sequential);
            });
  }

  @Test
  void everyDossierIsCountedOnceOrOutsideThePeriod() {
    qt().forAll(grouping(), seeds())
        .checkAssert(
            (g, a) -> {
              Tally t = tally(g, a);
              assertThat(t.total().received() + t.outsidePeriod()).isEqualTo(a.size());
            });
  }
}
