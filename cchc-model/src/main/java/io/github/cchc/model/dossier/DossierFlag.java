package io.github.cchc.model.dossier;

/**
 * A fact about a dossier that does not depend on when it is looked at. {@link Dossier#flagBits()}
 * holds them as bits ({@code 1 << flag.ordinal()}), computed once when the dossier is built, so
 * that a tally over millions of dossiers adds counters per bit instead of re-deriving each fact.
 *
 * <p>Timing follows the day of the appointment (ngày hẹn trả): finished before that day is early
 * (trước hạn), on it is on time (đúng hạn), after it late (quá hạn). The {@code NATIONAL_*} flags
 * apply the rules of the national index (Quyết định 766/QĐ-TTg): supplement time subtracted, any
 * end (withdrawn, refused, stopped) counted, more than one supplement request late.
 *
 * <pre>{@code
 * dossier.has(DossierFlag.FULLY_ONLINE);
 * (dossier.flagBits() & DossierFlag.FINISHED_LATE.bit()) != 0;  // the same, as a bit
 * }</pre>
 */
public enum DossierFlag {
  /** Status {@link DossierStatus#FINISHED}. */
  FINISHED,
  /** Finished before the day it was due (trước hạn). */
  FINISHED_EARLY,
  /** Finished on the day it was due (đúng hạn). */
  FINISHED_ON_TIME,
  /** Finished after the day it was due (quá hạn). */
  FINISHED_LATE,
  /** Withdrawn by the applicant. */
  WITHDRAWN,
  /** Refused. */
  REFUSED,
  /** Processing stopped. */
  STOPPED,
  /** Still in progress. */
  OPEN,
  /** In progress and waiting for a supplement now (a pause without end). */
  WAITING_FOR_SUPPLEMENT,
  /** More than one supplement request: late under the national index whatever the dates. */
  MULTIPLE_SUPPLEMENT_REQUESTS,
  /**
   * National index: ended (any status but in progress), or waiting for a supplement requested, on
   * or before the due day once supplement time is subtracted, with at most one supplement request.
   * The model has no working-day calendar and subtracts the pauses in calendar time; the tallies of
   * cchc-indicators recompute this flag for dossiers that paused and ended on or after their due
   * day, subtracting the pauses in working time (Quyết định 766/QĐ-TTg).
   */
  NATIONAL_IN_TIME,
  /** National index: as {@link #NATIONAL_IN_TIME} but strictly before the due day. */
  NATIONAL_EARLY,
  /** Submitted in person. */
  DIRECT,
  /** Submitted online. */
  ONLINE,
  /** Submitted by post. */
  POSTAL,
  /** Submitted online through a fully online (toàn trình) service. */
  FULLY_ONLINE,
  /** Submitted online through a partly online (một phần) service. */
  PARTLY_ONLINE,
  /** A fee was due ({@link OnlinePayment#YES} or {@link OnlinePayment#NO}). */
  PAYMENT_REQUIRED,
  /** A fee was due and was paid online. */
  PAID_ONLINE,
  /** The input documents were digitised (số hóa hồ sơ). */
  INPUT_DIGITISED,
  /** The result was digitised / issued electronically (số hóa kết quả). */
  RESULT_DIGITISED,
  /** Finished and its result digitised. */
  FINISHED_RESULT_DIGITISED;

  /** Returns {@code 1 << ordinal()}. */
  public int bit() {
    return 1 << ordinal();
  }
}
