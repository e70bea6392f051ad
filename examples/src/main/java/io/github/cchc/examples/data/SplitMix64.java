package io.github.cchc.examples.data;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, 2014), written out so that the sample data does
 * not depend on the JDK's choice of algorithm: the same seed gives the same numbers on every JDK.
 */
final class SplitMix64 {
  private long state;

  SplitMix64(long seed) {
    this.state = seed;
  }

  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A double in [0, 1) with 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** An int in [0, bound), bound > 0 (multiply-shift, bias below 2^-31). */
  int nextInt(int bound) {
    return (int) (((nextLong() >>> 33) * bound) >>> 31);
  }

  /** An int in [from, to] inclusive. */
  int between(int from, int to) {
    return from + nextInt(to - from + 1);
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }
}
