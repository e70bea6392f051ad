package io.github.cchc.indicators.calendar;

import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the receipt of a dossier is counted for one procedure: an optional cut-off hour after which a
 * receipt counts as made on the next working day, and how a receipt on a day off counts.
 *
 * <p>The cut-off is procedure-specific, not a general rule: for example receipts after 15:00 for
 * chứng thực (Nghị định 23/2015/NĐ-CP Điều 21). The default policy has no cut-off, counts a receipt
 * on a day off as made on the next working day, and treats a receipt after the close of working
 * hours by the {@link ReceiptRule} in force on the receipt day (from 01/7/2025: the next working
 * day).
 *
 * <pre>{@code
 * DeadlinePolicy chungThuc = DeadlinePolicy.builder().cutOff(LocalTime.of(15, 0)).build();
 * DeadlinePolicy.standard().cutOff(); // Optional.empty()
 * }</pre>
 */
@Value.Immutable
public abstract class DeadlinePolicy {
  DeadlinePolicy() {}

  private static final DeadlinePolicy STANDARD = builder().build();

  /** Returns the hour from which a receipt counts as made on the next working day, if any. */
  public abstract Optional<LocalTime> cutOff();

  /**
   * Returns how a receipt on a day off counts; {@link DayOffReceipt#NEXT_WORKING_DAY} unless set.
   */
  @Value.Default
  public DayOffReceipt dayOffReceipt() {
    return DayOffReceipt.NEXT_WORKING_DAY;
  }

  /**
   * Returns the rule for receipts after working hours; empty (the default) means the rule in force
   * on the receipt day, {@link ReceiptRule#forReceipt(java.time.LocalDate)}.
   */
  public abstract Optional<ReceiptRule> receiptRule();

  /**
   * Returns the rule for a receipt on a day.
   *
   * @param receiptDay the receipt day
   * @return {@link #receiptRule()} if set, else the rule in force on that day
   */
  public ReceiptRule receiptRuleFor(java.time.LocalDate receiptDay) {
    return receiptRule().orElseGet(() -> ReceiptRule.forReceipt(receiptDay));
  }

  /** Returns a new builder. */
  public static DeadlinePolicyBuilder builder() {
    return new DeadlinePolicyBuilder();
  }

  /**
   * Returns the default policy: no cut-off; a receipt on a day off counts on the next working day;
   * a receipt after working hours by the rule in force on its day.
   */
  public static DeadlinePolicy standard() {
    return STANDARD;
  }
}
