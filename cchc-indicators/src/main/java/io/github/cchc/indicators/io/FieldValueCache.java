package io.github.cchc.indicators.io;

import org.jspecify.annotations.Nullable;

/**
 * What the texts of one column were converted to (a shared name, an enum constant, a flag, or the
 * error of a bad text), looked up straight from the characters of a CSV field: exports repeat a few
 * thousand distinct agencies, procedures and values over millions of rows, so the text of a
 * repeated value is neither copied into a string nor converted again. Open addressing on the same
 * hash as {@link String#hashCode()}; bounded: once full it stops learning and misses.
 */
final class FieldValueCache {
  private static final int LIMIT = 1 << 15;

  private String[] keys = new String[64];
  private Object[] values = new Object[64];
  private int[] hashes = new int[64];
  private int size;

  /** Returns the value stored for the characters {@code b[off, off + len)}, or null. */
  @Nullable Object get(char[] b, int off, int len) {
    int h = hash(b, off, len);
    String[] ks = keys;
    int mask = ks.length - 1;
    int i = spread(h) & mask;
    while (true) {
      String k = ks[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && equal(k, b, off, len)) {
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
      String[] oldKeys = keys;
      Object[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      values = new Object[oldKeys.length * 2];
      hashes = new int[oldKeys.length * 2];
      size = 0;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          insert(oldKeys[j], oldValues[j]);
        }
      }
    }
    insert(key, value);
  }

  private void insert(String key, Object value) {
    int h = key.hashCode();
    int mask = keys.length - 1;
    int i = spread(h) & mask;
    while (keys[i] != null) {
      if (hashes[i] == h && keys[i].equals(key)) {
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    hashes[i] = h;
    size++;
  }

  private static int hash(char[] b, int off, int len) {
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + b[i];
    }
    return h;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private static boolean equal(String k, char[] b, int off, int len) {
    if (k.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (k.charAt(i) != b[off + i]) {
        return false;
      }
    }
    return true;
  }
}
