package io.github.cchc.indicators.io;

import java.util.HashSet;
import java.util.Set;

/**
 * Tells whether the id of an accepted row was already accepted on an earlier line. Either all ids
 * in memory ({@link #inMemory(long)}), or only the ids of the candidate lines a first pass found
 * with {@link SpilledIdIndex} ({@link #ofCandidates(long[])}): every other line's id is unique in
 * the file, so memory stays proportional to the repeated ids, not to the rows.
 */
abstract class DuplicateFilter {
  /** Returns whether {@code id}, on {@code line} (lines come in increasing order), is new. */
  abstract boolean firstSeen(String id, long line);

  /** The check in memory, sized for about {@code expectedRows} ids. */
  static InMemory inMemory(long expectedRows) {
    return new InMemory(new IdSet(expectedRows), Set.of());
  }

  /**
   * The check in memory of a part of a file read in parts: the ids of {@code seenBefore} were
   * accepted in the parts before it, so each of their rows in this part is a duplicate.
   */
  static InMemory inMemory(long expectedRows, Set<String> seenBefore) {
    return new InMemory(new IdSet(expectedRows), seenBefore);
  }

  /**
   * The check in memory of the part after {@code before}'s, hashing as it does so that the ids of
   * both are compared by {@link IdSet#forEachAlsoIn}.
   */
  static InMemory inMemoryAfter(InMemory before, long expectedRows) {
    return new InMemory(before.ids.sibling(expectedRows), Set.of());
  }

  /** Every id in memory, in an {@link IdSet}. */
  static final class InMemory extends DuplicateFilter {
    final IdSet ids;
    private final Set<String> seenBefore;

    private InMemory(IdSet ids, Set<String> seenBefore) {
      this.ids = ids;
      this.seenBefore = seenBefore;
    }

    @Override
    boolean firstSeen(String id, long line) {
      return (seenBefore.isEmpty() || !seenBefore.contains(id)) && ids.add(id);
    }
  }

  static DuplicateFilter ofCandidates(long[] sortedLines) {
    return new DuplicateFilter() {
      private final Set<String> seen = new HashSet<>();
      private int next;

      @Override
      boolean firstSeen(String id, long line) {
        while (next < sortedLines.length && sortedLines[next] < line) {
          next++;
        }
        if (next < sortedLines.length && sortedLines[next] == line) {
          return seen.add(id);
        }
        return true;
      }
    };
  }
}
