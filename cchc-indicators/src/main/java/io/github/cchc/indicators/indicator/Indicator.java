package io.github.cchc.indicators.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cchc.model.CchcParseException;
import java.util.List;

/**
 * The indicators computed from a dossier tally, each with a stable id and its Vietnamese name.
 * {@link #ON_TIME}, {@link #EARLY} and {@link #LATE} depend on the {@link Definition}; the others
 * are the same under both:
 *
 * <ul>
 *   <li>{@code fully_online}: dossiers submitted online through a fully online (toàn trình) service
 *       / every dossier, all channels;
 *   <li>{@code online_submission}: dossiers submitted online / every dossier (QĐ 766: ≥ 50%);
 *   <li>{@code online_payment}: dossiers paid online / dossiers with a fee due (no-fee dossiers
 *       excluded);
 *   <li>{@code result_digitised}: finished dossiers with a digitised result / finished dossiers;
 *   <li>{@code input_digitised}: dossiers with digitised input / every dossier (QĐ 766: ≥ 80%).
 * </ul>
 *
 * <pre>{@code
 * Indicator.parse("on_time").vietnamese();  // "Tỷ lệ hồ sơ giải quyết đúng hạn"
 * }</pre>
 */
public enum Indicator {
  /** Đúng hạn: early plus on time. */
  ON_TIME("on_time", "Tỷ lệ hồ sơ giải quyết đúng hạn"),
  /** Trước hạn. */
  EARLY("early", "Tỷ lệ hồ sơ giải quyết trước hạn"),
  /** Quá hạn. */
  LATE("late", "Tỷ lệ hồ sơ giải quyết quá hạn"),
  /** Trực tuyến toàn trình. */
  FULLY_ONLINE("fully_online", "Tỷ lệ hồ sơ trực tuyến toàn trình"),
  /** Thanh toán trực tuyến. */
  ONLINE_PAYMENT("online_payment", "Tỷ lệ hồ sơ thanh toán trực tuyến"),
  /** Số hóa kết quả. */
  RESULT_DIGITISED("result_digitised", "Tỷ lệ kết quả giải quyết được số hóa"),
  /** Nộp trực tuyến. */
  ONLINE_SUBMISSION("online_submission", "Tỷ lệ hồ sơ nộp trực tuyến"),
  /** Số hóa hồ sơ. */
  INPUT_DIGITISED("input_digitised", "Tỷ lệ hồ sơ được số hóa");

  /** The six indicators of the provincial targets, in the order reports list them. */
  public static final List<Indicator> CORE =
      List.of(ON_TIME, EARLY, LATE, FULLY_ONLINE, ONLINE_PAYMENT, RESULT_DIGITISED);

  private final String id;
  private final String vietnamese;

  Indicator(String id, String vietnamese) {
    this.id = id;
    this.vietnamese = vietnamese;
  }

  /** Returns the stable id ("on_time"), used in files and in targets. */
  @JsonValue
  public String id() {
    return id;
  }

  /** Returns the Vietnamese name ("Tỷ lệ hồ sơ giải quyết đúng hạn"). */
  public String vietnamese() {
    return vietnamese;
  }

  /**
   * Parses an id ("on_time") or a constant name ("ON_TIME").
   *
   * @param text the id
   * @return the indicator
   * @throws CchcParseException if the text names no indicator
   */
  @JsonCreator
  public static Indicator parse(CharSequence text) {
    String s = text.toString().strip();
    for (Indicator i : values()) {
      if (i.id.equals(s) || i.name().equals(s)) {
        return i;
      }
    }
    throw new CchcParseException(text, 0, "unknown indicator id");
  }
}
