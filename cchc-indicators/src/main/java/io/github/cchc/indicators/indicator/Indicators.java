package io.github.cchc.indicators.indicator;

import io.github.cchc.indicators.tally.Counts;
import io.github.cchc.indicators.tally.Tally;
import io.github.cchc.model.dossier.DossierFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes {@link IndicatorValue}s from a {@link Tally} under a {@link Definition}.
 *
 * <pre>{@code
 * for (IndicatorValue v : Indicators.compute(tally, Indicator.CORE, Definition.PROVINCIAL)) {
 *   System.out.println(v.group() + " " + v.indicator().id() + " " + v.format());
 * }
 * }</pre>
 */
public final class Indicators {
  private Indicators() {}

  /**
   * Computes every indicator for every group of {@code tally}.
   *
   * @param tally the tally
   * @param definition which dossiers count
   * @return the values, group by group in the tally's order, indicators in declaration order
   */
  public static List<IndicatorValue> compute(Tally tally, Definition definition) {
    return compute(tally, List.of(Indicator.values()), definition);
  }

  /**
   * Computes {@code indicators} for every group of {@code tally}.
   *
   * @param tally the tally
   * @param indicators the indicators, in the order wanted
   * @param definition which dossiers count
   * @return the values, group by group in the tally's order
   */
  public static List<IndicatorValue> compute(
      Tally tally, List<Indicator> indicators, Definition definition) {
    List<IndicatorValue> out = new ArrayList<>();
    for (Map.Entry<String, Counts> e : tally.groups().entrySet()) {
      for (Indicator i : indicators) {
        out.add(compute(e.getKey(), e.getValue(), i, definition));
      }
    }
    return out;
  }

  /**
   * Computes one indicator from the counts of one group.
   *
   * @param group the group's name
   * @param c its counts
   * @param indicator the indicator
   * @param definition which dossiers count
   * @return the value
   */
  public static IndicatorValue compute(
      String group, Counts c, Indicator indicator, Definition definition) {
    long finished = c.count(DossierFlag.FINISHED);
    long all = c.received();
    boolean national = definition == Definition.NATIONAL_766;
    long nationalInTime = c.count(DossierFlag.NATIONAL_IN_TIME) + c.nationalOpenInTime();
    long num;
    long den;
    switch (indicator) {
      case ON_TIME:
        num =
            national
                ? nationalInTime
                : c.count(DossierFlag.FINISHED_EARLY) + c.count(DossierFlag.FINISHED_ON_TIME);
        den = national ? all : finished;
        break;
      case EARLY:
        num = national ? c.count(DossierFlag.NATIONAL_EARLY) : c.count(DossierFlag.FINISHED_EARLY);
        den = national ? all : finished;
        break;
      case LATE:
        num = national ? all - nationalInTime : c.count(DossierFlag.FINISHED_LATE);
        den = national ? all : finished;
        break;
      case FULLY_ONLINE:
        num = c.count(DossierFlag.FULLY_ONLINE);
        den = all;
        break;
      case ONLINE_SUBMISSION:
        num = c.count(DossierFlag.ONLINE);
        den = all;
        break;
      case ONLINE_PAYMENT:
        num = c.count(DossierFlag.PAID_ONLINE);
        den = c.count(DossierFlag.PAYMENT_REQUIRED);
        break;
      case RESULT_DIGITISED:
        num = c.count(DossierFlag.FINISHED_RESULT_DIGITISED);
        den = finished;
        break;
      case INPUT_DIGITISED:
        num = c.count(DossierFlag.INPUT_DIGITISED);
        den = all;
        break;
      default:
        throw new AssertionError(indicator);
    }
    return IndicatorValue.of(group, indicator, definition, num, den);
  }

  /**
   * Computes one indicator over all groups of {@code tally} together.
   *
   * @param tally the tally
   * @param indicator the indicator
   * @param definition which dossiers count
   * @return the value, group "all"
   */
  public static IndicatorValue total(Tally tally, Indicator indicator, Definition definition) {
    return compute("all", tally.total(), indicator, definition);
  }
}
