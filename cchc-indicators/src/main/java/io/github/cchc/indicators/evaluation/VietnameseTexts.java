package io.github.cchc.indicators.evaluation;

import io.github.cchc.indicators.indicator.Indicator;
import io.github.cchc.model.plan.Comparison;
import io.github.cchc.model.quantity.Percentage;
import io.github.cchc.model.text.VietnameseDates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The texts for people of the evaluation package in Vietnamese, the default language; the English
 * texts stay beside the code that computes them and are given for {@link Locale#ENGLISH}.
 */
final class VietnameseTexts {
  private VietnameseTexts() {}

  /**
   * Whether {@code locale} asks for English (any English locale); every other one is Vietnamese.
   */
  static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /** The verdict as a report says it. */
  static String verdict(Verdict v) {
    switch (v) {
      case MET:
        return "đạt";
      case NOT_MET:
        return "không đạt";
      default:
        return "chưa đánh giá được";
    }
  }

  /** The reason of {@code e} in Vietnamese, from what the evaluation holds. */
  static String reason(TargetEvaluation e) {
    if (e.value().denominator() == 0) {
      return "chưa có hồ sơ để đo";
    }
    if (e.verdict() != Verdict.NOT_YET) {
      return "kỳ " + e.period() + " đã kết thúc";
    }
    String r = e.reason();
    String end = r.substring(r.lastIndexOf(' ') + 1);
    try {
      return "kỳ " + e.period() + " kết thúc ngày " + VietnameseDates.format(LocalDate.parse(end));
    } catch (DateTimeParseException notADate) {
      return "kỳ " + e.period() + " chưa kết thúc";
    }
  }

  /**
   * One line for people about {@code e}, the Vietnamese form of {@link TargetEvaluation#describe}.
   */
  static String describe(TargetEvaluation e) {
    StringBuilder sb = new StringBuilder();
    sb.append(e.value().indicator().id()).append(' ');
    sb.append(e.actual().map(a -> a.format(2)).orElse("—"));
    sb.append(" (").append(e.value().numerator()).append('/').append(e.value().denominator());
    sb.append(", ").append(e.value().definition().id()).append(") ");
    sb.append(e.target().comparator().symbol()).append(' ');
    sb.append(e.target().threshold().orElseThrow()).append(": ").append(verdict(e.verdict()));
    sb.append(" (").append(reason(e)).append(')');
    e.gap()
        .ifPresent(
            g ->
                sb.append(", chênh lệch ")
                    .append(g.signum() >= 0 ? "+" : "")
                    .append(
                        g.toBigDecimal(2, Percentage.DISPLAY_ROUNDING)
                            .toPlainString()
                            .replace('.', ','))
                    .append(" điểm phần trăm"));
    boolean upper =
        e.target().comparator() == Comparison.LT || e.target().comparator() == Comparison.LE;
    String in = words(e.value().indicator(), true);
    String out = words(e.value().indicator(), false);
    e.remainingBudget()
        .ifPresent(
            b ->
                sb.append(", thêm tối đa ")
                    .append(b)
                    .append(' ')
                    .append(upper ? in : out)
                    .append(" vẫn đạt"));
    e.needed()
        .ifPresent(n -> sb.append(", cần thêm ").append(n).append(' ').append(upper ? out : in));
    e.projection()
        .ifPresent(
            p ->
                sb.append(", dự báo ")
                    .append(p.percentage().format(2))
                    .append(" (")
                    .append(p.numerator())
                    .append('/')
                    .append(p.denominator())
                    .append(") ")
                    .append(verdict(p.verdict())));
    e.projection().filter(p -> p.remaining() > 0).ifPresent(p -> sb.append(rest(p, upper, in)));
    return sb.toString();
  }

  private static String rest(Projection p, boolean upper, String in) {
    long r = p.remaining();
    if (p.neededOfRemaining().isEmpty()) {
      return "; với nhịp độ này, dù cả " + r + " hồ sơ còn dự kiến cũng không thể đạt";
    }
    long n = p.neededOfRemaining().getAsLong();
    if (upper ? n == r : n == 0) {
      return "; đạt bất kể " + r + " hồ sơ còn dự kiến thế nào";
    }
    return "; trong "
        + r
        + " hồ sơ còn dự kiến, "
        + (upper ? "nhiều nhất " : "ít nhất ")
        + n
        + " ("
        + p.neededShareOfRemaining().orElseThrow().format(2)
        + ") "
        + (upper ? "được là " : "phải là ")
        + in;
  }

  /** What a dossier in ({@code true}) or out of the numerator of {@code i} is called. */
  private static String words(Indicator i, boolean inNumerator) {
    switch (i) {
      case ON_TIME:
        return inNumerator ? "hồ sơ đúng hạn" : "hồ sơ quá hạn";
      case EARLY:
        return inNumerator ? "hồ sơ trước hạn" : "hồ sơ không trước hạn";
      case LATE:
        return inNumerator ? "hồ sơ quá hạn" : "hồ sơ đúng hạn";
      case FULLY_ONLINE:
        return inNumerator ? "hồ sơ trực tuyến toàn trình" : "hồ sơ không trực tuyến toàn trình";
      case ONLINE_SUBMISSION:
        return inNumerator ? "hồ sơ nộp trực tuyến" : "hồ sơ không nộp trực tuyến";
      case ONLINE_PAYMENT:
        return inNumerator ? "hồ sơ thanh toán trực tuyến" : "hồ sơ không thanh toán trực tuyến";
      case RESULT_DIGITISED:
        return inNumerator ? "kết quả được số hóa" : "kết quả chưa được số hóa";
      default:
        return inNumerator ? "hồ sơ được số hóa" : "hồ sơ chưa được số hóa";
    }
  }
}
