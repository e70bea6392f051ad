package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link IdSet#contains} and {@link IdSet#forEach}, which the read in two halves relies on. */
class IdSetTest {
  @Test
  void givesBackEveryIdItHoldsOnceAndTellsWhichItHolds() {
    IdSet ids = new IdSet();
    Set<String> added = new HashSet<>();
    // Latin-1 ids and ids with Vietnamese letters (two bytes a character), over several chunks
    for (int i = 0; i < 120_000; i++) {
      String id = (i % 3 == 0 ? "Hồ-sơ-" : "H10.22-240101-") + i;
      assertThat(ids.add(id)).isEqualTo(added.add(id));
      if (i % 10 == 0) {
        assertThat(ids.add(id)).isFalse();
      }
    }
    Set<String> given = new HashSet<>();
    ids.forEach(id -> assertThat(given.add(id)).as(id).isTrue());
    assertThat(given).isEqualTo(added);
    assertThat(ids.contains("H10.22-240101-1")).isTrue();
    assertThat(ids.contains("Hồ-sơ-3")).isTrue();
    assertThat(ids.contains("Hồ-sơ-1")).isFalse(); // 1 was stored as a Latin-1 id
    assertThat(ids.contains("H10.22-240101-120000")).isFalse();
    assertThat(ids.contains("")).isFalse();
  }
}
