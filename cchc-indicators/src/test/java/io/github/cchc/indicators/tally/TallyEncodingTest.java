package io.github.cchc.indicators.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierFlag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Counts and tallies rebuilt from their counters (what a coder stores) equal the originals. */
class TallyEncodingTest {
  private static final TallyScope SCOPE = TallyScope.all(LocalDate.of(2024, 12, 31));
  private static final List<Dossier> DOSSIERS =
      Dossiers.of(IntStream.range(0, 400).boxed().collect(Collectors.toList()));

  @Test
  void aTallyRebuiltFromItsCountersIsEqual() {
    Tally t = Tally.of(Grouping.month(), SCOPE, DOSSIERS);
    Map<String, Counts> groups = new LinkedHashMap<>();
    t.groups().forEach((k, c) -> groups.put(k, Counts.ofArray(c.toArray())));

    assertThat(Tally.of(groups, t.outsidePeriod())).isEqualTo(t);
    assertThat(Tally.of(Map.of(), 0)).isSameAs(Tally.empty());
    assertThat(t.total().toArray()).hasSize(Counts.size());
    assertThat(t.total().toArray()[DossierFlag.FINISHED.ordinal()])
        .isEqualTo(t.total().count(DossierFlag.FINISHED));
  }

  @Test
  void badCountersAreRefused() {
    assertThatThrownBy(() -> Counts.ofArray(new long[Counts.size() + 1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counters");
    long[] negative = new long[Counts.size()];
    negative[0] = -1;
    assertThatThrownBy(() -> Counts.ofArray(negative)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tally.of(Map.of(), -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
