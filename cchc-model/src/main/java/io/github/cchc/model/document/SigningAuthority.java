package io.github.cchc.model.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.VietnameseText;

/**
 * The capacity in which a document is signed (Nghị định 30/2020/NĐ-CP, Điều 13), written before the
 * title in the signature block: "KT. GIÁM ĐỐC" above "PHÓ GIÁM ĐỐC".
 *
 * <pre>{@code
 * SigningAuthority.parse("KT.");   // KT
 * SigningAuthority.KT.prefix();    // "KT."
 * }</pre>
 */
public enum SigningAuthority {
  /** TM. (thay mặt): on behalf of a collective, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". */
  TM("TM."),
  /** KT. (ký thay): a deputy signs for the head, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC". */
  KT("KT."),
  /** TL. (thừa lệnh): by order of the head. */
  TL("TL."),
  /** TUQ. (thừa ủy quyền): by delegation of the head. */
  TUQ("TUQ."),
  /** Q. (quyền): acting head, "Q. GIÁM ĐỐC". */
  Q("Q.");

  private final String prefix;

  SigningAuthority(String prefix) {
    this.prefix = prefix;
  }

  /** Returns the prefix as written, with its full stop: "KT.". */
  @JsonValue
  public String prefix() {
    return prefix;
  }

  /**
   * Parses a prefix, with or without its full stop, in any case: "KT.", "kt", "TUQ.".
   *
   * @param text the prefix
   * @return the signing authority
   * @throws CchcParseException if it is none of TM., KT., TL., TUQ., Q.
   */
  @JsonCreator
  public static SigningAuthority parse(CharSequence text) {
    String s = VietnameseText.nfc(text).strip().toUpperCase(VietnameseText.VIETNAMESE);
    if (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    for (SigningAuthority a : values()) {
      if (a.name().equals(s)) {
        return a;
      }
    }
    throw new CchcParseException(text, 0, "signing authority TM., KT., TL., TUQ. or Q. expected");
  }
}
