package io.github.cchc.model.dossier;

/**
 * Where a dossier stands (trạng thái hồ sơ). Only {@link #FINISHED} dossiers count in the usual
 * provincial on-time rate; the national index of Quyết định 766/QĐ-TTg also counts withdrawn,
 * refused and stopped dossiers at the time they ended.
 *
 * <pre>{@code
 * DossierStatus.parse("Đã giải quyết");  // FINISHED
 * DossierStatus.parse("WITHDRAWN");      // WITHDRAWN
 * }</pre>
 */
public enum DossierStatus {
  /** Received, being processed or waiting for a supplement (đang giải quyết). */
  IN_PROGRESS("Đang giải quyết"),
  /** Processed, the result is ready or returned (đã giải quyết). */
  FINISHED("Đã giải quyết"),
  /** Withdrawn by the applicant (rút hồ sơ). */
  WITHDRAWN("Rút hồ sơ"),
  /** Refused (từ chối giải quyết). */
  REFUSED("Từ chối"),
  /** Processing stopped (dừng xử lý). */
  STOPPED("Dừng xử lý");

  private static final Labels<DossierStatus> LABELS =
      new Labels<DossierStatus>("status")
          .add(IN_PROGRESS, "Đang giải quyết", "Đang xử lý", "IN_PROGRESS", "OPEN")
          .add(FINISHED, "Đã giải quyết", "Đã xử lý xong", "Đã trả kết quả", "FINISHED")
          .add(WITHDRAWN, "Rút hồ sơ", "Đã rút", "WITHDRAWN")
          .add(REFUSED, "Từ chối", "Từ chối giải quyết", "REFUSED")
          .add(STOPPED, "Dừng xử lý", "Dừng giải quyết", "STOPPED");

  private final String vietnamese;

  DossierStatus(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /** Returns the Vietnamese name ("Đã giải quyết"). */
  public String vietnamese() {
    return vietnamese;
  }

  /** Returns whether the dossier has ended, with any outcome (every status but in progress). */
  public boolean isEnded() {
    return this != IN_PROGRESS;
  }

  /**
   * Parses the Vietnamese name (and common variants such as "Đã trả kết quả") or the English
   * constant name, ignoring case.
   *
   * @param text the text to parse
   * @return the status
   * @throws io.github.cchc.model.CchcParseException if the text names no status
   */
  public static DossierStatus parse(CharSequence text) {
    return LABELS.parse(text);
  }
}
