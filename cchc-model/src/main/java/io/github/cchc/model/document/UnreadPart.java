package io.github.cchc.model.document;

import java.util.Objects;

/**
 * A part of a document's header or foot that is there but could not be read, as {@link
 * DocumentHeader#readLeniently(CharSequence)} reports it instead of refusing the whole page: which
 * part ({@code "number line"}, {@code "date line"}, {@code "signature"}), where it is (an offset
 * into the NFC text) and why it was not read.
 *
 * <pre>{@code
 * // Công văn 467/CCTTHC, a line "(Đã ký)" left under the signer's name
 * DocumentHeader h = DocumentHeader.readLeniently(text);
 * h.unread();  // [signature at 1530: unexpected line in signature]
 * h.numberSymbol();  // Optional[467/CCTTHC], read all the same
 * }</pre>
 *
 * @param part the part left unread: "number line", "date line" or "signature"
 * @param offset where it is, an offset into the NFC text read
 * @param reason why it was not read
 */
public record UnreadPart(String part, int offset, String reason) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if {@code part} or {@code reason} is null
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public UnreadPart {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(reason, "reason");
    if (offset < 0) {
      throw new IllegalArgumentException("offset " + offset + " < 0");
    }
  }

  /** Returns "signature at 1513: unexpected line in signature". */
  @Override
  public String toString() {
    return part + " at " + offset + ": " + reason;
  }
}
