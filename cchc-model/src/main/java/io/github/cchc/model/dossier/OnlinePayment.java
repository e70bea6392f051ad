package io.github.cchc.model.dossier;

/**
 * Whether a dossier's fees were paid online (thanh toán trực tuyến), and whether it had any fee to
 * pay at all: dossiers without a financial obligation are {@link #NOT_APPLICABLE} and stay out of
 * the online-payment rate.
 *
 * <pre>{@code
 * OnlinePayment.parse("Có");            // YES
 * OnlinePayment.parse("Không áp dụng"); // NOT_APPLICABLE
 * }</pre>
 */
public enum OnlinePayment {
  /** A fee was due and was paid online (có). */
  YES("Có"),
  /** A fee was due and was not paid online (không). */
  NO("Không"),
  /** No fee was due (không áp dụng). */
  NOT_APPLICABLE("Không áp dụng");

  private static final Labels<OnlinePayment> LABELS =
      new Labels<OnlinePayment>("online payment")
          .add(YES, "Có", "YES", "co", "true", "1")
          .add(NO, "Không", "NO", "khong", "false", "0")
          .add(NOT_APPLICABLE, "Không áp dụng", "NA", "N/A", "NOT_APPLICABLE", "khong ap dung", "");

  private final String vietnamese;

  OnlinePayment(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /** Returns the Vietnamese word ("Có", "Không", "Không áp dụng"). */
  public String vietnamese() {
    return vietnamese;
  }

  /**
   * Parses "Có" / "Không" / "Không áp dụng", "YES" / "NO" / "NA", ignoring case; the empty text is
   * {@link #NOT_APPLICABLE}.
   *
   * @param text the text to parse
   * @return the value
   * @throws io.github.cchc.model.CchcParseException if the text is none of these
   */
  public static OnlinePayment parse(CharSequence text) {
    return LABELS.parse(text);
  }
}
