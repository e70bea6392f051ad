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
 *
 * <p>Texts of one shape (same length and sampled characters, such as "P000123-xxxxxxxx") would all
 * share a hash: the first probe sequence longer than {@link #MAX_PROBE} switches the cache to a
 * hash of every character with a seed of its own, which input cannot aim at; no lookup or insertion
 * ever probes more than {@link #MAX_PROBE} slots (a text that finds none free is not cached), so
 * the work per field stays bounded whatever the input.
 */
final class FieldValueCache {
  private static final int LIMIT = 1 << 15;

  /** The most slots one lookup or insertion looks at. */
  static final int MAX_PROBE = 64;

  private static final java.util.concurrent.atomic.AtomicLong SEEDS =
      new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

  private boolean fullHash;
  private final long seed = SEEDS.getAndAdd(0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;

  private char[][] keys = new char[64][];
  private Object[] values = new Object[64];
  private int[] hashes = new int[64];
  private int size;

  /** Returns the value stored for the characters {@code b[off, off + len)}, or null. */
  @Nullable Object get(char[] b, int off, int len) {
    int h = fullHash ? fullHash(b, off, len) : hash(b, off, len);
    char[][] ks = keys;
    int mask = ks.length - 1;
    int i = spread(h) & mask;
    for (int probe = 0; probe < MAX_PROBE; probe++) {
      char[] k = ks[i];
      if (k == null) {
        return null;
      }
      if (hashes[i] == h && Arrays.equals(k, 0, k.length, b, off, off + len)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return null;
  }

  /** Stores {@code value} for {@code key} unless the cache is full. */
  void put(String key, Object value) {
    if (size >= LIMIT) {
      return;
    }
    if ((size + 1) * 2 > keys.length) {
      rehash(keys.length * 2);
    }
    char[] k = key.toCharArray();
    if (!insert(k, value) && !fullHash) {
      fullHash = true; // one shape of text crowds the sampled hash: hash every character
      rehash(keys.length);
      insert(k, value);
    }
  }

  private void rehash(int capacity) {
    char[][] oldKeys = keys;
    Object[] oldValues = values;
    keys = new char[capacity][];
    values = new Object[capacity];
    hashes = new int[capacity];
    size = 0;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        insert(oldKeys[j], oldValues[j]);
      }
    }
  }

  /** Inserts unless present; false if no free slot is within {@link #MAX_PROBE}. */
  private boolean insert(char[] key, Object value) {
    int h = fullHash ? fullHash(key, 0, key.length) : hash(key, 0, key.length);
    int mask = keys.length - 1;
    int i = spread(h) & mask;
    for (int probe = 0; probe < MAX_PROBE; probe++) {
      if (keys[i] == null) {
        keys[i] = key;
        values[i] = value;
        hashes[i] = h;
        size++;
        return true;
      }
      if (hashes[i] == h && Arrays.equals(keys[i], key)) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /** Whether the cache hashes every character (after one shape of text crowded the samples). */
  boolean hashesEveryCharacter() {
    return fullHash;
  }

  /** A hash of every character, seeded per cache. */
  private int fullHash(char[] b, int off, int len) {
    long h = seed ^ len;
    for (int i = off; i < off + len; i++) {
      h = (h ^ b[i]) * 0x100000001B3L;
      h ^= h >>> 29;
    }
    h *= 0xFF51AFD7ED558CCDL;
    return (int) (h ^ (h >>> 32));
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
