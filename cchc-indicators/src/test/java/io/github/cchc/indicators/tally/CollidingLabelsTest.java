package io.github.cchc.indicators.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.model.dossier.DossierFlag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Labels chosen so that their {@code String.hashCode()} collide ("Aa" and "BB" hash alike, so do
 * all strings made of them) would make a table of groups probe in proportion to the groups: the
 * accumulator probes a bounded number of slots and keeps the rest in an overflow map, and counts
 * every group exactly.
 */
class CollidingLabelsTest {
  /** 2^n distinct strings of 2n characters, all with the same hashCode. */
  static List<String> colliding(int n) {
    List<String> out = new ArrayList<>();
    for (int bits = 0; bits < 1 << n; bits++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < n; k++) {
        sb.append((bits >> k & 1) == 0 ? "Aa" : "BB");
      }
      out.add(sb.toString());
    }
    return out;
  }

  static Dossier dossier(int i, String agency) {
    LocalDateTime received = LocalDateTime.of(2024, 3, 4, 8, 0);
    return Dossier.builder()
        .id("H" + i)
        .procedureCode("1.001")
        .agency(agency)
        .channel(Channel.ONLINE)
        .received(received)
        .due(received.plusDays(10))
        .finished(received.plusDays(i % 3 == 0 ? 12 : 2))
        .build();
  }

  @Test
  void collidingLabelsAreCountedExactlyWithBoundedProbing() {
    List<String> labels = colliding(11); // 2,048 labels, one hash
    assertThat(labels.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
    TallyAccumulator acc =
        new TallyAccumulator(Grouping.agency(), TallyScope.all(LocalDate.of(2024, 12, 31)));
    int n = 0;
    for (int round = 0; round < 3; round++) {
      for (String label : labels) {
        acc.add(dossier(n++, new String(label))); // equal, never the same instance
      }
    }
    assertThat(acc.overflowed()).isGreaterThan(0);
    Tally tally = acc.toTally();
    assertThat(tally.groups()).hasSize(labels.size());
    for (String label : labels) {
      assertThat(tally.group(label).count(DossierFlag.FINISHED)).as(label).isEqualTo(3);
    }
  }

  @Test
  void mergingAccumulatorsWithCollidingLabelsKeepsOneGroupPerLabel() {
    List<String> labels = colliding(9);
    TallyScope scope = TallyScope.all(LocalDate.of(2024, 12, 31));
    TallyAccumulator a = new TallyAccumulator(Grouping.agency(), scope);
    TallyAccumulator b = new TallyAccumulator(Grouping.agency(), scope);
    for (int i = 0; i < labels.size(); i++) {
      a.add(dossier(i, labels.get(i)));
      b.add(dossier(i, labels.get(labels.size() - 1 - i)));
    }
    Tally merged = a.merge(b).toTally();
    assertThat(merged.groups()).hasSize(labels.size());
    assertThat(merged.total().count(DossierFlag.FINISHED)).isEqualTo(2L * labels.size());
  }

  @Test
  void theGroupLimitHoldsForCollidingLabelsToo() {
    TallyAccumulator acc =
        new TallyAccumulator(Grouping.agency(), TallyScope.all(LocalDate.of(2024, 12, 31)), 100);
    List<String> labels = colliding(7);
    assertThatThrownBy(
            () -> {
              for (int i = 0; i < labels.size(); i++) {
                acc.add(dossier(i, labels.get(i)));
              }
            })
        .isInstanceOf(GroupLimitException.class)
        .hasMessageContaining("more than 100 groups by");
  }
}
