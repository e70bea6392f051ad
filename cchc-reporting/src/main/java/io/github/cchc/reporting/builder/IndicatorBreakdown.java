package io.github.cchc.reporting.builder;

import java.util.List;
import org.immutables.value.Value;

/**
 * One indicator of a period with its exact figures by unit and by procedure, for the periodic
 * report.
 *
 * <pre>{@code
 * IndicatorBreakdown onTime = IndicatorBreakdown.builder()
 *     .indicator("Tỷ lệ hồ sơ giải quyết đúng hạn")
 *     .numeratorLabel("Đúng hạn").denominatorLabel("Đã giải quyết")
 *     .addByUnit(UnitFigures.of("Sở Tư pháp", 985, 1000))
 *     .addByProcedure(UnitFigures.of("Cấp phiếu lý lịch tư pháp", 700, 702))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class IndicatorBreakdown {
  IndicatorBreakdown() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static IndicatorBreakdownBuilder builder() {
    return new IndicatorBreakdownBuilder();
  }

  /**
   * The indicator's name.
   *
   * @return the name
   */
  public abstract String indicator();

  /**
   * The label of the numerator column.
   *
   * @return the label; "Tử số" unless set
   */
  @Value.Default
  public String numeratorLabel() {
    return "Tử số";
  }

  /**
   * The label of the denominator column.
   *
   * @return the label; "Mẫu số" unless set
   */
  @Value.Default
  public String denominatorLabel() {
    return "Mẫu số";
  }

  /**
   * Whether a lower rate is the better one (the share of late dossiers); false unless set. The
   * report names the best and the worst unit by it.
   *
   * @return true if lower is better
   */
  @Value.Default
  public boolean lowerIsBetter() {
    return false;
  }

  /**
   * The unit of the counts.
   *
   * @return the unit; "hồ sơ" unless set
   */
  @Value.Default
  public String countUnit() {
    return "hồ sơ";
  }

  /**
   * The figures by unit, in the order to show.
   *
   * @return the figures by unit
   */
  public abstract List<UnitFigures> byUnit();

  /**
   * The figures by procedure (name of the thủ tục hành chính), in the order to show.
   *
   * @return the figures by procedure
   */
  public abstract List<UnitFigures> byProcedure();
}
