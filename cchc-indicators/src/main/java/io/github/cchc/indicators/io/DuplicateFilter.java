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
  static DuplicateFilter inMemory(long expectedRows) {
    IdSet ids = new IdSet(expectedRows);
    return new DuplicateFilter() {
      @Override
      boolean firstSeen(String id, long line) {
        return ids.add(id);
      }
    };
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
