package io.github.cchc.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decision list of the CHANGELOG, checked: the values only the library computes have no public
 * builder (nor a public method that hands one out), so no user builds a result the computation did
 * not give; the values users give the library keep theirs.
 */
class ComputedResultsTest {
  private static final String P = "io.github.cchc.indicators.";

  /** Produced only by the library: a calendar's, an evaluator's, a progress or scorecard result. */
  private static final List<String> COMPUTED =
      List.of(
          "calendar.DeadlineAssessment",
          "evaluation.TargetEvaluation",
          "evaluation.Projection",
          "evaluation.TargetResult",
          "indicator.IndicatorValue",
          "progress.TaskCount",
          "progress.TaskStanding",
          "scorecard.LostPoints",
          "scorecard.Rank");

  /** Given by users: their schedules, published figures, task progress and scorecards. */
  private static final List<String> GIVEN =
      List.of(
          "calendar.CalendarEntry",
          "calendar.DeadlinePolicy",
          "measure.PublishedMeasure",
          "progress.TaskProgress",
          "scorecard.Criterion",
          "scorecard.Scorecard");

  @Test
  void computedResultsHaveNoPublicBuilder() throws Exception {
    for (String name : COMPUTED) {
      Class<?> type = Class.forName(P + name);
      Class<?> builder = Class.forName(P + name + "Builder");
      assertThat(Modifier.isPublic(builder.getModifiers())).as(name + "Builder").isFalse();
      assertThat(Arrays.stream(type.getMethods()).map(Method::getReturnType))
          .as(name + "'s public methods")
          .doesNotContain(builder);
    }
  }

  @Test
  void valuesUsersGiveKeepTheirPublicBuilder() throws Exception {
    for (String name : GIVEN) {
      Class<?> builder = Class.forName(P + name + "Builder");
      assertThat(Modifier.isPublic(builder.getModifiers())).as(name + "Builder").isTrue();
    }
  }
}
