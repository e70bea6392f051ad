package io.github.cchc.indicators.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Finds, in bounded memory, the lines whose id may repeat another line's id: each (id hash, line)
 * pair goes to one of {@code 2^k} temporary partition files by the top bits of the hash; then each
 * partition is read back alone, sorted, and the lines of every run of equal hashes are candidates.
 * Memory: the stream buffers plus one partition (8 bytes a row of it). A candidate is not yet a
 * duplicate: hashes of different ids may be equal, so the caller checks the ids of the candidates —
 * a few among millions — exactly.
 */
final class SpilledIdIndex implements Closeable {
  private static final int BUFFER = 1 << 15;

  private final Path dir;
  private final int bits;
  private final DataOutputStream[] outs;
  private final long[] sizes;
  private boolean closed;

  /**
   * Creates an empty index in a new directory under {@code tempDir}.
   *
   * @param tempDir where to create the partition files
   * @param expectedRows about how many rows will be added, to size the partitions
   */
  SpilledIdIndex(Path tempDir, long expectedRows) throws IOException {
    // partitions of at most about 2 M rows (16 MB), at least 64 of them
    int k = 6;
    while ((expectedRows >> k) > (1 << 21) && k < 16) {
      k++;
    }
    this.bits = k;
    this.outs = new DataOutputStream[1 << k];
    this.sizes = new long[1 << k];
    this.dir = Files.createTempDirectory(tempDir, "cchc-ids-");
  }

  /** Adds the hash of the id on {@code line}, which must be below 2^32. */
  void add(long hash, long line) throws IOException {
    if (line >>> 32 != 0) {
      throw new IOException("more than 4294967295 lines: the duplicate check cannot index them");
    }
    int p = (int) (hash >>> (64 - bits));
    DataOutputStream out = outs[p];
    if (out == null) {
      out =
          new DataOutputStream(
              new BufferedOutputStream(Files.newOutputStream(partition(p)), BUFFER));
      outs[p] = out;
    }
    // the low 32 bits of the hash (independent of the partition's top bits), then the line:
    // sorting the longs puts equal hashes together
    out.writeLong(hash << 32 | line);
    sizes[p]++;
  }

  /** Returns the candidate lines, sorted: every line whose hash equals another line's hash. */
  long[] candidates() throws IOException {
    for (DataOutputStream out : outs) {
      if (out != null) {
        out.close();
      }
    }
    long[] found = new long[16];
    int n = 0;
    for (int p = 0; p < outs.length; p++) {
      if (outs[p] == null) {
        continue;
      }
      Path file = partition(p);
      long[] pairs = new long[Math.toIntExact(sizes[p])];
      ByteBuffer.wrap(Files.readAllBytes(file)).asLongBuffer().get(pairs);
      Files.delete(file);
      Arrays.sort(pairs);
      for (int i = 0; i < pairs.length; ) {
        int j = i + 1;
        while (j < pairs.length && pairs[j] >>> 32 == pairs[i] >>> 32) {
          j++;
        }
        if (j - i > 1) {
          for (int m = i; m < j; m++) {
            if (n == found.length) {
              found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = pairs[m] & 0xFFFFFFFFL;
          }
        }
        i = j;
      }
    }
    long[] lines = Arrays.copyOf(found, n);
    Arrays.sort(lines);
    return lines;
  }

  private Path partition(int p) {
    return dir.resolve(p + ".bin");
  }

  /** Deletes the partition files and their directory. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    for (DataOutputStream out : outs) {
      if (out != null) {
        try {
          out.close();
        } catch (IOException e) {
          // closing after a failure: the files are deleted below
        }
      }
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(SpilledIdIndex::delete);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
