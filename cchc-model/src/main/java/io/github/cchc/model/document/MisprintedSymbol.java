package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A cited symbol that a page misprinted, read back as the symbol the document was issued with when
 * the citation itself says which one it is. A citation's number should be the real document's, so
 * that it can be looked up; a misprint is repaired only where the words around it leave one
 * reading:
 *
 * <ul>
 *   <li>a type code written with a look-alike letter, its marks or a wrong diacritic, that is the
 *       cited type's abbreviation once folded ("Quyết định sô 411/ỌĐ-TTg", an O with a dot below
 *       for the Q, is 411/QĐ-TTg; "QD" typed without marks is QĐ);
 *   <li>the Prime Minister's code "TTg" that lost its "g" when the citation names the Prime
 *       Minister as its issuer ("Quyết định số 942/QĐ-TT ngày 15/6/2021 của Thủ tướng Chính phủ" is
 *       942/QĐ-TTg);
 *   <li>the Prime Minister's code "TTg" on a Nghị định that the citation names as the Government's,
 *       whose decrees they are ("Nghị định số 26/2020/NĐ-TTg ngày 28/02/2020 của Chính phủ" is
 *       26/2020/NĐ-CP);
 *   <li>the code of a type whose documents always carry their year (Nghị định, Thông tư, Thông tư
 *       liên tịch, Pháp lệnh) in a symbol without a year, cited under the name of a type whose
 *       symbols need no year: the name is right and the code is not ("Nghị quyết số 01/NĐ-CP ngày
 *       8/1/2026", the Government's Nghị quyết 01/NQ-CP: a Nghị định of 2026 would be
 *       01/2026/NĐ-CP).
 *   <li>a type code with one of its letters typed twice, that is the cited type's abbreviation
 *       without the second ("Tờ trình số 294/TTtr-BCT", Quyết định 1568/QĐ-BCT of 2025, is
 *       294/TTr-BCT): {@link #doubledLetter(String, String)}.
 *   <li>the Quốc hội's code with a legislature at odds with the year, or on a Pháp lệnh without the
 *       Standing Committee's "UBTVQH": {@link LegislatureCode}.
 * </ul>
 *
 * <p>And a Party body's code typed in Telex with the keyboard's Vietnamese off, its keys left as
 * letters ("02-KH/BCDDTWW" is 02-KH/BCĐTW, the Ban Chỉ đạo Trung ương's plan), when the code the
 * keys make is a Party body's; and the other way, the W of a Party code that a Telex keyboard with
 * its Vietnamese on turned into "Ư" ("29-NQ/TƯ" is 29-NQ/TW), when the code with the W is a Party
 * body's.
 *
 * <p>And, read from the text by {@link #writtenOut}: initials of an issuer's code that a copy wrote
 * out as words ("Nghị định số 351-HĐBộ trưởng", a site's replacement of "BT" by "Bộ trưởng", is
 * 351-HĐBT, the Hội đồng Bộ trưởng's decree).
 *
 * <p>Not repaired: a code that disagrees with the cited name where both are possible ("Quyết định
 * số 12/KH-UBND" may be either document), an issuer code that no words around it name, and a number
 * (a digit misprinted cannot be told from the number of another document).
 */
final class MisprintedSymbol {
  private MisprintedSymbol() {}

  /** Codes of types whose symbols carry the year since the law on legal documents of 2008. */
  private static final Set<String> ALWAYS_WITH_YEAR = Set.of("NĐ", "TT", "TTLT", "PL");

  /**
   * Returns {@code number}, cited as a {@code type} with {@code issuer} (the words after "của", or
   * empty), as issued.
   */
  static DocumentNumber repaired(DocumentNumber number, DocumentType type, String issuer) {
    if (number.party()) {
      String keyed = telexKeys(number.issuerCode());
      if (!keyed.equals(number.issuerCode()) && DocumentNumber.isPartyBody(keyed)) {
        // "02-KH/BCDDTWW": the Party body's code typed in Telex with the keyboard's Vietnamese
        // off, its keys left as letters, is 02-KH/BCĐTW
        return DocumentNumber.builder().from(number).issuerCode(keyed).build();
      }
      String typed = number.issuerCode().replace('Ư', 'W');
      if (!typed.equals(number.issuerCode()) && DocumentNumber.isPartyBody(typed)) {
        // "Nghị quyết số 29-NQ/TƯ": the W of "TW" that a Telex keyboard with its Vietnamese on
        // turns into "Ư" as the user types it (Trung ương's initials, the word's own vowel), is
        // 29-NQ/TW (Chương trình 21-CTr/TU of Hà Nội on hanict, corpus {@code unseen52})
        return DocumentNumber.builder().from(number).issuerCode(typed).build();
      }
      return number;
    }
    if (!number.hasSymbol() || number.legacy()) {
      return number;
    }
    String abbreviation = type.abbreviation().orElse("");
    DocumentNumber n = number;
    if (!abbreviation.isEmpty()
        && n.typeCode().isEmpty()
        && !n.unitCodes().isEmpty()
        && !n.issuerCode().equals(abbreviation)
        && (lookAlike(n.issuerCode()).equals(lookAlike(abbreviation))
            || doubledLetter(n.issuerCode(), abbreviation))) {
      // "411/ỌĐ-TTg", "294/TTtr-BCT": the type read as an issuer, "ỌĐ", "TTtr", and the issuer as
      // a unit
      n =
          DocumentNumber.builder()
              .from(n)
              .typeCode(abbreviation)
              .issuerCode(n.unitCodes().get(0))
              .unitCodes(n.unitCodes().subList(1, n.unitCodes().size()))
              .build();
    }
    if (!abbreviation.isEmpty()
        && !ALWAYS_WITH_YEAR.contains(abbreviation)
        && n.year().isEmpty()
        && n.typeCode().filter(ALWAYS_WITH_YEAR::contains).isPresent()
        && !n.typeCode().get().equals(abbreviation)) {
      n = DocumentNumber.builder().from(n).typeCode(abbreviation).build();
    }
    if (!abbreviation.isEmpty()
        && n.typeCode().filter(t -> doubledLetter(t, abbreviation)).isPresent()) {
      n = DocumentNumber.builder().from(n).typeCode(abbreviation).build();
    }
    if (n.issuerCode().equals("TT")
        && n.unitCodes().isEmpty()
        && VietnameseText.fold(issuer).startsWith("thu tuong")) {
      n = DocumentNumber.builder().from(n).issuerCode("TTg").build();
    }
    if (type == DocumentType.NGHI_DINH
        && n.typeCode().filter("NĐ"::equals).isPresent()
        && n.issuerCode().equals("TTg")
        && n.unitCodes().isEmpty()
        && VietnameseText.fold(issuer).startsWith("chinh phu")) {
      // "Nghị định số 26/2020/NĐ-TTg ngày 28/02/2020 của Chính phủ": a Nghị định is the
      // Government's, and the citation names it as the issuer: 26/2020/NĐ-CP
      n = DocumentNumber.builder().from(n).issuerCode("CP").build();
    }
    // "83/2015/QH14" of a law of 2015, "Pháp lệnh số 01/2018/QH14": the Quốc hội's code as issued
    return LegislatureCode.repaired(n, type);
  }

  /**
   * True when {@code code} is {@code abbreviation} with one letter typed twice, case aside: "TTtr"
   * is "TTr" with its second "t" doubled. A code with another letter ("TTrg") or two letters more
   * is not.
   */
  static boolean doubledLetter(String code, String abbreviation) {
    if (code.length() != abbreviation.length() + 1) {
      return false;
    }
    for (int i = 1; i < code.length(); i++) {
      if (Character.toLowerCase(code.charAt(i)) == Character.toLowerCase(code.charAt(i - 1))
          && (code.substring(0, i) + code.substring(i + 1)).equals(abbreviation)) {
        return true;
      }
    }
    return false;
  }

  /** The most words after the token of a code written out: "trưởng" of "Bộ trưởng". */
  private static final int MAX_WRITTEN_WORDS = 1;

  /** Folded words that go on the sentence after a symbol, never a written-out code. */
  private static final Set<String> AFTER_SYMBOL = Set.of("ngay", "cua", "ve", "va", "nam");

  /**
   * The symbol of the token {@code text[start, end)} with the last of its codes written out as
   * words, its initials put back: "351-HĐBộ trưởng" is "351-HĐBT". The token ends in a capital and
   * small letters ("HĐBộ") after a capital, and a small word follows it that does not go on the
   * sentence ("ngày", "của", "về" …), then a punctuation mark, a space or the end.
   *
   * @return the symbol with the initials, where the words end and the number of that form, or null
   */
  static SpacedSymbol.@Nullable Joined writtenOut(String text, int start, int end, int limit) {
    int w = end;
    while (w > start && Character.isLowerCase(text.charAt(w - 1))) {
      w--;
    }
    if (w == end
        || w - 2 < start
        || !Character.isUpperCase(text.charAt(w - 1))
        || !Character.isUpperCase(text.charAt(w - 2))) {
      return null;
    }
    StringBuilder b = new StringBuilder(text.substring(start, w));
    int q = end;
    int words = 0;
    while (words < MAX_WRITTEN_WORDS
        && q + 1 < limit
        && text.charAt(q) == ' '
        && Character.isLowerCase(text.charAt(q + 1))) {
      int e = q + 1;
      while (e < limit && Character.isLetter(text.charAt(e))) {
        e++;
      }
      if (AFTER_SYMBOL.contains(VietnameseText.fold(text.substring(q + 1, e)))) {
        break;
      }
      b.append(Character.toUpperCase(text.charAt(q + 1)));
      q = e;
      words++;
    }
    if (words == 0 || (q < limit && Character.isLetterOrDigit(text.charAt(q)))) {
      return null;
    }
    String symbol = b.toString();
    DocumentNumber initials = new NumberParser(symbol, 0, symbol.length()).parse();
    return initials != null && initials.legacy()
        ? new SpacedSymbol.Joined(symbol, q, initials)
        : null;
  }

  /**
   * A code as Telex makes it of its keys: "DD" is "Đ", and "WW" is the "W" that Telex types by a
   * second W (a first one marks the vowel before it). "BCDDTWW" is "BCĐTW".
   */
  static String telexKeys(String code) {
    return code.replace("DD", "Đ").replace("WW", "W");
  }

  /**
   * A code folded for comparison: marks gone, "Đ" as "D", and the letters a misprint takes for one
   * another by their shape, "O" for "Q".
   */
  private static String lookAlike(String code) {
    return VietnameseText.fold(code).replace('o', 'q');
  }
}
