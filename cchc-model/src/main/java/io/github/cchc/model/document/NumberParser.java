package io.github.cchc.model.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Parses a number and symbol from {@code text[start, end)} without throwing: returns {@code null}
 * and records the offset and reason on failure. Shared by {@link DocumentNumber#parse} and the
 * citation scanner, where failure is the common case and must be cheap.
 */
final class NumberParser {
  /** The code of a công văn in the Party's form, "CV" of "562-CV/BCS", "34-CV/HNDT". */
  private static final String PARTY_FORM_LETTER = "CV";

  private static final int MAX_NUMBER_DIGITS = 6;

  private final String text;
  private final int end;
  private final int start;
  private int pos;
  private int errorIndex = -1;
  private String reason = "";
  private boolean issuerNext;
  private String suffix = "";

  NumberParser(String text, int start, int end) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.pos = start;
  }

  int errorIndex() {
    return errorIndex;
  }

  String reason() {
    return reason;
  }

  private @Nullable DocumentNumber fail(int at, String why) {
    errorIndex = at;
    reason = why;
    return null;
  }

  static boolean isCode(String code) {
    if (code.isEmpty() || !Character.isUpperCase(code.charAt(0))) {
      return false;
    }
    for (int i = 1; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean joined =
          c == '&'
              && i + 1 < code.length()
              && Character.isUpperCase(code.charAt(i + 1))
              && Character.isLetter(code.charAt(i - 1));
      if (!Character.isLetterOrDigit(c) && !joined && !DottedCode.joins(code, i, code.length())) {
        return false;
      }
    }
    return true;
  }

  /**
   * A number written alone, digits and at most one lower-case letter ("66", "30c"), or digits and
   * the year after a slash ("42/2025"), in {@code [start, end)} of {@code text}; null when the text
   * is anything else.
   */
  static @Nullable DocumentNumber numberAlone(String text, int start, int end) {
    int p = start;
    while (p < end && SymbolToken.isDigit(text.charAt(p))) {
      p++;
    }
    int digits = p - start;
    if (digits == 0 || digits > MAX_NUMBER_DIGITS) {
      return null;
    }
    String suffix = "";
    if (p + 1 == end && text.charAt(p) >= 'a' && text.charAt(p) <= 'z') {
      suffix = String.valueOf(text.charAt(p));
      p++;
    }
    Integer year = null;
    if (suffix.isEmpty() && end - p == 5 && text.charAt(p) == '/' && isYear(text, p + 1)) {
      // the number and year of a legal document cited without its symbol: "Nghị định số 42/2025
      // ngày 27/02/2025" (Nghị định 42/2025/NĐ-CP)
      year = Integer.parseInt(text, p + 1, end, 10);
      p = end;
    }
    if (p != end) {
      return null;
    }
    int number = Integer.parseInt(text, start, start + digits, 10);
    if (number == 0) {
      return null;
    }
    DocumentNumberBuilder b =
        DocumentNumber.builder()
            .number(number)
            .numberSuffix(suffix)
            .issuerCode("")
            .asWritten(text.substring(start, end));
    if (year != null) {
      b.year(year);
    }
    return b.build();
  }

  /** Four digits at {@code at} that make a year of 1900 to 2099. */
  private static boolean isYear(String text, int at) {
    for (int k = at; k < at + 4; k++) {
      if (!SymbolToken.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return text.startsWith("19", at) || text.startsWith("20", at);
  }

  @Nullable DocumentNumber parse() {
    if (start == end) {
      return fail(start, "number and symbol expected");
    }
    int digitsStart = pos;
    while (pos < end && SymbolToken.isDigit(text.charAt(pos))) {
      pos++;
    }
    int numberLength = pos - digitsStart;
    Integer number = null;
    if (numberLength > MAX_NUMBER_DIGITS) {
      return fail(digitsStart, "number has more than " + MAX_NUMBER_DIGITS + " digits");
    }
    if (numberLength > 0) {
      number = Integer.parseInt(text, digitsStart, pos, 10);
      if (number == 0) {
        return fail(digitsStart, "number must be at least 1");
      }
    }
    String suffix = "";
    // a letter after the number: "30c/NQ-CP" (Nghị quyết 30c of 2011), "64b-HĐBT" (1981)
    if (number != null
        && pos + 1 < end
        && text.charAt(pos) >= 'a'
        && text.charAt(pos) <= 'z'
        && (text.charAt(pos + 1) == '/' || text.charAt(pos + 1) == '-')) {
      suffix = String.valueOf(text.charAt(pos));
      pos++;
    }
    if (number != null
        && suffix.isEmpty()
        && pos + 2 < end
        && text.charAt(pos) == '.'
        && SymbolToken.isDigit(text.charAt(pos + 1))) {
      // a sub-number after a dot: "66.7/2025/NQ-CP", the seventh of the Government's resolutions
      // 66.1 to 66.x of 2025 (not a misprint: the resolutions are numbered so)
      int q = pos + 1;
      while (q < end && q - pos <= 2 && SymbolToken.isDigit(text.charAt(q))) {
        q++;
      }
      if (q < end && text.charAt(q) == '/') {
        suffix = text.substring(pos, q);
        pos = q;
      }
    }
    this.suffix = suffix;
    if (pos == end) {
      return fail(pos, "'/' and symbol expected after the number");
    }
    char sep = text.charAt(pos);
    boolean hyphenedYear = false;
    if (sep == '-' && number != null && suffix.isEmpty() && yearThenSlash(pos + 1)) {
      // the year after a hyphen: "19-2017/NQ-CP" (the Government's yearly resolutions, 2016-2018)
      hyphenedYear = true;
      sep = '/';
    }
    if (sep == '-' && number != null) {
      return party(number);
    }
    if (sep != '/') {
      return fail(pos, numberLength == 0 ? "number or '/' expected" : "'/' expected");
    }
    pos++;
    Integer year = null;
    if (pos + 4 < end
        && SymbolToken.isDigit(text.charAt(pos))
        && SymbolToken.isDigit(text.charAt(pos + 1))
        && SymbolToken.isDigit(text.charAt(pos + 2))
        && SymbolToken.isDigit(text.charAt(pos + 3))
        && text.charAt(pos + 4) == '/') {
      year = Integer.parseInt(text, pos, pos + 4, 10);
      if (year < 1000) {
        return fail(pos, "year must have four digits");
      }
      pos += 5;
    }
    int slash = text.indexOf('/', pos);
    int dot = text.indexOf('.', pos);
    if ((slash < 0 || slash >= end) && dot > pos && dot < end) {
      // a dot written for the hyphen after the type in old symbols: "136/2001/QĐ.TTg", "QĐ.UB"
      slash = dot;
    }
    if (slash > pos
        && slash < end - 1
        && Character.isUpperCase(text.charAt(slash + 1))
        && DocumentType.fromAbbreviation(text.substring(pos, slash)).isPresent()) {
      // a slash written for the hyphen after the type: "183/2010/TTLT/BTC-BNN"
      String mended = text.substring(start, slash) + "-" + text.substring(slash + 1, end);
      DocumentNumber n = new NumberParser(mended, 0, mended.length()).parse();
      if (n != null) {
        return DocumentNumber.builder().from(n).asWritten(text.substring(start, end)).build();
      }
    }
    List<String> groups = new ArrayList<>();
    if (!codes(groups, '-')) {
      return null;
    }
    DocumentNumberBuilder b =
        DocumentNumber.builder().asWritten(text.substring(start, end)).numberSuffix(suffix);
    if (number != null) {
      b.number(number);
    }
    if (year != null) {
      b.year(year).hyphenedYear(hyphenedYear);
    }
    boolean capitals = capitals();
    Optional<String> type = typeCode(groups.get(0), capitals);
    if (type.isPresent()) {
      if (groups.size() < 2) {
        return fail(end, "'-' and issuer code expected after the type " + groups.get(0));
      }
      b.typeCode(type.get());
      groups.remove(0);
    }
    String issuer = issuerCode(groups.get(0), capitals);
    b.issuerCode(issuer);
    b.addAllUnitCodes(groups.subList(1, groups.size()));
    return b.build();
  }

  /**
   * Codes whose official spelling mixes cases, by their spelling in capitals: a symbol in a title
   * written in capitals ("CHỈ THỊ SỐ 20/CT-TTG") is the same document as "20/CT-TTg".
   */
  private static final java.util.Map<String, String> MIXED_CASE_CODES =
      java.util.Map.of("TTG", "TTg", "SNGV", "SNgV", "BNGV", "BNgV", "THU", "ThU");

  /** True when the symbol as written has no lower-case letter. */
  private boolean capitals() {
    for (int i = start; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The type abbreviation a code is, in its official spelling: as written, or, in a symbol written
   * in capitals, the one abbreviation equal to it ignoring case ("CTR" is CTr, "TTR" is TTr). A
   * code of two letters or more with its first in capital and another letter's case changed is the
   * abbreviation too ("Ctr" of "Chương trình hành động số 23-Ctr/TU" of An Giang's Tỉnh ủy, cited
   * by Quyết định 2435/QĐ-UBND of 2016 on hethongphapluat, is CTr): the corpus labels symbols with
   * the type's official letter case.
   */
  static Optional<String> typeCode(String code, boolean capitals) {
    if (DocumentType.fromAbbreviation(code).isPresent()) {
      return Optional.of(code);
    }
    if (!capitals && !capitalFirst(code)) {
      return Optional.empty();
    }
    String found = null;
    for (DocumentType t : DocumentType.values()) {
      String a = t.abbreviation().orElse(null);
      if (a != null && a.equalsIgnoreCase(code)) {
        if (found != null && !found.equals(a)) {
          return Optional.empty();
        }
        found = a;
      }
    }
    return Optional.ofNullable(found);
  }

  /** A code of two letters or more whose first letter is a capital: "Ctr", "Ttr". */
  private static boolean capitalFirst(String code) {
    return code.length() >= 2 && Character.isUpperCase(code.charAt(0));
  }

  private static String issuerCode(String code, boolean capitals) {
    return capitals ? MIXED_CASE_CODES.getOrDefault(code, code) : code;
  }

  private @Nullable DocumentNumber party(int number) {
    pos++; // '-'
    int typeStart = pos;
    String type = code();
    if (type == null) {
      return null;
    }
    boolean capitals = capitals();
    Optional<String> official = typeCode(type, capitals);
    if (official.isEmpty() && pos == end) {
      // the form of State documents before 1992: number, hyphen, issuer ("67-HĐBT", "15-CP")
      return DocumentNumber.builder()
          .asWritten(text.substring(start, end))
          .number(number)
          .numberSuffix(suffix)
          .issuerCode(type)
          .legacy(true)
          .build();
    }
    if ((official.isPresent() || type.equals(ORDER)) && stateBodyAfterSlash()) {
      // the State form before 1992 with its type first, as the Party writes it: "16-NQ/HĐNN",
      // "38-LCT/HĐNN" (lệnh of the Chủ tịch Hội đồng Nhà nước), "215-NQ/QHK6": not a Party number
      return DocumentNumber.builder()
          .asWritten(text.substring(start, end))
          .number(number)
          .numberSuffix(suffix)
          .typeCode(official.orElse(type))
          .issuerCode(text.substring(pos + 1, end))
          .legacy(true)
          .typeFirst(true)
          .build();
    }
    // a ministry's code, its type and its unit: "1141-TC/QĐ/CĐKT" (OldMinistryForm; "TC" is
    // also the code of a thông cáo, so the two slashes decide)
    DocumentNumber unit = OldMinistryForm.read(text, start, end, number, suffix, type, pos);
    if (unit != null) {
      return unit;
    }
    if (official.isEmpty() && !partyBodyAfterSlash()) {
      Optional<String> after = typeAfterSlash();
      if (after.isPresent()) {
        // the State form before 1992 with its type after a slash: "15-BTC/TT" (Bộ Tài chính)
        return DocumentNumber.builder()
            .asWritten(text.substring(start, end))
            .number(number)
            .numberSuffix(suffix)
            .issuerCode(type)
            .typeCode(after.get())
            .legacy(true)
            .build();
      }
      if (!type.equals(PARTY_FORM_LETTER)) {
        return fail(typeStart, "document type abbreviation expected after '-', found " + type);
      }
      // a công văn in the Party's form from a body the Party's list does not name: the mass
      // organisations and the Ban cán sự đảng write theirs so ("Số 34 - CV/ HNDT", the Hà Nam
      // farmers' union, 2023; "Công văn số 571-CV/UBND", Cà Mau's Ban cán sự đảng UBND tỉnh)
    }
    // a Party type code of its own before a Party body ("147-CTHĐ/TU", "562-CV/BCS") is kept
    type = official.orElse(type);
    if (pos == end || (text.charAt(pos) != '/' && text.charAt(pos) != '-')) {
      return fail(pos, "'/' and issuer code expected after the type");
    }
    pos++;
    issuerNext = true;
    List<String> groups = new ArrayList<>();
    if (!codes(groups, '-')) {
      return null;
    }
    return DocumentNumber.builder()
        .asWritten(text.substring(start, end))
        .number(number)
        .typeCode(type)
        .party(true)
        .issuerCode(issuerCode(groups.get(0), capitals))
        .addAllUnitCodes(groups.subList(1, groups.size()))
        .build();
  }

  /** Four digits then '/' at {@code at}: the year of "19-2017/NQ-CP". */
  private boolean yearThenSlash(int at) {
    if (at + 4 >= end || text.charAt(at + 4) != '/') {
      return false;
    }
    for (int k = at; k < at + 4; k++) {
      if (!SymbolToken.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return text.charAt(at) != '0';
  }

  /** At {@code pos}: '/' then a type's abbreviation up to the end ("/TT", "/QĐ"); else empty. */
  private Optional<String> typeAfterSlash() {
    if (pos >= end || text.charAt(pos) != '/') {
      return Optional.empty();
    }
    String code = text.substring(pos + 1, end);
    return DocumentType.fromAbbreviation(code).isPresent() ? Optional.of(code) : Optional.empty();
  }

  /** "LCT": the code of an order (lệnh) of the Chủ tịch Hội đồng Nhà nước, "38-LCT/HĐNN". */
  private static final String ORDER = "LCT";

  /**
   * State bodies of the time before 1992 that numbered with the type first: the Hội đồng Nhà nước
   * ("HĐNN", "HĐNN8" of the eighth legislature), the Hội đồng Bộ trưởng and Hội đồng Chính phủ, the
   * Quốc hội and its Standing Committee ("QHK6", "UBTVQH9").
   */
  private static final java.util.regex.Pattern OLD_STATE_BODY =
      java.util.regex.Pattern.compile("(?:HĐNN|HĐBT|HĐCP|UBTVQH)\\d?|QHK\\d");

  /** '/' at the position and, up to the end, a State body of the form before 1992. */
  private boolean stateBodyAfterSlash() {
    return pos < end
        && text.charAt(pos) == '/'
        && OLD_STATE_BODY.matcher(text.substring(pos + 1, end)).matches();
  }

  /** At {@code pos}: '/' then the code of a Party body up to the end ("/TU", "/BCS"). */
  private boolean partyBodyAfterSlash() {
    if (pos >= end || text.charAt(pos) != '/') {
      return false;
    }
    int p = pos + 1;
    int q = p;
    while (q < end && Character.isLetterOrDigit(text.charAt(q))) {
      q++;
    }
    return q == end && q > p && DocumentNumber.isPartyBody(text.substring(p, q));
  }

  /** Reads code (sep code)* up to the end; false (with the error set) if something else. */
  private boolean codes(List<String> into, char sep) {
    while (true) {
      String code = code();
      if (code == null) {
        return false;
      }
      into.add(code);
      issuerNext = into.size() == 1 && DocumentType.fromAbbreviation(code).isPresent();
      if (pos == end) {
        return true;
      }
      if (text.charAt(pos) != sep) {
        fail(pos, "unexpected character '" + text.charAt(pos) + "' in the symbol");
        return false;
      }
      pos++;
    }
  }

  private @Nullable String code() {
    int codeStart = pos;
    if (pos == end || !Character.isUpperCase(text.charAt(pos))) {
      String what = issuerNext ? "issuer code" : "code";
      fail(
          pos,
          pos > start && text.charAt(pos - 1) == '-'
              ? what + " expected after '-'"
              : what + " (an upper-case letter, then letters or digits) expected");
      return null;
    }
    pos++;
    // letters or digits; '&' between two letters joins two units ("SNV-CCHC&PC")
    while (pos < end
        && (Character.isLetterOrDigit(text.charAt(pos))
            || (text.charAt(pos) == '&'
                && pos + 1 < end
                && Character.isUpperCase(text.charAt(pos + 1))
                && Character.isLetter(text.charAt(pos - 1)))
            // a dot joining two parts of an old code: "QĐ-CT.UB" (DottedCode)
            || DottedCode.joins(text, pos, end))) {
      pos++;
    }
    return text.substring(codeStart, pos);
  }
}
