package io.github.cchc.indicators.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids seen so far, exactly: an open-addressing table of (64-bit hash, reference) pairs over an
 * arena that holds each id once, one byte a character for ids in Latin-1 (the usual "H10.22-240101
 * -000123"), two otherwise. 21 to 43 bytes of table (the table is kept at most three quarters full
 * and grows by doubling) plus the id's length per id, instead of a String and a hash-set node each
 * (about 90 bytes). Two ids are the same only if their characters are: a hash collision costs a
 * comparison, never a false duplicate.
 */
final class IdSet {
  private static final java.util.concurrent.atomic.AtomicLong SEEDS =
      new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
  private static final int CHUNK_BITS = 20;
  private static final int CHUNK = 1 << CHUNK_BITS; // bytes of one arena chunk

  /** hash, reference, hash, reference, ...; a reference of 0 marks an empty slot. */
  private long[] table;

  private int size;
  // a seed of its own: ids made to collide under one seed do not collide under another, so no
  // input can crowd the table's probe sequences
  private final long seed;
  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] chunk = new byte[0];
  private int used;

  IdSet() {
    this(0);
  }

  /** A set sized for about {@code expected} ids, so that it does not grow while they come. */
  IdSet(long expected) {
    this(expected, SEEDS.getAndAdd(0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L);
  }

  /**
   * A set sized for about {@code expected} ids that hashes as this one does, so that {@link
   * #forEachAlsoIn} can look its ids up by the hashes stored here.
   */
  IdSet sibling(long expected) {
    return new IdSet(expected, seed);
  }

  private IdSet(long expected, long seed) {
    this.seed = seed;
    int capacity = 1 << 12;
    while (capacity < (1 << 29) && capacity * 3L / 4 < expected) {
      capacity <<= 1;
    }
    table = new long[capacity * 2];
  }

  /** Returns how many ids the set holds. */
  int size() {
    return size;
  }

  /** Adds the id; returns false if it was already there. */
  boolean add(String id) {
    return addWithHash(id, hash(id, seed));
  }

  /** Adds the id under the hash {@code h}; for tests that force collisions. */
  boolean addWithHash(String id, long h) {
    int mask = (table.length >> 1) - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (true) {
      long ref = table[2 * i + 1];
      if (ref == 0) {
        table[2 * i] = h;
        table[2 * i + 1] = store(id);
        if (++size * 4L > (table.length >> 1) * 3L) {
          grow();
        }
        return true;
      }
      if (table[2 * i] == h && equalsStored(ref, id)) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Gives each id of this set that {@code other}, a {@link #sibling}, holds too to {@code action},
   * in no particular order. Looks each up by the hash stored here and compares the stored
   * characters: no id is rebuilt or hashed again except those given.
   *
   * @throws IllegalArgumentException if {@code other} hashes differently
   */
  void forEachAlsoIn(IdSet other, java.util.function.Consumer<String> action) {
    if (other.seed != seed) {
      throw new IllegalArgumentException("not a sibling set");
    }
    long[] mine = table;
    long[] theirs = other.table;
    int mask = (theirs.length >> 1) - 1;
    for (int j = 0; j < mine.length; j += 2) {
      long ref = mine[j + 1];
      if (ref == 0) {
        continue;
      }
      long h = mine[j];
      int i = (int) (h ^ (h >>> 32)) & mask;
      while (true) {
        long theirRef = theirs[2 * i + 1];
        if (theirRef == 0) {
          break;
        }
        if (theirs[2 * i] == h && sameStored(ref, other, theirRef)) {
          action.accept(stored(ref));
          break;
        }
        i = (i + 1) & mask;
      }
    }
  }

  /**
   * Whether the id stored here at {@code ref} is the one {@code other} stores at {@code theirs}.
   */
  private boolean sameStored(long ref, IdSet other, long theirs) {
    long r = ref - 1;
    byte[] c = chunks.get((int) (r >>> CHUNK_BITS));
    int at = (int) (r & (CHUNK - 1));
    long t = theirs - 1;
    byte[] d = other.chunks.get((int) (t >>> CHUNK_BITS));
    int from = (int) (t & (CHUNK - 1));
    int header = header(c, at);
    if (header != header(d, from)) {
      return false;
    }
    // the header holds the length and whether one byte a character, which the characters decide:
    // equal ids are equal bytes
    int bytes = (header >>> 1) * ((header & 1) != 0 ? 1 : 2);
    return java.util.Arrays.equals(c, at + 4, at + 4 + bytes, d, from + 4, from + 4 + bytes);
  }

  /** The 4-byte header stored before an id: its length, shifted left once, and the Latin-1 bit. */
  private static int header(byte[] c, int at) {
    return (c[at] & 0xFF) << 24
        | (c[at + 1] & 0xFF) << 16
        | (c[at + 2] & 0xFF) << 8
        | c[at + 3] & 0xFF;
  }

  /** The id stored at {@code ref}. */
  private String stored(long ref) {
    long r = ref - 1;
    byte[] c = chunks.get((int) (r >>> CHUNK_BITS));
    int at = (int) (r & (CHUNK - 1));
    int header = header(c, at);
    int n = header >>> 1;
    if ((header & 1) != 0) {
      return new String(c, at + 4, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[n];
    for (int k = 0, p = at + 4; k < n; k++, p += 2) {
      chars[k] = (char) ((c[p] & 0xFF) << 8 | c[p + 1] & 0xFF);
    }
    return new String(chars);
  }

  /**
   * Stores {@code id} in the arena: a header of 4 bytes (length and whether one byte a character),
   * then the characters. Returns its reference: chunk index and offset, plus one.
   */
  private long store(String id) {
    int n = id.length();
    boolean latin1 = true;
    for (int k = 0; k < n && latin1; k++) {
      latin1 = id.charAt(k) < 0x100;
    }
    int bytes = 4 + (latin1 ? n : 2 * n);
    if (used + bytes > chunk.length) {
      chunk = new byte[Math.max(CHUNK, bytes)]; // a very long id gets a chunk of its own
      chunks.add(chunk);
      used = 0;
    }
    int at = used;
    int header = n << 1 | (latin1 ? 1 : 0);
    chunk[at] = (byte) (header >>> 24);
    chunk[at + 1] = (byte) (header >>> 16);
    chunk[at + 2] = (byte) (header >>> 8);
    chunk[at + 3] = (byte) header;
    int p = at + 4;
    for (int k = 0; k < n; k++) {
      char c = id.charAt(k);
      if (latin1) {
        chunk[p++] = (byte) c;
      } else {
        chunk[p++] = (byte) (c >>> 8);
        chunk[p++] = (byte) c;
      }
    }
    used = p;
    return ((long) (chunks.size() - 1) << CHUNK_BITS | at) + 1;
  }

  private boolean equalsStored(long ref, String id) {
    long r = ref - 1;
    byte[] c = chunks.get((int) (r >>> CHUNK_BITS));
    int at = (int) (r & (CHUNK - 1)); // a chunk of its own holds its id at 0
    int header = header(c, at);
    int n = header >>> 1;
    if (n != id.length()) {
      return false;
    }
    boolean latin1 = (header & 1) != 0;
    int p = at + 4;
    for (int k = 0; k < n; k++) {
      char stored;
      if (latin1) {
        stored = (char) (c[p++] & 0xFF);
      } else {
        stored = (char) ((c[p] & 0xFF) << 8 | c[p + 1] & 0xFF);
        p += 2;
      }
      if (stored != id.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    int mask = (table.length >> 1) - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        long h = old[j];
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (table[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        table[2 * i] = h;
        table[2 * i + 1] = old[j + 1];
      }
    }
  }

  /** The hash of the on-disk check: the same in both passes of a read, so without a seed. */
  static long hash(String s) {
    return hash(s, 0x9E3779B97F4A7C15L);
  }

  private static long hash(String s, long seed) {
    long h = seed ^ s.length();
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
