package io.github.cchc.model.document;

import io.github.cchc.model.document.CitationScanner.Part;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of {@link CitationScanner} for citations in a list: numbers sharing the symbol after
 * the last of them ("Chỉ thị 01, 13, 33/CT-UB", "Nghị quyết số 17, 18 và 19-NQ/TW"), parts
 * coordinated after a citation ("… và số 38-CTr-TU ngày 11/4/2018", "1628/QĐ-UBND …,
 * 1629/QĐ-UBND"), a list after a plural type name and a colon ("các Quyết định: 1628/QĐ-UBND …")
 * and its further items after a ';' or ',' ("…; số 3486/QĐ-UBND …"). It reads the scanner's text
 * with the scanner's primitives.
 */
final class CitationLists {
  private final CitationScanner scanner;

  /** The scanner's text (its no-break spaces as spaces). */
  private final String text;

  private final int n;

  CitationLists(CitationScanner scanner, String text) {
    this.scanner = scanner;
    this.text = text;
    this.n = text.length();
  }

  /** The most words between a plural type name and its colon: "các Quyết định của UBND tỉnh:". */
  private static final int MAX_LIST_WORDS = 8;

  /**
   * A list of citations after a plural type name and a colon: "ban hành các Quyết định:
   * 1628/QĐ-UBND ngày …", "các văn bản: số 4011/UBND-VX2 ngày …, số 1071/UBND-VX2 … và số
   * 4761/UBND-VX2", "theo các Quyết định của Ủy ban nhân dân tỉnh: số 3669/QĐ-UBND …". The type
   * name must follow "các" or "những", so a property row ("Số hiệu văn bản: 02/2011/TTLT-VPCP-BNV",
   * the page's own number) starts none. Returns the list's parts, or null.
   */
  @Nullable List<Part> pluralListBefore(int digit, int floor) {
    int q = scanner.skipSpacesBack(digit);
    boolean so = false;
    if (scanner.soEndingAt(q, floor) >= 0) {
      so = text.startsWith("số", q - 2) || capitalSoAfterColon(q - 2, floor);
      q = scanner.skipSpacesBack(q - 2);
    }
    if (q <= floor || text.charAt(q - 1) != ':') {
      return null;
    }
    int colon = q - 1;
    int beforeColon = scanner.skipSpacesBack(colon);
    // "các Quyết định … phê duyệt, cụ thể: số 1341/QĐ-TTg …": the lead-in is no subject word
    int p = ListLeadIn.before(scanner, text, beforeColon, floor);
    boolean leadIn = p != beforeColon;
    for (int w = 0; w < MAX_LIST_WORDS && p > floor; w++) {
      int start = scanner.typeEndingAt(p, floor);
      if (start >= 0 && (pluralBefore(start, floor) || so)) {
        // a type in the singular before its issuer and a colon, the items with a lower-case "số":
        // "Căn cứ Quyết định của Thủ tướng Chính phủ: số 491/QĐ-TTg ngày 16/4/2009 …; số
        // 558/QĐ-TTg …" (Quyết định 36/2016 of Kon Tum on hethongphapluat): a list as well
        // (SingularListTest); a property row has no "số" after its colon
        int[] end = new int[1];
        DocumentType type = scanner.matchType(start, end);
        if (type == null) {
          return null;
        }
        // read on from after the colon: "ban hành các Quyết định: 1628/QĐ-UBND …", "các văn
        // bản: số 4011/UBND-VX2 …"
        List<Part> parts = scanner.scanFrom(start, type, colon + 1, false);
        if (leadIn && parts != null && !parts.get(0).number.hasSymbol()) {
          // "các Quyết định …, cụ thể: 30 xã …" counts, it cites nothing
          return null;
        }
        return parts;
      }
      int wordEnd = p;
      while (p > floor && Character.isLetter(text.charAt(p - 1))) {
        p--;
      }
      if (p == wordEnd) {
        return null;
      }
      while (p > floor && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\u00a0')) {
        p--;
      }
    }
    return null;
  }

  /**
   * True when the "Số" at {@code so} is written with its capital right after a colon on the same
   * line, as a colon may be followed by a capital: "Công điện của Thủ tướng Chính phủ: Số
   * 137/CĐ-TTg ngày 20/12/2024 …" (Quyết định 196/QĐ-UBND of Quảng Ngãi, 2025, corpus {@code
   * unseen50}) is an item as "…: số 137/CĐ-TTg" is. A "Số" that opens its line (a header's number
   * line, a table's cell) is not.
   */
  private boolean capitalSoAfterColon(int so, int floor) {
    if (!text.startsWith("Số", so)) {
      return false;
    }
    int p = so;
    while (p > floor && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\u00a0')) {
      p--;
    }
    return p < so && p > floor && text.charAt(p - 1) == ':';
  }

  /**
   * A further item of a list of citations, "số" and a number with its symbol after the ';' or ','
   * that ended the item before, in the same sentence as that item ("các Quyết định của Ủy ban nhân
   * dân tỉnh: số 3669/QĐ-UBND ngày 31/12/2020 về việc phê duyệt …; số 3486/QĐ-UBND ngày 31/12/2021
   * về việc …"): the item's subject stands between, so the list does not go on from the item
   * itself. The type is the one the symbol names, or a công văn. Only a lower-case "số" after a
   * separator: a "Số:" line is the page's own number. The item's "số" a copy that lost letters left
   * as a lone "s" counts as "số", as it does after a type's name ({@link #lostSoBefore}). Returns
   * the part, or null.
   */
  @Nullable List<Part> listedBefore(int digit, int floor) {
    int q = scanner.skipSpacesBack(digit);
    int soStart;
    if (q - 2 >= floor
        && text.startsWith("số", q - 2)
        && !(q - 2 > 0 && CitationScanner.isWordChar(text.charAt(q - 3)))) {
      soStart = q - 2;
    } else if (lostSoBefore(q, floor)) {
      soStart = q - 1;
    } else if (q > floor && text.charAt(q - 1) == ';') {
      // an item without "số" after a ';', its number with a full symbol (SymbolAfterSemicolon)
      soStart = q;
    } else {
      return null;
    }
    int sep = scanner.skipSpacesBack(soStart);
    if (sep <= floor
        || sep - floor > MAX_LIST_GAP
        || (text.charAt(sep - 1) != ';' && text.charAt(sep - 1) != ',')) {
      return null;
    }
    for (int k = floor; k < sep - 1; k++) {
      char c = text.charAt(k);
      if (c == '.' || (c == '\n' && k + 1 < n && text.charAt(k + 1) == '\n')) {
        // another sentence or paragraph since the last citation
        return null;
      }
    }
    Part part = scanner.part(soStart, DocumentType.CONG_VAN, soStart, false);
    if (part == null || !part.number.hasSymbol()) {
      return null;
    }
    if (soStart == q && !SymbolAfterSemicolon.names(part.number)) {
      return null;
    }
    return List.of(part);
  }

  /**
   * A citation in brackets after the type's name and the document's subject: "Bộ Chính trị (khoá
   * VIII) đã ban hành Chỉ thị về phổ cập giáo dục trung học cơ sở (số 61-CT/TW, ngày 28-12-2000)"
   * (evbn.edu.vn on Chỉ thị 10-CT/TW). The rule: an opening bracket, a lower-case "số" and a number
   * whose symbol names a document type ({@link SymbolAfterSemicolon#names}); a number whose symbol
   * names none ("(số 15/UBND-VX)") or a bracket without "số" ("(61-CT/TW)") is left. The "số" may
   * open the bracket with its capital, and the bracket may hold several numbers coordinated by "và"
   * or a comma: "các Quyết định của Bộ trưởng … phê duyệt điều chỉnh Quy hoạch … (Số
   * 1226/QĐ-BVHTTDL ngày 29/4/2025 và số 2657/QĐ-BVHTTDL ngày 29/7/2025)" (Quyết định
   * 4385/QĐ-BVHTTDL of 2025, corpus {@code unseen46}); a "Số:" line has no bracket. Returns the
   * parts, or null.
   */
  @Nullable List<Part> bracketedBefore(int digit, int floor) {
    int q = scanner.skipSpacesBack(digit);
    if (q - 3 < floor
        || !(text.startsWith("số", q - 2) || text.startsWith("Số", q - 2))
        || text.charAt(q - 3) != '(') {
      return null;
    }
    Part part = scanner.part(q - 2, DocumentType.CONG_VAN, q - 2, false);
    if (part == null || !SymbolAfterSemicolon.names(part.number)) {
      return null;
    }
    List<Part> parts = new ArrayList<>();
    parts.add(part);
    coordinated(parts, DocumentType.CONG_VAN);
    return parts;
  }

  /**
   * A further item's "số" that lost its letters in a copy whose font lacked "ố", a lone "s" before
   * the number, glued or not: "…; số 319/QĐ-TTg ngày 08/3/2022 quy định …; s320/QĐ-TTg ngày
   * 08/3/2022 ban hành …" (Kế hoạch 158/KH-UBND of Lào Cai, 2022, hethongphapluat.com, whose copy
   * also has "Thtướng" and "xây dng"). The 's' ends at {@code q} and stands alone: no letter before
   * it.
   */
  private boolean lostSoBefore(int q, int floor) {
    return q - 1 > floor
        && text.charAt(q - 1) == 's'
        && !CitationScanner.isWordChar(text.charAt(q - 2));
  }

  /**
   * The most characters between the end of a list's item and the next item ("ngày 31/12/2020 về
   * việc phê duyệt Kế hoạch … năm 2021; số 3486/QĐ-UBND"): the subject of one item, not a page.
   */
  private static final int MAX_LIST_GAP = 400;

  /** "các" or "những" before {@code start}: a type name in the plural. */
  private boolean pluralBefore(int start, int floor) {
    int q = scanner.skipSpacesBack(start);
    for (String word : new String[] {"cac", "nhung"}) {
      int s = q - word.length();
      if (s >= floor && scanner.matchesFolded(s, word) && scanner.wordStart(s)) {
        return true;
      }
    }
    return false;
  }

  /** The most numbers a list sharing one symbol is read over: "Chỉ thị 01, 13, 33/CT-UB". */
  private static final int MAX_SHARED = 12;

  /**
   * Numbers that share the symbol written after the last of them: "Chỉ thị 01, 13, 33/CT-UB" cites
   * 01/CT-UB, 13/CT-UB and 33/CT-UB, "Nghị quyết số 17, 18 và 19-NQ/TW" three Party resolutions.
   * After the type name (and an optional "số"), numbers alone separated by commas or "và", then a
   * number with its symbol; each number alone takes that symbol. Null when the text is anything
   * else (one number, or no symbol at the end).
   */
  @Nullable List<Part> sharedSymbol(int start, DocumentType type, int nameEnd) {
    int p = scanner.skipSpaces(nameEnd);
    if (scanner.wordAt(p, "so")) {
      p = scanner.skipSpaces(p + 2);
    }
    List<int[]> alone = new ArrayList<>();
    while (alone.size() < MAX_SHARED) {
      int q = p;
      while (q < n && q - p <= 6 && SymbolToken.isDigit(text.charAt(q))) {
        q++;
      }
      if (q == p || q - p > 6) {
        return null;
      }
      if (q < n && (text.charAt(q) == '/' || text.charAt(q) == '-')) {
        if (alone.isEmpty()) {
          return null;
        }
        int e = SymbolToken.trimmed(text, q, SymbolToken.end(text, q, n), 0);
        DocumentNumber last = new NumberParser(text, p, e).parse();
        if (last == null || !last.hasSymbol()) {
          return null;
        }
        String symbol = text.substring(q, e);
        List<Part> parts = new ArrayList<>();
        for (int[] a : alone) {
          String written = text.substring(a[0], a[1]) + symbol;
          DocumentNumber each = new NumberParser(written, 0, written.length()).parse();
          if (each == null) {
            return null;
          }
          parts.add(sharedPart(parts.isEmpty() ? start : a[0], type, each, a[0], a[1]));
        }
        parts.add(sharedPart(p, type, last, p, e));
        return parts;
      }
      alone.add(new int[] {p, q});
      int r = scanner.skipSpaces(q);
      if (r < n && text.charAt(r) == ',') {
        r = scanner.skipSpaces(r + 1);
      } else if (scanner.wordAt(r, "va")) {
        r = scanner.skipSpaces(r + 2);
      } else {
        return null;
      }
      p = r;
    }
    return null;
  }

  private static Part sharedPart(
      int start, DocumentType type, DocumentNumber number, int numberStart, int numberEnd) {
    Part part = new Part(type, number.typedAs(type));
    part.start = start;
    part.numberStart = numberStart;
    part.numberEnd = numberEnd;
    part.end = numberEnd;
    return part;
  }

  /**
   * Reads the parts coordinated after the last of {@code parts} onto the list: "và" or a comma,
   * then "số" and a number ("Nghị quyết số 18-NQ/TW … và số 38-CTr-TU ngày 11/4/2018"), or a number
   * with its symbol ("các Quyết định: 1628/QĐ-UBND ngày 28/6/2025, 1629/QĐ-UBND …"); each is of
   * {@code type}.
   */
  void coordinated(List<Part> parts, DocumentType type) {
    Part last = parts.get(parts.size() - 1);
    while (true) {
      int p = scanner.skipSpaces(last.end);
      int q;
      if (scanner.wordAt(p, "va")) {
        q = scanner.skipSpaces(p + 2);
      } else if (p < n && text.charAt(p) == ',') {
        q = scanner.skipSpaces(p + 1);
      } else {
        break;
      }
      boolean so = scanner.wordAt(q, "so");
      if (!so && !(q < n && SymbolToken.isDigit(text.charAt(q)))) {
        break;
      }
      Part next = scanner.part(q, type, q, false);
      if (next == null || (!so && !next.number.hasSymbol())) {
        // without "số", only a number with its symbol goes on the list: "các Quyết định:
        // 1628/QĐ-UBND ngày 28/6/2025, 1629/QĐ-UBND …"
        break;
      }
      next.start = q;
      parts.add(next);
      last = next;
    }
  }
}
