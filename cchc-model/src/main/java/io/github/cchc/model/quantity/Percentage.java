package io.github.cchc.model.quantity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cchc.model.CchcParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact percentage, such as a target threshold ("trên 98%") or an indicator value ("98,81%").
 *
 * <p>The value is held as an exact {@link Ratio} of percentage points, never as a {@code double}:
 * {@code 97,995%} is {@code 97995/1000} and a rate of {@code 2/3} is exactly {@code 200/3}%.
 * Comparisons are exact. Rounding happens only in {@link #format(int, RoundingMode)}, with the
 * rounding mode named by the caller; so {@code 97,995%} prints as {@code "98,0%"} with one decimal
 * yet is less than {@code 98%} and does not meet "từ 98% trở lên".
 *
 * <p>The text form is Vietnamese: a decimal comma and the percent sign attached ({@code "98,5%"}).
 * {@link #toString()} is exact and {@link #parse(CharSequence)} reads it back; a value without a
 * finite decimal expansion prints as a fraction of percentage points ({@code "200/3%"}). Two
 * percentages are {@link #equals(Object) equal} when their values are equal ({@code 98,50%} equals
 * {@code 98,5%}).
 *
 * <pre>{@code
 * Percentage p = Percentage.parse("97,995%");
 * p.format(1, RoundingMode.HALF_UP);       // "98,0%"
 * p.compareTo(Percentage.of(98)) < 0;      // true
 * Ratio.of(635_593, 643_272).toPercentage().format(2, RoundingMode.DOWN); // "98,80%"
 * }</pre>
 */
public final class Percentage implements Comparable<Percentage> {
  /**
   * The one rounding rule of every figure this library shows people — the command line, the
   * evaluation texts and every report format: half up ({@code 59,995%} shows "60,00%", {@code
   * 2,335%} "2,34%"). Verdicts never use it: they compare exact values.
   */
  public static final RoundingMode DISPLAY_ROUNDING = RoundingMode.HALF_UP;

  /** 0%. */
  public static final Percentage ZERO = new Percentage(Ratio.ZERO);

  /** 100%. */
  public static final Percentage ONE_HUNDRED = new Percentage(Ratio.of(100, 1));

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final Pattern DECIMAL = Pattern.compile("([+-]?\\d+)(?:[,.](\\d+))?\\s?%");
  private static final Pattern FRACTION = Pattern.compile("([+-]?\\d+)/(\\d+)\\s?%");

  /** Percentage points, reduced. */
  private final Ratio points;

  private Percentage(Ratio points) {
    this.points = points.reduced();
  }

  /**
   * Returns {@code percent}%.
   *
   * @param percent the percentage points, e.g. {@code 98}
   * @return the percentage
   */
  public static Percentage of(long percent) {
    return new Percentage(Ratio.of(percent, 1));
  }

  /**
   * Returns {@code percent}%, exactly.
   *
   * @param percent the percentage points, e.g. {@code 98.5}
   * @return the percentage
   */
  public static Percentage of(BigDecimal percent) {
    return new Percentage(Ratio.of(percent));
  }

  /**
   * Returns the percentage of percentage points {@code points}: {@code Ratio.of(200, 3)} is
   * 66,66…%.
   *
   * @param points the exact percentage points
   * @return the percentage
   */
  public static Percentage ofPoints(Ratio points) {
    return new Percentage(points);
  }

  /**
   * Returns the percentage of a fraction: {@code Ratio.of(1, 2)} is 50%.
   *
   * @param fraction the fraction (1 is 100%)
   * @return the percentage
   */
  public static Percentage ofFraction(Ratio fraction) {
    return new Percentage(Ratio.of(fraction.numerator().multiply(HUNDRED), fraction.denominator()));
  }

  /**
   * Parses a percentage written the Vietnamese way, {@code "98,5%"}; a decimal point ({@code
   * "98.5%"}), a space before the sign ({@code "98,5 %"}) and the exact fraction form of {@link
   * #toString()} ({@code "200/3%"}) are accepted too. The input is NFC-normalised and stripped.
   *
   * @param text the text
   * @return the percentage
   * @throws CchcParseException if the text is not a percentage
   */
  @JsonCreator
  public static Percentage parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    Matcher m = DECIMAL.matcher(s);
    if (m.matches()) {
      String digits = m.group(1) + (m.group(2) == null ? "" : "." + m.group(2));
      return of(new BigDecimal(digits));
    }
    Matcher f = FRACTION.matcher(s);
    if (f.matches()) {
      BigInteger d = new BigInteger(f.group(2));
      if (d.signum() == 0) {
        throw new CchcParseException(text, f.start(2), "denominator is zero");
      }
      return ofPoints(Ratio.of(new BigInteger(f.group(1)), d));
    }
    int at = 0;
    while (at < s.length()
        && (Character.isDigit(s.charAt(at)) || "+-,. ".indexOf(s.charAt(at)) >= 0)) {
      at++;
    }
    throw new CchcParseException(
        text,
        Math.min(at, text.length()),
        s.indexOf('%') < 0
            ? "percent sign '%' expected"
            : "a number such as 98,5 expected before '%'");
  }

  /** Returns the exact value in percentage points ({@code 98,5%} is {@code 197/2}). */
  public Ratio points() {
    return points;
  }

  /** Returns the exact value as a fraction of one ({@code 98,5%} is {@code 197/200}). */
  public Ratio toFraction() {
    return Ratio.of(points.numerator(), points.denominator().multiply(HUNDRED)).reduced();
  }

  /**
   * Returns the percentage points rounded to {@code scale} decimals with the named rounding mode.
   *
   * @param scale decimals to keep
   * @param mode how to round
   * @return the rounded percentage points
   */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    return points.toBigDecimal(scale, mode);
  }

  /**
   * Formats with exactly {@code fractionDigits} decimals, rounded with {@code mode}, Vietnamese
   * style: {@code "98,0%"}. This is the only place where a percentage is rounded.
   *
   * @param fractionDigits decimals to print (0 or more)
   * @param mode how to round, named by the caller
   * @return the text, e.g. {@code "98,81%"}
   */
  public String format(int fractionDigits, RoundingMode mode) {
    if (fractionDigits < 0) {
      throw new IllegalArgumentException("fractionDigits < 0: " + fractionDigits);
    }
    return vietnamese(points.toBigDecimal(fractionDigits, mode).toPlainString()) + "%";
  }

  /**
   * Formats with exactly {@code fractionDigits} decimals, rounded the way every figure for people
   * is ({@link #DISPLAY_ROUNDING}): {@code "98,81%"}.
   *
   * @param fractionDigits decimals to print (0 or more)
   * @return the text
   */
  public String format(int fractionDigits) {
    return format(fractionDigits, DISPLAY_ROUNDING);
  }

  /**
   * Returns the exact text: {@code "98,5%"}, {@code "100%"}, or {@code "200/3%"} when the decimal
   * expansion does not terminate. {@link #parse(CharSequence)} reads it back to an equal value.
   */
  @JsonValue
  @Override
  public String toString() {
    if (points.hasTerminatingDecimal()) {
      BigDecimal exact = points.toBigDecimalExact().stripTrailingZeros();
      if (exact.scale() < 0) {
        exact = exact.setScale(0);
      }
      return vietnamese(exact.toPlainString()) + "%";
    }
    return points + "%";
  }

  private static String vietnamese(String plain) {
    return plain.replace('.', ',');
  }

  /**
   * Compares exactly, without rounding.
   *
   * @param other the other percentage
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Percentage other) {
    return points.compareTo(other.points);
  }

  /** Equal when the values are equal ({@code 98,50%} equals {@code 98,5%}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Percentage p && points.equals(p.points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }
}
