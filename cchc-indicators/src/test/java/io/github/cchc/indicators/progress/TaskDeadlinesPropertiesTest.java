package io.github.cchc.indicators.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cchc.model.plan.Deadline;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Cutting the plan's year into consecutive periods anywhere: a task with a fixed deadline in the
 * year is due in exactly one of them, on the same day; an ongoing or recurring task is due in every
 * one of them, on a day inside it ("trước ngày N hằng tháng": in every one that holds an N-th).
 */
class TaskDeadlinesPropertiesTest {
  private static final int YEAR = 2024;

  /** The plan's year cut at {@code cuts} random days. */
  private static List<LocalDateRange> cut(int seed) {
    java.util.Random r = new java.util.Random(seed);
    List<LocalDate> bounds = new ArrayList<>();
    bounds.add(LocalDate.of(YEAR, 1, 1));
    LocalDate end = LocalDate.of(YEAR + 1, 1, 1);
    LocalDate at = bounds.get(0);
    while (true) {
      at = at.plusDays(1 + r.nextInt(120));
      if (!at.isBefore(end)) {
        break;
      }
      bounds.add(at);
    }
    bounds.add(end);
    List<LocalDateRange> out = new ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      out.add(LocalDateRange.of(bounds.get(i), bounds.get(i + 1)));
    }
    return out;
  }

  private static Deadline fixed(int seed) {
    java.util.Random r = new java.util.Random(seed);
    switch (r.nextInt(4)) {
      case 0:
        return Deadline.of(LocalDate.of(YEAR, 1, 1).plusDays(r.nextInt(366)));
      case 1:
        return Deadline.of(YearMonth.of(YEAR, 1 + r.nextInt(12)));
      case 2:
        return Deadline.ofQuarter(YEAR, 1 + r.nextInt(4));
      default:
        return Deadline.ofYear(YEAR);
    }
  }

  @Test
  void aFixedDeadlineIsDueInExactlyOnePeriod() {
    qt().forAll(integers().all(), integers().all())
        .checkAssert(
            (cuts, d) -> {
              Deadline deadline = fixed(d);
              List<LocalDate> due = new ArrayList<>();
              for (LocalDateRange p : cut(cuts)) {
                TaskDeadlines.dueIn(deadline, p, YEAR).ifPresent(due::add);
              }
              assertThat(due).containsExactly(deadline.dueDate().orElseThrow());
            });
  }

  @Test
  void monthlyBeforeADayIsDueInThePeriodsThatHoldThatDayOnTheLastOne() {
    qt().forAll(integers().all(), integers().between(1, 31))
        .checkAssert(
            (cuts, day) -> {
              Deadline deadline = Deadline.monthly(day);
              for (LocalDateRange p : cut(cuts)) {
                LocalDate last = null;
                for (LocalDate x = p.getStart(); x.isBefore(p.getEnd()); x = x.plusDays(1)) {
                  if (x.getDayOfMonth() == Math.min(day, x.lengthOfMonth())) {
                    last = x;
                  }
                }
                assertThat(TaskDeadlines.dueIn(deadline, p, YEAR))
                    .isEqualTo(Optional.ofNullable(last));
              }
            });
  }

  @Test
  void anOngoingOrRecurringDeadlineIsDueInEveryPeriodOnADayInsideIt() {
    qt().forAll(integers().all(), integers().between(0, 2))
        .checkAssert(
            (cuts, kind) -> {
              Deadline deadline =
                  kind == 0
                      ? Deadline.ongoing()
                      : kind == 1 ? Deadline.parse("hằng quý") : Deadline.parse("hằng tháng");
              for (LocalDateRange p : cut(cuts)) {
                Optional<LocalDate> due = TaskDeadlines.dueIn(deadline, p, YEAR);
                assertThat(due).isPresent();
                assertThat(p.contains(due.get())).isTrue();
              }
              LocalDateRange next =
                  LocalDateRange.of(LocalDate.of(YEAR + 1, 1, 1), LocalDate.of(YEAR + 1, 4, 1));
              assertThat(TaskDeadlines.dueIn(deadline, next, YEAR)).isEmpty();
            });
  }
}
