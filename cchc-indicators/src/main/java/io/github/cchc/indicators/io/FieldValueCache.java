package io.github.cchc.indicators.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the texts of one column were converted to (a shared name, an enum constant, a flag, or the
 * error of a bad text), looked up straight from the characters of a CSV field: exports repeat a few
 * thousand distinct agencies, procedures and values over millions of rows, so the text of a
 * repeated value is neither copied into a string nor converted again. Open addressing on a hash of
 * the length and four sampled characters (bounded work per field; the full comparison, vectorised
 * by {@link Arrays#equals(char[], int, int, char[], int, int)}, settles equal hashes); bounded:
 * once full it stops learning and misses.
 */
final class FieldValueCache {
  private static final int LIMIT = 1 << 15;

  private char[][] keys = new char[64][];
  private Object[] values = new Object[64];
  private int[] hashes = new int[64];
  private int size;

  /** Returns the value stored for the characters {@code b[off, off + len)}, or null. */
  @Nullable Object get(char[] b, int off, int len) {
    int h = hash(b, off, len);
    char[][] ks = keys;
    int mask = ks.length - 1;
    int i = spread(h) & mask;
    while (true) {
      char[] k = ks[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && Arrays.equals(k, 0, k.length, b, off, off + len)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  /** Stores {@code value} for {@code key} unless the cache is full. */
  void put(String key, Object value) {
    if (size >= LIMIT) {
      return;
    }
    if ((size + 1) * 2 > keys.length) {
      char[][] oldKeys = keys;
      Object[] oldValues = values;
      keys = new char[oldKeys.length * 2][];
      values = new Object[oldKeys.length * 2];
      hashes = new int[oldKeys.length * 2];
      size = 0;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          insert(oldKeys[j], oldValues[j]);
        }
      }
    }
    insert(key.toCharArray(), value);
  }

  private void insert(char[] key, Object value) {
    int h = hash(key, 0, key.length);
    int mask = keys.length - 1;
    int i = spread(h) & mask;
    while (keys[i] != null) {
      if (hashes[i] == h && Arrays.equals(keys[i], key)) {
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    hashes[i] = h;
    size++;
  }

  /**
   * The length and four characters — first, middle, last two — combined without a chain of
   * multiplications: a few cycles a field; texts that share them are told apart by the comparison.
   */
  static int hash(char[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    int last = off + len - 1;
    int h =
        len
            ^ b[off] << 6
            ^ b[off + (len >>> 1)] << 11
            ^ b[Math.max(off, last - 1)] << 16
            ^ b[last] << 21;
    return h * 0x9E3779B9;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
