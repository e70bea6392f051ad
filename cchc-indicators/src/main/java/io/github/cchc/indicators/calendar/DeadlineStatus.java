package io.github.cchc.indicators.calendar;

/**
 * Whether a dossier was finished before, on or after its appointment day (ngày hẹn trả): trước hạn,
 * đúng hạn, quá hạn (Quyết định 766/QĐ-TTg; Thông tư 01/2020/TT-VPCP, biểu II.06a).
 *
 * <pre>{@code
 * DeadlineStatus.ON_TIME.isOnTime(); // true
 * }</pre>
 */
public enum DeadlineStatus {
  /** Finished before the appointment day (trước hạn). */
  EARLY,
  /** Finished on the appointment day (đúng hạn). */
  ON_TIME,
  /** Finished after the appointment day (quá hạn). */
  LATE;

  /** Returns whether the dossier counts as on time: {@link #EARLY} or {@link #ON_TIME}. */
  public boolean isOnTime() {
    return this != LATE;
  }
}
