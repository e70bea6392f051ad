package io.github.cchc.indicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link IdSet#add} and {@link IdSet#forEachAlsoIn}, which the read in two halves relies on: the
 * ids of the second half that the first holds too are exactly the ids both hold.
 */
class IdSetTest {
  @Test
  void givesBackEveryIdItHoldsOnce() {
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
    assertThat(ids.size()).isEqualTo(added.size());
    Set<String> given = new HashSet<>();
    ids.forEachAlsoIn(ids, id -> assertThat(given.add(id)).as(id).isTrue());
    assertThat(given).isEqualTo(added);
  }

  @Test
  void theIdsBothSiblingsHoldAreTheirIntersection() {
    qt().forAll(
            lists()
                .of(strings().betweenCodePoints('0', '3').ofLengthBetween(0, 4))
                .ofSizeBetween(0, 300),
            lists()
                .of(strings().betweenCodePoints('0', '3').ofLengthBetween(0, 4))
                .ofSizeBetween(0, 300),
            integers().between(0, 2))
        .checkAssert(
            (a, b, letters) -> {
              List<String> first = vietnamese(a, letters);
              List<String> second = vietnamese(b, letters);
              IdSet before = new IdSet(first.size());
              first.forEach(before::add);
              IdSet after = before.sibling(second.size());
              second.forEach(after::add);
              List<String> given = new ArrayList<>();
              after.forEachAlsoIn(before, given::add);
              Set<String> expected = new HashSet<>(first);
              expected.retainAll(new HashSet<>(second));
              assertThat(given).doesNotHaveDuplicates();
              assertThat(new HashSet<>(given)).isEqualTo(expected);
            });
  }

  /** Some ids with a Vietnamese letter (two bytes a character in the arena), some without. */
  private static List<String> vietnamese(List<String> ids, int letters) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      out.add(letters == 0 || i % (letters + 1) != 0 ? id : id.replace('1', 'ơ'));
    }
    return out;
  }

  @Test
  void idsWhoseHashesAllCollideAreStillToldApart() {
    IdSet before = new IdSet();
    IdSet after = before.sibling(0);
    for (String id : List.of("A", "B", "Ă", "AB", "")) {
      before.addWithHash(id, 42);
    }
    for (String id : List.of("Ă", "C", "AB", "BA", "A\u0000")) {
      after.addWithHash(id, 42);
    }
    Set<String> given = new HashSet<>();
    after.forEachAlsoIn(before, given::add);
    assertThat(given).containsExactlyInAnyOrder("Ă", "AB");
  }

  @Test
  void aSetThatHashesOtherwiseIsRefused() {
    assertThatThrownBy(() -> new IdSet().forEachAlsoIn(new IdSet(), id -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
