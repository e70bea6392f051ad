package io.github.cchc.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.quantity.Percentage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A target (chỉ tiêu) of a plan: what is measured, how it is compared, the threshold, the period,
 * the scope and the sentence it was read from.
 *
 * <p>Kinds follow {@link Comparison}: a threshold target ({@code GT}, {@code GE}, {@code EQ},
 * {@code LT}, {@code LE}) has a {@link #value()} in {@link TargetUnit#PERCENT}; a {@link
 * Comparison#RANK_WITHIN} target has a value in {@link TargetUnit#RANK}; a {@link
 * Comparison#IMPROVE} target has no value but a {@link #baseYear()}. Where the measured subject is
 * recognised, {@link #indicator()} names it with the id of a known indicator: from dossiers {@code
 * on_time}, {@code early}, {@code late}, {@code fully_online}, {@code online_payment}, {@code
 * result_digitised}; from the plan's task progress {@code tasks_done}, {@code tasks_on_time}; from
 * published figures {@code procedures_published}, {@code par_index}, {@code sipas} (and other
 * indices a target names: {@code papi}, {@code pci}, {@code dti}), and for a rank target the
 * index's rank, {@code par_index_rank}. A target naming several indices ("Chỉ số PAR INDEX, SIPAS
 * ... cải thiện") lists the others in {@link #additionalIndicators()}.
 *
 * <pre>{@code
 * Target t = TargetExtractor.extract(
 *     "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho người dân, tổ chức.")
 *     .get(0);
 * t.comparator();                          // GT
 * t.value();                               // Optional[98]
 * t.indicator();                           // Optional[on_time]
 * t.isMetBy(Percentage.parse("98,81%"));  // true
 * t.isMetBy(Percentage.parse("98%"));     // false: "trên 98%"
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = TargetBuilder.class)
public abstract class Target {
  /** Indicator id: dossiers settled on time (trước hạn + đúng hạn) over dossiers settled. */
  public static final String ON_TIME = "on_time";

  /** Indicator id: dossiers settled before the due date. */
  public static final String EARLY = "early";

  /** Indicator id: dossiers settled after the due date. */
  public static final String LATE = "late";

  /** Indicator id: dossiers received online through a toàn-trình service over all dossiers. */
  public static final String FULLY_ONLINE = "fully_online";

  /** Indicator id: dossiers with a financial obligation paid online. */
  public static final String ONLINE_PAYMENT = "online_payment";

  /** Indicator id: dossiers whose result (kết quả giải quyết TTHC) is digitised. */
  public static final String RESULT_DIGITISED = "result_digitised";

  /** Indicator id: tasks of the plan done over tasks of the plan due in the period. */
  public static final String TASKS_DONE = "tasks_done";

  /** Indicator id: tasks of the plan done by their deadline over tasks due in the period. */
  public static final String TASKS_ON_TIME = "tasks_on_time";

  /**
   * Indicator id: procedures (TTHC) published (công khai) in full and on time, a published
   * percentage or a count out of the procedures to publish.
   */
  public static final String PROCEDURES_PUBLISHED = "procedures_published";

  /** Indicator id: the PAR INDEX (Chỉ số cải cách hành chính) of the unit, in points. */
  public static final String PAR_INDEX = "par_index";

  /** Indicator id: the SIPAS (Chỉ số hài lòng về sự phục vụ hành chính), in percent. */
  public static final String SIPAS = "sipas";

  /** Indicator id: the rank of the unit in the PAR INDEX, out of the units ranked. */
  public static final String PAR_INDEX_RANK = "par_index_rank";

  /** The suffix of a rank indicator id: {@code par_index} ranks as {@code par_index_rank}. */
  public static final String RANK_SUFFIX = "_rank";

  Target() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static TargetBuilder builder() {
    return new TargetBuilder();
  }

  /** Returns the source sentence, NFC-normalised, as it stands in the plan. */
  public abstract String text();

  /** Returns what is measured, in the plan's words ("hồ sơ TTHC tiếp nhận trong năm ..."). */
  public abstract String subject();

  /** Returns the id of the known indicator that measures the subject, if recognised. */
  public abstract Optional<String> indicator();

  /**
   * Returns the ids of the further indicators a target names together with {@link #indicator()}:
   * {@code sipas} for "Chỉ số PAR INDEX, SIPAS năm 2024 tiếp tục cải thiện" ({@code indicator()} is
   * {@code par_index}); empty for a target about one indicator.
   */
  public abstract List<String> additionalIndicators();

  /**
   * Returns every indicator id the target names: {@link #indicator()} then {@link
   * #additionalIndicators()}; empty when the subject is not recognised.
   *
   * @return the ids, in the order the target names them
   */
  public List<String> indicators() {
    if (indicator().isEmpty()) {
      return List.of();
    }
    List<String> all = new ArrayList<>();
    all.add(indicator().get());
    all.addAll(additionalIndicators());
    return List.copyOf(all);
  }

  /** Returns how the measured value is compared. */
  public abstract Comparison comparator();

  /** Returns the threshold as written (98 for "trên 98%", 30 for "nhóm 30 tỉnh"), if any. */
  public abstract Optional<BigDecimal> value();

  /** Returns the unit of {@link #value()}. */
  public abstract Optional<TargetUnit> unit();

  /** Returns the base year of a relative target ("so với năm 2023"). */
  public abstract OptionalInt baseYear();

  /** Returns the year the target applies to, if stated or known from the plan. */
  public abstract OptionalInt year();

  /**
   * Returns the scope ("thuộc thẩm quyền giải quyết của cấp tỉnh", "trên địa bàn tỉnh"), if any.
   */
  public abstract Optional<String> scope();

  /**
   * Returns the threshold as a percentage, for a target in {@link TargetUnit#PERCENT}.
   *
   * @return the threshold, or empty for rank and relative targets
   */
  public Optional<Percentage> threshold() {
    if (unit().orElse(null) != TargetUnit.PERCENT) {
      return Optional.empty();
    }
    return value().map(Percentage::of);
  }

  /**
   * Tests a measured percentage against this target, exactly (no rounding).
   *
   * @param actual the measured value
   * @return whether the target is met
   * @throws UnsupportedOperationException if this is not a percentage threshold target
   */
  public boolean isMetBy(Percentage actual) {
    Percentage threshold =
        threshold()
            .filter(t -> comparator().isThreshold())
            .orElseThrow(
                () ->
                    new UnsupportedOperationException(
                        comparator() + " target has no percentage threshold: " + text()));
    return comparator().holds(actual, threshold);
  }

  @Value.Check
  void check() {
    if (comparator().isThreshold() || comparator() == Comparison.RANK_WITHIN) {
      if (value().isEmpty() || unit().isEmpty()) {
        throw new IllegalStateException(
            comparator() + " target needs a value and a unit: " + text());
      }
      TargetUnit expected =
          comparator() == Comparison.RANK_WITHIN ? TargetUnit.RANK : TargetUnit.PERCENT;
      if (unit().get() != expected) {
        throw new IllegalStateException(
            comparator() + " target needs unit " + expected.symbol() + ": " + text());
      }
    }
    if (!additionalIndicators().isEmpty() && indicator().isEmpty()) {
      throw new IllegalStateException("additional indicators without an indicator: " + text());
    }
    if (comparator() == Comparison.IMPROVE && baseYear().isEmpty()) {
      throw new IllegalStateException("IMPROVE target needs a base year: " + text());
    }
  }
}
