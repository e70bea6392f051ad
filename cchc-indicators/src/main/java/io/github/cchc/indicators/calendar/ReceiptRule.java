package io.github.cchc.indicators.calendar;

import java.time.LocalDate;

/**
 * How the hour of a receipt on a working day counts, by the one-stop-shop decree in force on the
 * receipt day (the rules at receipt apply to a dossier). {@link DeadlinePolicy#receiptRule()}
 * chooses one; by default {@link #forReceipt(LocalDate)} picks it from the receipt day.
 *
 * <p><b>Sources.</b> Nghị định 61/2018/NĐ-CP ngày 23/4/2018, amended by Nghị định 107/2021/NĐ-CP
 * ngày 06/12/2021, was replaced from 01/7/2025 by Nghị định 118/2025/NĐ-CP ngày 09/6/2025 (forms:
 * Thông tư 03/2025/TT-VPCP). The article of either text on receipts made after working hours was
 * not found in the public pages and repositories searched for this library (November 2026; only
 * procedure-specific cut-offs such as 15:00 for chứng thực, Nghị định 23/2015/NĐ-CP Điều 21, turned
 * up): both rules below are the practice of one-stop shops (online filings outside working hours
 * are received on the next working day), with the Civil Code for the older one. Check the decree
 * before relying on the hour of a receipt, and set {@link DeadlinePolicy#receiptRule()} if it says
 * otherwise.
 *
 * <pre>{@code
 * ReceiptRule.forReceipt(LocalDate.of(2025, 1, 24));  // ONE_STOP_2018
 * ReceiptRule.forReceipt(LocalDate.of(2025, 7, 1));   // ONE_STOP_2025
 * }</pre>
 */
public enum ReceiptRule {
  /**
   * Receipts before 01/7/2025 (Nghị định 61/2018/NĐ-CP, 107/2021/NĐ-CP): the receipt day counts
   * whatever the hour and a limit of N days starts the next day (Bộ luật Dân sự 2015 Điều 147 khoản
   * 2); only a limit of 0 days ("trong ngày") received after the close of working hours ends on the
   * next working day, since it cannot end before the receipt.
   */
  ONE_STOP_2018,
  /**
   * Receipts from 01/7/2025 (Nghị định 118/2025/NĐ-CP): a receipt after the close of working hours
   * of a working day counts as made on the next working day, like a receipt on a day off.
   */
  ONE_STOP_2025;

  /** The day Nghị định 118/2025/NĐ-CP came into force: 01/7/2025. */
  public static final LocalDate DECREE_118_IN_FORCE = LocalDate.of(2025, 7, 1);

  /**
   * Returns the rule in force on a receipt day.
   *
   * @param receiptDay the day of the receipt (Asia/Ho_Chi_Minh)
   * @return {@link #ONE_STOP_2025} from 01/7/2025, else {@link #ONE_STOP_2018}
   */
  public static ReceiptRule forReceipt(LocalDate receiptDay) {
    return receiptDay.isBefore(DECREE_118_IN_FORCE) ? ONE_STOP_2018 : ONE_STOP_2025;
  }
}
