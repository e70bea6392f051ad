package io.github.cchc.indicators.io;

/**
 * The ids seen so far, as 64-bit hashes in an open-addressing table: 8 to 16 bytes per row instead
 * of a String each. Two different ids collide with probability about n²/2⁶⁵ (under 10⁻⁵ for 20
 * million rows), which would report a false duplicate, never miss a real one.
 */
final class IdSet {
  private long[] table;
  private int size;
  private boolean zeroSeen;

  IdSet() {
    this(0);
  }

  /** A set sized for about {@code expected} ids, so that it does not grow while they come. */
  IdSet(long expected) {
    int capacity = 1 << 12;
    while (capacity < (1 << 30) && capacity * 3L / 4 < expected) {
      capacity <<= 1;
    }
    table = new long[capacity];
  }

  /** Adds the id; returns false if it was already there. */
  boolean add(String id) {
    long h = hash(id);
    if (h == 0) {
      if (zeroSeen) {
        return false;
      }
      zeroSeen = true;
      return true;
    }
    int mask = table.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (true) {
      long v = table[i];
      if (v == 0) {
        table[i] = h;
        if (++size * 4 > table.length * 3) {
          grow();
        }
        return true;
      }
      if (v == h) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = table.length - 1;
    for (long h : old) {
      if (h != 0) {
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = h;
      }
    }
  }

  static long hash(String s) {
    long h = 0x9E3779B97F4A7C15L ^ s.length();
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001B3L;
      h ^= h >>> 29;
    }
    return finish(h);
  }

  /** The same hash as {@link #hash(String)} of the characters {@code b[off, off + len)}. */
  static long hash(char[] b, int off, int len) {
    long h = 0x9E3779B97F4A7C15L ^ len;
    for (int i = off; i < off + len; i++) {
      h = (h ^ b[i]) * 0x100000001B3L;
      h ^= h >>> 29;
    }
    return finish(h);
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return h;
  }
}
