package io.github.cchc.model.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cchc.model.CchcParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Objects;

/**
 * An exact ratio of two integers, such as the number of dossiers settled on time over the number of
 * dossiers settled: {@code 635593/643272}.
 *
 * <p>The numerator and the denominator are kept as given (a ratio of counts keeps its counts), so
 * {@link #equals(Object)} compares both; {@link #compareTo(Ratio)} compares the values exactly, so
 * {@code 1/2} and {@code 2/4} compare as equal but are not {@code equals}, as with {@link
 * BigDecimal} and its scale. The denominator is always positive.
 *
 * <pre>{@code
 * Ratio onTime = Ratio.of(635_593, 643_272);
 * onTime.toString();                                  // "635593/643272"
 * onTime.toPercentage().format(2, RoundingMode.HALF_UP); // "98,81%"
 * Ratio.parse("1/3").compareTo(Ratio.of(1, 3)) == 0; // true
 * }</pre>
 */
public final class Ratio implements Comparable<Ratio> {
  /** The ratio {@code 0/1}. */
  public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

  /** The ratio {@code 1/1}. */
  public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Ratio(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the ratio {@code numerator/denominator}, kept as given.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero; a negative denominator moves its sign to the
   *     numerator
   * @return the ratio
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Ratio of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns the ratio {@code numerator/denominator}, kept as given.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero; a negative denominator moves its sign to the
   *     numerator
   * @return the ratio
   * @throws ArithmeticException if {@code denominator} is zero
   */
  public static Ratio of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero: " + numerator + "/0");
    }
    if (denominator.signum() < 0) {
      return new Ratio(numerator.negate(), denominator.negate());
    }
    return new Ratio(numerator, denominator);
  }

  /**
   * Returns the exact value of a decimal as a ratio: {@code 0.985} is {@code 985/1000}.
   *
   * @param value the decimal
   * @return the ratio, with a power of ten as denominator
   */
  public static Ratio of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (value.scale() <= 0) {
      return new Ratio(value.toBigIntegerExact(), BigInteger.ONE);
    }
    return new Ratio(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /**
   * Parses {@code "635593/643272"} (or a plain integer {@code "3"}, which is {@code 3/1}). Spaces
   * around the slash are allowed.
   *
   * @param text the text
   * @return the ratio
   * @throws CchcParseException if the text is not a ratio of integers or the denominator is zero
   */
  @JsonCreator
  public static Ratio parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    int slash = s.indexOf('/');
    String num = slash < 0 ? s : s.substring(0, slash).strip();
    String den = slash < 0 ? "1" : s.substring(slash + 1).strip();
    BigInteger n = integer(text, num, 0);
    BigInteger d = integer(text, den, slash + 1);
    if (d.signum() == 0) {
      throw new CchcParseException(text, slash + 1, "denominator is zero");
    }
    return of(n, d);
  }

  private static BigInteger integer(CharSequence input, String digits, int index) {
    if (!digits.matches("[+-]?\\d+")) {
      throw new CchcParseException(input, index, "integer expected, found \"" + digits + "\"");
    }
    return new BigInteger(digits);
  }

  /** Returns the numerator, as given. */
  public BigInteger numerator() {
    return numerator;
  }

  /** Returns the denominator, as given (always positive). */
  public BigInteger denominator() {
    return denominator;
  }

  /** Returns -1, 0 or 1 as this ratio is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /**
   * Returns this ratio in lowest terms: {@code 2/4} becomes {@code 1/2}.
   *
   * @return the reduced ratio
   */
  public Ratio reduced() {
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) {
      return this;
    }
    return new Ratio(numerator.divide(gcd), denominator.divide(gcd));
  }

  /**
   * Returns {@code this + other}, exactly (reduced).
   *
   * @param other the other ratio
   * @return the sum
   */
  public Ratio plus(Ratio other) {
    return new Ratio(
            numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
            denominator.multiply(other.denominator))
        .reduced();
  }

  /**
   * Returns {@code this - other}, exactly (reduced).
   *
   * @param other the other ratio
   * @return the difference
   */
  public Ratio minus(Ratio other) {
    return plus(other.negated());
  }

  /**
   * Returns {@code this * other}, exactly (reduced).
   *
   * @param other the other ratio
   * @return the product
   */
  public Ratio multipliedBy(Ratio other) {
    return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator))
        .reduced();
  }

  /** Returns {@code -this}. */
  public Ratio negated() {
    return new Ratio(numerator.negate(), denominator);
  }

  /**
   * Returns this ratio as a percentage: {@code 1/2} is 50%.
   *
   * @return the percentage, exact
   */
  public Percentage toPercentage() {
    return Percentage.ofFraction(this);
  }

  /**
   * Returns the value rounded to {@code scale} decimals with the named rounding mode.
   *
   * @param scale the number of decimals
   * @param mode how to round
   * @return the rounded value
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
  }

  /**
   * Returns the exact decimal value if it has a finite decimal expansion ({@code 1/8} is {@code
   * 0.125}).
   *
   * @return the exact value
   * @throws ArithmeticException if the expansion does not terminate ({@code 1/3})
   */
  public BigDecimal toBigDecimalExact() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator));
  }

  /** Returns whether the decimal expansion of this ratio terminates. */
  public boolean hasTerminatingDecimal() {
    BigInteger d = reduced().denominator;
    d = strip(d, BigInteger.TWO);
    d = strip(d, BigInteger.valueOf(5));
    return d.equals(BigInteger.ONE);
  }

  private static BigInteger strip(BigInteger d, BigInteger factor) {
    while (d.mod(factor).signum() == 0) {
      d = d.divide(factor);
    }
    return d;
  }

  /**
   * Compares the values exactly (cross-multiplication; no rounding).
   *
   * @param other the other ratio
   * @return negative, zero or positive as this value is less than, equal to or greater than the
   *     other's
   */
  @Override
  public int compareTo(Ratio other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Equal when numerator and denominator are both equal, as given (see the class comment). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ratio r
        && numerator.equals(r.numerator)
        && denominator.equals(r.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** Returns {@code "numerator/denominator"}, which {@link #parse(CharSequence)} reads back. */
  @JsonValue
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
