package io.github.cchc.model.dossier;

/**
 * The level of the online public service a dossier went through (mức độ dịch vụ công trực tuyến,
 * Nghị định 42/2022/NĐ-CP Điều 11).
 *
 * <pre>{@code
 * OnlineLevel.parse("Toàn trình");  // FULL
 * OnlineLevel.parse("");            // NONE
 * OnlineLevel.parse("Mức độ 4");    // FULL (the wording before 2022)
 * }</pre>
 */
public enum OnlineLevel {
  /** Not an online public service. */
  NONE(""),
  /** Partly online (một phần; "mức độ 3" before Nghị định 42/2022). */
  PARTIAL("Một phần"),
  /** Fully online (toàn trình; "mức độ 4" before Nghị định 42/2022). */
  FULL("Toàn trình");

  private static final Labels<OnlineLevel> LABELS =
      new Labels<OnlineLevel>("online level")
          .add(NONE, "", "NONE", "Không")
          .add(PARTIAL, "Một phần", "PARTIAL", "mot phan", "Mức độ 3", "3")
          .add(FULL, "Toàn trình", "FULL", "toan trinh", "Mức độ 4", "4");

  private final String vietnamese;

  OnlineLevel(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /** Returns the Vietnamese name ("Toàn trình"), empty for {@link #NONE}. */
  public String vietnamese() {
    return vietnamese;
  }

  /**
   * Parses "Toàn trình", "Một phần", the empty text, the English constant names, or the old "Mức độ
   * 4" / "Mức độ 3", ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the level
   * @throws io.github.cchc.model.CchcParseException if the text names no level
   */
  public static OnlineLevel parse(CharSequence text) {
    return LABELS.parse(text);
  }
}
