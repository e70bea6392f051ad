package io.github.cchc.model.dossier;

/**
 * How a dossier was submitted (hình thức nộp hồ sơ).
 *
 * <pre>{@code
 * Channel.parse("Trực tuyến");            // ONLINE
 * Channel.parse("POSTAL").vietnamese();   // "Bưu chính công ích"
 * }</pre>
 */
public enum Channel {
  /** In person at the one-stop shop (trực tiếp). */
  DIRECT("Trực tiếp"),
  /** Online, through a public-service portal (trực tuyến). */
  ONLINE("Trực tuyến"),
  /** By the public postal service (bưu chính công ích). */
  POSTAL("Bưu chính công ích");

  private static final Labels<Channel> LABELS =
      new Labels<Channel>("channel")
          .add(DIRECT, "Trực tiếp", "DIRECT", "truc tiep")
          .add(ONLINE, "Trực tuyến", "ONLINE", "truc tuyen")
          .add(POSTAL, "Bưu chính công ích", "Bưu chính", "POSTAL", "buu chinh cong ich");

  private final String vietnamese;

  Channel(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /** Returns the Vietnamese name, as one-stop-shop exports write it ("Trực tuyến"). */
  public String vietnamese() {
    return vietnamese;
  }

  /**
   * Parses the Vietnamese name ("Trực tiếp", "Trực tuyến", "Bưu chính công ích") or the English
   * constant name ("DIRECT", "ONLINE", "POSTAL"), ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the channel
   * @throws io.github.cchc.model.CchcParseException if the text names no channel
   */
  public static Channel parse(CharSequence text) {
    return LABELS.parse(text);
  }
}
