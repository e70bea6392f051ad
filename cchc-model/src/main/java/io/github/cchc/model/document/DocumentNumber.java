package io.github.cchc.model.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The number and symbol (số và ký hiệu) of an official document, in every shape the seeds show:
 *
 * <table>
 *   <caption>Shapes of a number and symbol</caption>
 *   <tr><th>written</th><th>shape</th><th>number</th><th>year</th><th>type</th><th>issuer</th>
 *       <th>units</th></tr>
 *   <tr><td>24/KH-SNgV</td><td>administrative</td><td>24</td><td></td><td>KH</td><td>SNgV</td>
 *       <td></td></tr>
 *   <tr><td>107/2021/NĐ-CP</td><td>legal (VBQPPL)</td><td>107</td><td>2021</td><td>NĐ</td>
 *       <td>CP</td><td></td></tr>
 *   <tr><td>18-NQ/TW</td><td>Party</td><td>18</td><td></td><td>NQ</td><td>TW</td><td></td></tr>
 *   <tr><td>38-CTr-TU</td><td>Party, irregular</td><td>38</td><td></td><td>CTr</td><td>TU</td>
 *       <td></td></tr>
 *   <tr><td>5942/UBND-KSTT</td><td>công văn</td><td>5942</td><td></td><td></td><td>UBND</td>
 *       <td>KSTT</td></tr>
 *   <tr><td>/KH-SNgV</td><td>unsigned draft</td><td></td><td></td><td>KH</td><td>SNgV</td>
 *       <td></td></tr>
 *   <tr><td>67-HĐBT</td><td>before 1992</td><td>67</td><td></td><td></td><td>HĐBT</td><td></td>
 *       </tr>
 *   <tr><td>66</td><td>number alone</td><td>66</td><td></td><td></td><td></td><td></td></tr>
 *   <tr><td>19-2017/NQ-CP</td><td>year after a hyphen</td><td>19</td><td>2017</td><td>NQ</td>
 *       <td>CP</td><td></td></tr>
 *   <tr><td>147-CTHĐ/TU</td><td>Party, own type code</td><td>147</td><td></td><td>CTHĐ</td>
 *       <td>TU</td><td></td></tr>
 * </table>
 *
 * <p>A document cited by "số" and its number alone ("Nghị quyết số 66 của Chính phủ", "Chỉ thị số
 * 23"), or its number and year alone ("Nghị định số 42/2025"), has no symbol: {@link #hasSymbol()}
 * is false, {@link #issuerCode()} and {@link #symbol()} are empty, and {@link #format()} writes the
 * number alone ("66", "04") or with its year ("42/2025").
 *
 * <p>The first group of the symbol is the type when it is a known abbreviation ({@link
 * DocumentType#fromAbbreviation(CharSequence)}), otherwise the issuer (a công văn). {@link
 * #format()} writes the canonical form of Nghị định 30/2020/NĐ-CP: a leading zero below 10
 * ("01/KH-UBND"), "/" between number and symbol, "-" between groups, and "N-TYPE/ISSUER" for Party
 * documents (so "38-CTr-TU" formats as "38-CTr/TU"). Equality means "the same document": number,
 * year, codes and shape, not the way it was written ({@link #asWritten()}).
 *
 * <pre>{@code
 * DocumentNumber n = DocumentNumber.parse("107/2021/NĐ-CP");
 * n.number();       // OptionalInt[107]
 * n.year();         // OptionalInt[2021]
 * n.type();         // Optional[NGHI_DINH]
 * n.issuerCode();   // "CP"
 * DocumentNumber.parse("1/KH-UBND").format();   // "01/KH-UBND"
 * DocumentNumber.parse("/KH-SNgV").isBlank();   // true: a draft
 * DocumentNumber.parse("66").hasSymbol();       // false: a number cited alone
 * DocumentNumber.parse("24/KH-");  // throws CchcParseException at index 6
 * }</pre>
 */
@Value.Immutable
public abstract class DocumentNumber {
  DocumentNumber() {}

  /** Returns the number, empty for the blank number of an unsigned draft. */
  public abstract OptionalInt number();

  /** Returns the year of a legal document (VBQPPL), "107/2021/NĐ-CP" has 2021. */
  public abstract OptionalInt year();

  /** Returns the type abbreviation of the symbol as written ("KH", "CTr"), empty for công văn. */
  public abstract Optional<String> typeCode();

  /**
   * Returns the code of the issuing body, "SNgV", "UBND", "CP", "TW"; empty for a number cited
   * without its symbol.
   */
  public abstract String issuerCode();

  /** Returns the codes after the issuer ("KSTT" in "5942/UBND-KSTT"). */
  public abstract List<String> unitCodes();

  /** Tells whether this is a Party document number, "18-NQ/TW". */
  @Value.Default
  public boolean party() {
    return false;
  }

  /**
   * Tells whether this number has the form State documents had before 1992: the number, a hyphen
   * and the issuer, with no type ("67-HĐBT" of the Hội đồng Bộ trưởng, "15-CP") or with the type
   * after a slash ("15-BTC/TT", a Thông tư of the Bộ Tài chính of 1991), and a ministry's number of
   * the 1990s in that form with its drafting unit after the type ("1141-TC/QĐ/CĐKT", the unit in
   * {@link #unitCodes()}).
   *
   * @return whether the number has that form
   */
  @Value.Default
  public boolean legacy() {
    return false;
  }

  /**
   * Tells whether a number of the form before 1992 ({@link #legacy()}) has its type before the
   * issuer, as the State bodies of that time also wrote it: "16-NQ/HĐNN" (a Nghị quyết of the Hội
   * đồng Nhà nước), "38-LCT/HĐNN" (an order, lệnh, of its Chủ tịch that promulgates a law),
   * "215-NQ/QHK6" (the Standing Committee of the sixth Quốc hội). The form is the Party's
   * ("18-NQ/TW"), but the bodies are the State's: such a number is not {@link #party()}.
   *
   * @return whether the type comes first
   */
  @Value.Default
  public boolean typeFirst() {
    return false;
  }

  /**
   * Tells whether the year follows the number after a hyphen, the form in which the Government
   * numbered its yearly resolutions on the business environment ("19-2017/NQ-CP", "19-2016/NQ-CP");
   * {@link #format()} writes it so.
   *
   * @return whether the year is joined to the number by a hyphen
   */
  @Value.Default
  public boolean hyphenedYear() {
    return false;
  }

  /** Returns the text this number was parsed from, if any; not part of equality. */
  @Value.Auxiliary
  public abstract Optional<String> asWritten();

  /** Returns a new builder. */
  public static DocumentNumberBuilder builder() {
    return new DocumentNumberBuilder();
  }

  /**
   * Returns the number of a document cited without its symbol: "Chỉ thị số 23" has {@code
   * ofNumber(23)}.
   *
   * @param number the number, at least 1
   * @return the number alone
   * @throws IllegalStateException if the number is below 1
   */
  public static DocumentNumber ofNumber(int number) {
    return builder().number(number).issuerCode("").build();
  }

  /**
   * Tells whether the number has its symbol; false for a document cited by its number alone ("Nghị
   * quyết số 66").
   *
   * @return whether there is a symbol
   */
  public boolean hasSymbol() {
    return !issuerCode().isEmpty();
  }

  /**
   * Parses a number and symbol: "24/KH-SNgV", "107/2021/NĐ-CP", "18-NQ/TW", "38-CTr-TU",
   * "5942/UBND-KSTT", "/KH-SNgV", "67-HĐBT", "15-BTC/TT" and a ministry's "1141-TC/QĐ/CĐKT" with
   * its drafting unit after the type (the old forms: {@link #legacy()}), "19-2017/NQ-CP" ({@link
   * #hyphenedYear()}), a Party number with a type code of its own before a Party body
   * ("147-CTHĐ/TU", "562-CV/BCS"), a sub-number after a dot ("66.7/2025/NQ-CP"), or a number alone
   * ("66", "30c") or with its year alone ("42/2025"; see {@link #hasSymbol()}). Surrounding white
   * space is ignored.
   *
   * @param text the number and symbol
   * @return the document number, with {@link #asWritten()} set to the stripped text
   * @throws CchcParseException naming the offset and reason if the text is not one
   */
  @JsonCreator
  public static DocumentNumber parse(CharSequence text) {
    String s = VietnameseText.nfc(text);
    int start = 0;
    while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    int end = s.length();
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    DocumentNumber alone = NumberParser.numberAlone(s, start, end);
    if (alone != null) {
      return alone;
    }
    NumberParser parser = new NumberParser(s, start, end);
    DocumentNumber result = parser.parse();
    if (result == null) {
      throw new CchcParseException(s, parser.errorIndex(), parser.reason());
    }
    return result;
  }

  /**
   * Returns this number read as a number of {@code type} when its symbol lost the hyphen between
   * the type and the issuer, as the text layer of some PDFs does ("30c/NQCP" cited as a Nghị quyết
   * is 30c/NQ-CP, "1961/QĐUBND" under the heading QUYẾT ĐỊNH is 1961/QĐ-UBND): the issuer code
   * starts with the type's abbreviation and goes on with an upper-case code of two letters or more,
   * and no other hyphen is left in the symbol (in "18/BCTĐ-STP" the code BCTĐ is whole). Otherwise
   * returns this number unchanged.
   */
  DocumentNumber typedAs(DocumentType type) {
    String abbreviation = type.abbreviation().orElse("");
    String issuer = issuerCode();
    if (abbreviation.isEmpty()
        || typeCode().isPresent()
        || party()
        || legacy()
        || !unitCodes().isEmpty()
        || !issuer.startsWith(abbreviation)
        || issuer.length() < abbreviation.length() + 2
        || !Character.isUpperCase(issuer.charAt(abbreviation.length()))) {
      return this;
    }
    return builder()
        .from(this)
        .typeCode(abbreviation)
        .issuerCode(issuer.substring(abbreviation.length()))
        .build();
  }

  /** Codes of the Party's committees: Trung ương, Tỉnh ủy, Thành ủy, Huyện ủy, Quận ủy, Đảng ủy. */
  private static final List<String> PARTY_COMMITTEES = List.of("TW", "TU", "ThU", "HU", "QU", "ĐU");

  /**
   * Codes of Party bodies, the committees and a Ban cán sự đảng or Đảng đoàn: a cited "TYPE-BODY"
   * with one of them names a Party document, whatever its separators.
   */
  private static final java.util.Set<String> PARTY_BODIES =
      java.util.stream.Stream.concat(
              PARTY_COMMITTEES.stream(), List.of("BCS", "BCSĐ", "ĐĐ").stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Tells whether a code is that of a Party body: Trung ương, a Tỉnh ủy, Thành ủy, Huyện ủy, Quận
   * ủy or Đảng ủy, a Ban cán sự đảng ("BCS", "BCSĐ"), a Đảng đoàn ("ĐĐ"), or a board or office of
   * one of those committees ("BTCTW" in "Công văn số 8011-CV/BTCTW").
   */
  static boolean isPartyBody(String code) {
    return PARTY_BODIES.contains(code) || isPartyBoard(code);
  }

  /**
   * A board or office of a Party committee, its code the board's initials before the committee's:
   * "BTCTW" (Ban Tổ chức Trung ương), "BTGTU" (Ban Tuyên giáo Tỉnh ủy), "UBKTTW" (Ủy ban Kiểm tra
   * Trung ương), "VPTW" (Văn phòng Trung ương), "BDVHU" (Ban Dân vận Huyện ủy); and the Party
   * committees of a bloc or a force, their code "ĐU" then its initials ("ĐUK", Đảng ủy Khối;
   * "ĐUKCCQ") or the Central Military Commission's "QUTW".
   */
  private static final java.util.regex.Pattern PARTY_BOARD =
      java.util.regex.Pattern.compile(
          "(?:B[A-ZĐ]{1,3}|UBKT|VP)(?:"
              + String.join("|", PARTY_COMMITTEES)
              + ")|ĐU[A-ZĐ]{1,6}|QUTW");

  private static boolean isPartyBoard(String code) {
    return code.length() <= 8 && PARTY_BOARD.matcher(code).matches();
  }

  /**
   * Returns this number in the Party form when it was cited like a State one: "Nghị quyết số
   * 59/NQ-TW" names 59-NQ/TW (a type, a Party body as the issuer, no year, unit or suffix).
   * Otherwise returns this number unchanged. A steering committee's code ("BCĐTW", "BCĐ…") is kept
   * in the form printed: the Party and the State both have a Ban Chỉ đạo Trung ương, and the
   * State's numbers its documents in the State form ("Quyết định số 01/QĐ-BCĐTW … của Ban chỉ đạo
   * Trung ương các chương trình mục tiêu Quốc gia", Hà Tĩnh's Quyết định 3292/QĐ-UBND), the Party's
   * in its own ("Kế hoạch 02-KH/BCĐTW").
   */
  DocumentNumber partyForm() {
    if (party()
        || issuerCode().startsWith(STEERING_COMMITTEE)
        || typeCode().isEmpty()
        || number().isEmpty()
        || year().isPresent()
        || !unitCodes().isEmpty()
        || !numberSuffix().isEmpty()
        || !isPartyBody(issuerCode())) {
      return this;
    }
    return builder().from(this).party(true).build();
  }

  /** The code a steering committee's opens with: "BCĐ" (Ban Chỉ đạo). */
  private static final String STEERING_COMMITTEE = "BCĐ";

  /** Returns the document type named by the symbol, empty for a công văn or a law. */
  public Optional<DocumentType> type() {
    return typeCode().flatMap(DocumentType::fromAbbreviation);
  }

  /**
   * Returns the letter written after the number, "c" in "30c/NQ-CP", or the sub-number after a dot,
   * ".7" in "66.7/2025/NQ-CP"; empty for most numbers.
   *
   * @return the suffix, empty if none
   */
  @Value.Default
  public String numberSuffix() {
    return "";
  }

  /** Tells whether the number is left blank, as in the draft "/KH-SNgV". */
  public boolean isBlank() {
    return number().isEmpty();
  }

  /**
   * Returns the symbol (ký hiệu) alone: "KH-SNgV", "NĐ-CP", "NQ/TW", "UBND-KSTT"; empty for a
   * number cited alone.
   */
  public String symbol() {
    StringBuilder sb = new StringBuilder();
    if (legacy() && typeFirst()) {
      return sb.append(typeCode().orElse("")).append('/').append(issuerCode()).toString();
    }
    if (legacy()) {
      sb.append(issuerCode());
      typeCode().ifPresent(t -> sb.append('/').append(t));
      // a ministry's unit after its type, "1141-TC/QĐ/CĐKT" (OldMinistryForm)
      unitCodes().forEach(u -> sb.append('/').append(u));
      return sb.toString();
    }
    typeCode().ifPresent(t -> sb.append(t).append(party() ? '/' : '-'));
    sb.append(issuerCode());
    unitCodes().forEach(u -> sb.append('-').append(u));
    return sb.toString();
  }

  /**
   * Formats in the canonical official form: "24/KH-SNgV", "01/KH-UBND", "107/2021/NĐ-CP",
   * "18-NQ/TW", "5942/UBND-KSTT", "/KH-SNgV", "67-HĐBT", "15-BTC/TT"; a number cited alone as its
   * number: "66", "04".
   *
   * @return the canonical number and symbol
   */
  @JsonValue
  public String format() {
    StringBuilder sb = new StringBuilder();
    number().ifPresent(n -> sb.append(n < 10 ? "0" : "").append(n));
    sb.append(numberSuffix());
    if (!hasSymbol()) {
      year().ifPresent(y -> sb.append('/').append(y));
      return sb.toString();
    }
    if (legacy()) {
      return sb.append('-').append(symbol()).toString();
    }
    sb.append(party() || hyphenedYear() ? '-' : '/');
    year().ifPresent(y -> sb.append(y).append('/'));
    return sb.append(symbol()).toString();
  }

  /** Returns {@link #format()}. */
  @Override
  public String toString() {
    return format();
  }

  @Value.Check
  void check() {
    number()
        .ifPresent(
            n -> {
              if (n < 1) {
                throw new IllegalStateException("number " + n + " must be at least 1");
              }
            });
    year()
        .ifPresent(
            y -> {
              if (y < 1000 || y > 9999) {
                throw new IllegalStateException("year " + y + " must have four digits");
              }
            });
    if (!hasSymbol()) {
      if (number().isEmpty()
          || hyphenedYear()
          || typeCode().isPresent()
          || !unitCodes().isEmpty()
          || party()
          || legacy()) {
        throw new IllegalStateException(
            "a number without a symbol has a number and no type, unit or Party form");
      }
      return;
    }
    checkCode(issuerCode(), "issuer code");
    if (legacy()
        && (number().isEmpty()
            || year().isPresent()
            || (!unitCodes().isEmpty() && (typeCode().isEmpty() || typeFirst()))
            || party())) {
      throw new IllegalStateException(
          "a number of the form before 1992 has a number and an issuer, no year, and a unit only"
              + " after its type");
    }
    unitCodes().forEach(u -> checkCode(u, "unit code"));
    if (hyphenedYear() && (year().isEmpty() || number().isEmpty() || party() || legacy())) {
      throw new IllegalStateException("a year after a hyphen needs a number and a year");
    }
    if (typeFirst() && (!legacy() || typeCode().isEmpty())) {
      throw new IllegalStateException("a type first is a form before 1992 with its type");
    }
    if (typeCode().isPresent()) {
      if (party() || typeFirst()) {
        // a Party type code the State list does not have ("CTHĐ", "CV"): checked as a code
        checkCode(typeCode().get(), "type code");
      } else if (DocumentType.fromAbbreviation(typeCode().get()).isEmpty()) {
        throw new IllegalStateException(
            "type code " + typeCode().get() + " is not a known abbreviation");
      }
    } else if (DocumentType.fromAbbreviation(issuerCode()).isPresent()) {
      throw new IllegalStateException(
          "issuer code " + issuerCode() + " is a type abbreviation: set it as typeCode");
    }
    if (party() && (typeCode().isEmpty() || year().isPresent() || number().isEmpty())) {
      throw new IllegalStateException("a Party number has a number and a type, and no year");
    }
  }

  private static void checkCode(String code, String what) {
    if (!NumberParser.isCode(code)) {
      throw new IllegalStateException(
          what
              + " \""
              + code
              + "\" must be an upper-case letter then letters or digits (or '&' between two letters)");
    }
  }
}
