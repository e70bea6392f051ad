package io.github.cchc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In cchc-model only the problems a plan reader reports are computed: {@code PlanProblem} has no
 * public builder; the values users build (plans, targets, dossiers, document numbers) keep theirs.
 */
class ComputedResultsOfModelTest {

  @Test
  void theProblemsOfAReadPlanHaveNoPublicBuilder() throws Exception {
    Class<?> type = Class.forName("io.github.cchc.model.plan.PlanProblem");
    Class<?> builder = Class.forName("io.github.cchc.model.plan.PlanProblemBuilder");
    assertThat(Modifier.isPublic(builder.getModifiers())).isFalse();
    assertThat(Arrays.stream(type.getMethods()).map(Method::getReturnType)).doesNotContain(builder);
  }

  @Test
  void theValuesUsersBuildKeepTheirPublicBuilder() throws Exception {
    for (String name :
        List.of(
            "plan.Plan",
            "plan.Target",
            "plan.Task",
            "plan.Assignment",
            "dossier.Dossier",
            "document.DocumentNumber",
            "document.LegalReference")) {
      Class<?> builder = Class.forName("io.github.cchc.model." + name + "Builder");
      assertThat(Modifier.isPublic(builder.getModifiers())).as(name).isTrue();
    }
  }
}
