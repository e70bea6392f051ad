package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseDates;
import io.github.cchc.model.text.VietnameseText;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The scanner behind {@link CitationExtractor} and {@link LegalReference#parse(CharSequence)}. One
 * pass over NFC text; a citation starts at a document type name at a word start ("Quyết định", "Kế
 * hoạch", "Chương trình hành động", in any case), optionally "số", then a token that parses as a
 * {@link DocumentNumber} (after "số", a number alone too: "Chỉ thị số 23", whose {@link
 * DocumentNumber#hasSymbol()} is false); then optionally ", ngày" and a date, coordinated parts
 * ("và số 38-CTr-TU ngày 11/4/2018") and "của" with the issuer. Nothing else can start a citation,
 * so ordinary numbers, dates and percentages never do. The rules of lists of citations are in
 * {@link CitationLists}.
 */
final class CitationScanner {
  /** Folded words that end an issuer: the subject or a new clause starts there. */
  private static final String[] ISSUER_STOPS = {
    "ve",
    "ban hanh",
    "quy dinh",
    "mot so",
    "thuc hien",
    "huong dan",
    "phe duyet",
    "sua doi",
    "trien khai",
    "tai",
    "theo",
    "va",
    "nam",
    "giai doan",
    "dinh huong",
    "ngay",
    "so",
    "cong bo",
    "phat dong",
    "cho",
    "voi",
    "trong",
    "nham",
    "tiep tuc",
    "lien quan",
    "de",
    "kem theo"
  };

  private static final int MAX_ISSUER_WORDS = 12;

  /** The generic name a letter is cited by: "Văn bản số 2748/UBND-TH" (a công văn). */
  private static final String GENERIC = "van ban";

  /**
   * The folded names a citation starts with, longest first: every type's, and the generic "văn
   * bản", read as a công văn unless its symbol names a type ("Văn bản số 12/2020/QĐ-UBND").
   */
  private static final List<Map.Entry<String, DocumentType>> NAMES;

  static {
    List<Map.Entry<String, DocumentType>> names =
        new ArrayList<>(DocumentType.foldedNamesLongestFirst());
    names.add(Map.entry(GENERIC, DocumentType.CONG_VAN));
    // a legal site's category before the number: "Văn bản khác 2302/KH-UBND"
    // (OtherDocumentCategory)
    names.add(Map.entry(OtherDocumentCategory.FOLDED, DocumentType.CONG_VAN));
    for (DocumentType t : DocumentType.values()) {
      String lost = lostLetters(t.fullName());
      if (lost.indexOf(' ') > 0
          && lost.length() >= 4
          && names.stream().noneMatch(e -> e.getKey().equals(lost))) {
        names.add(Map.entry(lost, t));
      }
    }
    for (Map.Entry<String, DocumentType> e : DocumentType.foldedNamesLongestFirst()) {
      // a name whose spaces a copy lost: "Quyếtđịnh số 1658/QĐ-BKHĐT" (GluedName)
      String glued = GluedName.of(e.getKey());
      if (glued != null && names.stream().noneMatch(x -> x.getKey().equals(glued))) {
        names.add(Map.entry(glued, e.getValue()));
      }
    }
    names.sort(
        java.util.Comparator.comparingInt(
                (Map.Entry<String, DocumentType> e) -> e.getKey().length())
            .reversed());
    NAMES = List.copyOf(names);
  }

  /**
   * A type's name as a copy that lost its Vietnamese letters gives it, folded: each letter of the
   * Latin Extended Additional block (the precomposed "ị", "ế", "ộ", "ứ" …, which the copy's font
   * lacked) is gone, its place a space, and runs of spaces are one: "Nghị định" is "ngh d nh",
   * "Quyết định" is "quy t d nh" (as in the text of Quyết định 291/QĐ-UBDT on tailieu.vn, "Căn c
   * Ngh đ nh s 51/2003/NĐ-CP"). Letters that survive ("đ", "â", "ư", "à") keep their place.
   */
  static String lostLetters(String nfcName) {
    StringBuilder b = new StringBuilder(nfcName.length());
    for (int k = 0; k < nfcName.length(); k++) {
      char c = nfcName.charAt(k);
      b.append(c >= '\u1ea0' && c <= '\u1ef9' ? ' ' : c);
    }
    return VietnameseText.fold(b.toString().strip().replaceAll("\\s+", " "));
  }

  /** Folded type names by their first (ASCII) letter, longest first; empty lists elsewhere. */
  private static final List<List<Map.Entry<String, DocumentType>>> NAMES_BY_FIRST =
      new ArrayList<>();

  static {
    for (int c = 0; c < 128; c++) {
      NAMES_BY_FIRST.add(new ArrayList<>());
    }
    for (Map.Entry<String, DocumentType> e : NAMES) {
      NAMES_BY_FIRST.get(e.getKey().charAt(0)).add(e);
    }
  }

  /** The text scanned: the NFC text with its no-break spaces as spaces (same offsets). */
  private final String text;

  /** The NFC text as given, which a citation's text and symbol are taken from. */
  private final String original;

  private final int n;

  /** The rules of lists of citations, read with this scanner's primitives. */
  private final CitationLists lists;

  private int errorIndex = -1;
  private String reason = "";

  /**
   * A scanner of {@code nfcText}. No-break spaces (U+00A0, U+202F, U+2007, as web pages give
   * "&amp;nbsp;" between words: "Quyết&amp;nbsp;định số 12/QĐ-UBND") separate words as spaces do;
   * each is one character, so offsets stay those of the text given.
   */
  CitationScanner(String nfcText) {
    this.original = nfcText;
    this.text = VietnameseText.plain(nfcText);
    this.n = nfcText.length();
    this.lists = new CitationLists(this, text);
  }

  int errorIndex() {
    return errorIndex;
  }

  String reason() {
    return reason;
  }

  /** One numbered part of a citation: "số 38-CTr-TU ngày 11/4/2018". */
  static final class Part {
    int start;
    int end;
    DocumentType type;
    int numberStart;
    int numberEnd;
    DocumentNumber number;
    @Nullable LocalDate date;
    int issuerStart = -1;
    int issuerEnd = -1;

    Part(DocumentType type, DocumentNumber number) {
      this.type = type;
      this.number = number;
    }
  }

  /**
   * Every citation, in reading order. The scan is anchored on digits: a number and symbol starts
   * with a digit after white space (or "số:"), and only there does it look back for "số" and a type
   * name, then read the citation forward. Digits are far rarer than word starts, so most of the
   * text costs one comparison per character.
   */
  List<Citation> scanAll() {
    List<Citation> out = new ArrayList<>();
    int done = 0;
    int[] nameEnd = new int[1];
    for (int i = 1; i < n; i++) {
      char ch = text.charAt(i);
      if (ch < '0' || ch > '9') {
        continue;
      }
      char prev = text.charAt(i - 1);
      if (prev != ' '
          && prev != '\t'
          && prev != '\u00a0'
          && prev != ':'
          && prev != '\n'
          && !lostSo(i - 1)) {
        continue;
      }
      int nameStart = typeBefore(i, done, nameEnd);
      if (nameStart < 0) {
        List<Part> other = abbreviatedBefore(i, done);
        if (other == null) {
          other = lists.pluralListBefore(i, done);
        }
        if (other == null && !out.isEmpty()) {
          other = lists.listedBefore(i, done);
        }
        if (other == null) {
          other = lists.bracketedBefore(i, done);
        }
        if (other != null) {
          for (Part p : other) {
            out.add(citation(p));
          }
          done = other.get(other.size() - 1).end;
          i = done;
        }
        continue;
      }
      int named = nameEnd[0];
      DocumentType type = matchType(nameStart, nameEnd);
      int typeEnd = nameEnd[0];
      if (named >= 0) {
        // the name and the words after it, "Luật Tổ chức Chính phủ" before "số"
        nameEnd[0] = named;
      }
      List<Part> parts = type == null ? null : scanFrom(nameStart, type, nameEnd[0], false);
      if (parts == null) {
        // "các Quyết định: 1628/QĐ-UBND": the name before a colon opens a list
        parts = lists.pluralListBefore(i, done);
      }
      if (parts == null) {
        continue;
      }
      if (numberLine(nameStart, parts)
          || proseHeading(nameStart, parts)
          || (type != null
              && parts.size() == 1
              && OneLineProseHeading.at(
                  text, nameStart, typeEnd, parts.get(0).numberStart, parts.get(0).numberEnd))) {
        // a header's own number line, "Nghị quyết số: 653/2019/UBTVQH14" (its "Số:" with the
        // type written before it), names the document itself: no citation
        done = parts.get(0).end;
        i = done;
        continue;
      }
      for (Part p : parts) {
        out.add(citation(p));
      }
      done = parts.get(parts.size() - 1).end;
      i = done;
    }
    return out;
  }

  /**
   * The letter left of "số" where a copy lost the rest of it, "Nghị định s20/2008/NĐ-CP", "s
   * 63/2010/NĐ-CP": a lone 's' at {@code at}, after white space.
   */
  private boolean lostSo(int at) {
    return at >= 1
        && text.charAt(at) == 's'
        && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\u00a0');
  }

  /**
   * A law's symbol with the legislature's number parted from "QH" by a space: "Luật Tổ chức chính
   * quyền địa phương số 72/2025/QH 15" is 72/2025/QH15 (Nghị quyết 45/2025/NQ-HĐND of Tây Ninh,
   * nhansu.vn). Only a Quốc hội code ("QH", "UBTVQH") without its number, and one or two digits
   * standing alone after at most two spaces; null otherwise.
   */
  private static SpacedSymbol.@Nullable Joined legislatureParted(
      String text, int from, int to, int n, DocumentNumber number) {
    if (!number.issuerCode().endsWith("QH") || to >= n || text.charAt(to) != ' ') {
      return null;
    }
    Matcher m = LEGISLATURE.matcher(text).region(to, n);
    if (!m.lookingAt()) {
      return null;
    }
    String joined = text.substring(from, to) + m.group(1);
    DocumentNumber parsed = new NumberParser(joined, 0, joined.length()).parse();
    return parsed == null ? null : new SpacedSymbol.Joined(joined, m.end(1), parsed);
  }

  /** One or two spaces, then the legislature's number alone: " 15", ending its token. */
  private static final Pattern LEGISLATURE = Pattern.compile(" {1,2}(\\d{1,2})(?![\\d\\p{L}/-])");

  /**
   * True when a citation is the whole of its line and written "TYPE số: NUMBER", with the colon of
   * a header's "Số:" line (table bars around it aside): the document's own number, not a citation.
   */
  private boolean numberLine(int nameStart, List<Part> parts) {
    if (parts.size() != 1) {
      return false;
    }
    Part p = parts.get(0);
    int lineStart = nameStart;
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    // a consolidated text's authentication heading, "XÁC THỰC VĂN BẢN HỢP NHẤT⏎Số: 03/VBHN-BTC"
    // (ConsolidationBlock): its number is the document's own as a header's "Số:" line is
    boolean authentication =
        VietnameseText.fold(text.substring(lineStart, nameStart)).strip().equals("xac thuc");
    for (int k = lineStart; k < nameStart && !authentication; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '|') {
        return false;
      }
    }
    int lineEnd = text.indexOf('\n', p.numberEnd);
    if (lineEnd < 0) {
      lineEnd = n;
    }
    for (int k = p.numberEnd; k < lineEnd; k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '|') {
        return false;
      }
    }
    String between = text.substring(nameStart, p.numberStart);
    return between.indexOf(':') >= 0 && VietnameseText.fold(between).contains("so");
  }

  /**
   * True for the old prose heading of the document itself: its type's name alone on a line in
   * capitals, the next line opening with "SỐ", the number and "NGÀY" ("THÔNG TƯ⏎SỐ 15-BTC/TT NGÀY
   * 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH …"); the page's own number, not a citation.
   */
  private boolean proseHeading(int nameStart, List<Part> parts) {
    Part p = parts.get(0);
    int lineStart = nameStart;
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    int lineEnd = text.indexOf('\n', nameStart);
    if (lineEnd < 0 || lineEnd > p.numberStart) {
      return false;
    }
    String name = text.substring(lineStart, lineEnd).strip();
    String next = text.substring(lineEnd + 1, p.numberStart).strip();
    if (!Capitals.in(name)
        || !text.substring(lineStart, nameStart).isBlank()
        || !(next.equals("SỐ") || OF_ISSUER_SO.matcher(VietnameseText.fold(next)).matches())) {
      return false;
    }
    int after = skipSpaces(p.numberEnd);
    return text.startsWith("NGÀY", after) || text.startsWith("ngày", after);
  }

  /**
   * The issuer and "số" of a prose heading under its type's name, folded: "CỦA CHÍNH PHỦ SỐ" (Nghị
   * định 61/1998/NĐ-CP), "Của Chính phủ số" (Nghị định 101-CP of 1997 on luatvietnam).
   */
  private static final Pattern OF_ISSUER_SO = Pattern.compile("cua\\s+[^\\d]{3,80}\\s+so");

  private Citation citation(Part p) {
    String issuer =
        p.issuerStart >= 0
            ? text.substring(p.issuerStart, p.issuerEnd).replaceAll("\\s+", " ")
            : "";
    CitationBuilder b =
        Citation.builder()
            .text(original.substring(p.start, p.end))
            .start(p.start)
            .end(p.end)
            // the generic "Văn bản số …" takes the type its symbol names, if any
            .type(p.type == DocumentType.CONG_VAN ? p.number.type().orElse(p.type) : p.type)
            .numberSymbol(original.substring(p.numberStart, p.numberEnd))
            // a Party document cited like a State one: "Nghị quyết số 59/NQ-TW" is 59-NQ/TW
            .number(MisprintedSymbol.repaired(p.number, p.type, issuer).partyForm());
    if (p.date != null) {
      b.date(p.date);
    }
    if (p.issuerStart >= 0) {
      b.issuer(issuer);
    }
    return b.build();
  }

  /**
   * Looks back from a number starting at {@code digit} for an optional "số" or "số:" and a type
   * name ending there, starting at or after {@code floor}; returns the name's start or -1. Sets
   * {@code nameEnd[0]} to the end of the words between a name and its "số" ("Luật Tổ chức Chính phủ
   * số …"), or -1 when the name itself ends there.
   */
  private int typeBefore(int digit, int floor, int[] nameEnd) {
    nameEnd[0] = -1;
    // "số 12", "số:12", "số: 12" (a colon after "số", as some legal sites write it)
    int q = skipSpacesBack(digit);
    if (q > 0 && text.charAt(q - 1) == ':') {
      q = skipSpacesBack(q - 1);
    }
    boolean so = false;
    if (gluedSo(q, floor)) {
      // "Báo cáo thẩm trasố 46/BC- HĐND": "số" glued to the word before it by a copy that lost
      // the space (the same page has "tháng11", "vàkế")
      q -= 2;
      so = true;
    } else if (soEndingAt(q, floor) >= 0) {
      q = skipSpacesBack(q - 2);
      so = true;
      if (q > floor && text.charAt(q - 1) == '(') {
        // the number in parentheses after the type's name: "Công văn (số 73/TTg-CN)"
        q = skipSpacesBack(q - 1);
      }
    } else if (q - 1 > floor && lostSo(q - 1)) {
      // "s20/2008/NĐ-CP", "s 63/2010/NĐ-CP": "số" that lost its last letters in a copy
      q = skipSpacesBack(q - 1);
      so = true;
    }
    if (q == 0 || !isWordChar(text.charAt(q - 1))) {
      return -1;
    }
    int start = typeEndingAt(q, floor);
    return start < 0 && so ? namedTypeBefore(q, floor, nameEnd) : start;
  }

  /**
   * Where the word "số" ending at {@code q} starts, in any case, with its marks or without ("số",
   * "Số", "so"), at or after {@code floor} and at a word's start; -1 if there is none. Not "sở" or
   * "sơ" (HornedSo).
   */
  int soEndingAt(int q, int floor) {
    return q - 2 >= floor
            && matchesFolded(q - 2, "so")
            && !HornedSo.at(text, q - 2)
            && (q - 2 == 0 || !isWordChar(text.charAt(q - 3)))
        ? q - 2
        : -1;
  }

  /**
   * True when "số", with its marks, ends at {@code q} glued to a lower-case word before it
   * ("trasố"): a Vietnamese syllable cannot end so, so the copy lost the space between two words.
   */
  private boolean gluedSo(int q, int floor) {
    return q - 3 >= floor
        && text.startsWith("số", q - 2)
        && Character.isLowerCase(text.charAt(q - 3))
        && Character.isLetter(text.charAt(q - 3));
  }

  /**
   * A citation by the type's abbreviation, as news pages shorten the name: "QĐ số 99/QĐ-UBND", "NQ
   * 57-NQ/TW", "KH số 12/KH-UBND". Looks back from a number starting at {@code digit} over an
   * optional "số" for a word in capitals that is a type's abbreviation exactly as symbols write it;
   * the citation is read only when its symbol names the same type, so that no other capitals ("UBND
   * 12/…", "HĐND 5/…") start one, or when "số" stands before a number alone ("(NQ số 06)", a Nghị
   * quyết of Hưng Yên named again after its full citation): "số" makes it a document's number, as
   * after a type's full name; without "số" a number after an abbreviation is a figure ("KH 42%",
   * "(KH 7, …)"). Returns its parts, or null.
   */
  private @Nullable List<Part> abbreviatedBefore(int digit, int floor) {
    int q = skipSpacesBack(digit);
    if (q > 0 && text.charAt(q - 1) == ':') {
      q = skipSpacesBack(q - 1);
    }
    boolean so = soEndingAt(q, floor) >= 0;
    if (so) {
      q = skipSpacesBack(q - 2);
    }
    int start = q;
    while (start > floor && start > q - 4 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (q - start < 2
        || (start > 0 && isWordChar(text.charAt(start - 1)))
        || !Character.isUpperCase(text.charAt(start))) {
      return null;
    }
    String abbreviation = text.substring(start, q);
    DocumentType type = DocumentType.fromAbbreviation(abbreviation).orElse(null);
    if (type == null) {
      return null;
    }
    List<Part> parts = scanFrom(start, type, q, false);
    if (parts == null) {
      return null;
    }
    for (Part p : parts) {
      // "(NQ số 06)": the abbreviation, "số" and the number alone, as "Nghị quyết số 06" is
      boolean alone = so && !p.number.hasSymbol() && p.number.typeCode().isEmpty();
      if (!alone && !p.number.typeCode().map(abbreviation::equals).orElse(false)) {
        return null;
      }
    }
    return parts;
  }

  /**
   * A document cited by its name before "số": "Luật Tổ chức chính phủ số 76/2015/QH13", "Báo cáo
   * thẩm định số 18/BCTĐ-STP". Looks back from {@code q} (the end of the words before "số") over at
   * most {@link #MAX_NAME_WORDS} words, on one line and without punctuation, for a type name.
   */
  private int namedTypeBefore(int q, int floor, int[] nameEnd) {
    int p = q;
    boolean newlineSeen = false;
    // a law's name is longer and may hold a comma: "Luật Ban hành văn bản quy phạm pháp luật số
    // 80/2015/QH13", "Luật Cán bộ, công chức số 22/2008/QH12"; other names neither
    boolean lawOnly = false;
    int commas = 0;
    for (int w = 0; w < MAX_LAW_NAME_WORDS; w++) {
      if (w >= MAX_NAME_WORDS) {
        lawOnly = true;
      }
      int wordEnd = p;
      while (p > floor && Character.isLetter(text.charAt(p - 1))) {
        p--;
      }
      if (p == wordEnd) {
        return -1;
      }
      boolean wrapped = false;
      while (p > floor) {
        char c = text.charAt(p - 1);
        if (c == ' ' || c == '\u00a0' || c == '\r') {
          p--;
        } else if (c == ','
            && commas < MAX_LAW_NAME_COMMAS
            && p - 1 > floor
            && Character.isLetter(text.charAt(p - 2))) {
          // "Cán bộ, công chức": only a law's name goes on past a comma, and past two where it
          // lists its subjects: "Luật phòng cháy, chữa cháy và cứu nạn, cứu hộ số 55/2024/QH15"
          lawOnly = true;
          commas++;
          p--;
          break;
        } else if (c == '\n' && !wrapped && !newlineSeen) {
          // a name wrapped once across a line break: "Luật Tổ⏎chức chính phủ số 76/2015/QH13"
          wrapped = true;
          newlineSeen = true;
          p--;
        } else {
          break;
        }
      }
      if (p <= floor || !Character.isLetter(text.charAt(p - 1))) {
        return -1;
      }
      int start = typeEndingAt(p, floor);
      if (start >= 0 && ThisDocument.follows(this, p)) {
        // "Thông tư này thay cho Mẫu số 01": the document itself, not a name (ThisDocument)
        return -1;
      }
      if (start >= 0 && (!lawOnly || isLaw(start))) {
        nameEnd[0] = q;
        return start;
      }
      if (start >= 0) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True when a law's name ("Luật", "Bộ luật") or an ordinance's ("Pháp lệnh") starts at {@code
   * start}: an ordinance of the Ủy ban Thường vụ Quốc hội is named by its subject as a law is, in
   * as many words ("Pháp lệnh phát hành công trái xây dựng Tổ quốc số 12/1999/PL-UBTVQH10", Nghị
   * định 28/2003/NĐ-CP).
   */
  private boolean isLaw(int start) {
    int[] end = new int[1];
    DocumentType t = matchType(start, end);
    return t == DocumentType.LUAT || t == DocumentType.BO_LUAT || t == DocumentType.PHAP_LENH;
  }

  /**
   * The most words looked back over for a law's name: "Luật Lực lượng tham gia bảo vệ an ninh, trật
   * tự ở cơ sở số 30/2023/QH15" (Luật 51/2024/QH15, corpus unseen62) names its subject in twelve.
   */
  private static final int MAX_LAW_NAME_WORDS = 14;

  /**
   * The most commas in a law's name, between the subjects it lists: "Luật Phòng cháy, chữa cháy và
   * cứu nạn, cứu hộ số 55/2024/QH15" (Quyết định 213/QĐ-UBND of Hải Phòng, 2025, corpus {@code
   * unseen45}), "Luật Cán bộ, công chức số 22/2008/QH12".
   */
  private static final int MAX_LAW_NAME_COMMAS = 2;

  int typeEndingAt(int q, int floor) {
    char last = VietnameseText.foldChar(text.charAt(q - 1));
    for (Map.Entry<String, DocumentType> e : NAMES) {
      String name = e.getKey();
      int start = q - name.length();
      if (start >= floor
          && name.charAt(name.length() - 1) == last
          && matchesFolded(start, name)
          && wordStart(start)) {
        return start;
      }
    }
    return -1;
  }

  private static final int MAX_NAME_WORDS = 6;

  /**
   * Tells whether a word starts at {@code start}: at the start of the text, after a character that
   * is not a letter, or at a capital right after a small letter, where a copy lost the space
   * between two words ("triển khaiCông văn số 227/CCTTHC").
   */
  boolean wordStart(int start) {
    if (start == 0 || !Character.isLetter(text.charAt(start - 1))) {
      return true;
    }
    return Character.isLowerCase(text.charAt(start - 1))
        && Character.isUpperCase(text.charAt(start));
  }

  int skipSpacesBack(int q) {
    boolean newline = false;
    while (q > 0) {
      char c = text.charAt(q - 1);
      if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\r') {
        q--;
      } else if (c == '\n' && !newline) {
        newline = true;
        q--;
      } else {
        break;
      }
    }
    return q;
  }

  /** Matches a type name at {@code at}; sets {@code end[0]} past it. */
  @Nullable DocumentType matchType(int at, int[] end) {
    char c = VietnameseText.foldChar(text.charAt(at));
    if (c >= 128) {
      return null;
    }
    for (Map.Entry<String, DocumentType> e : NAMES_BY_FIRST.get(c)) {
      String name = e.getKey();
      int stop = at + name.length();
      if (stop <= n && matchesFolded(at, name) && (stop == n || !isWordChar(text.charAt(stop)))) {
        end[0] = stop;
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Reads a citation whose type name spans {@code [start, nameEnd)}. Returns its parts, or {@code
   * null} with the error set. In strict mode a date introduced by "ngày" must be valid and no
   * coordinated parts are read.
   */
  @Nullable List<Part> scanFrom(int start, DocumentType type, int nameEnd, boolean strict) {
    List<Part> parts = new ArrayList<>();
    List<Part> shared = strict ? null : lists.sharedSymbol(start, type, nameEnd);
    if (shared != null) {
      parts.addAll(shared);
    } else {
      Part first = part(start, type, nameEnd, strict);
      if (first == null) {
        return null;
      }
      parts.add(first);
    }
    if (!strict) {
      lists.coordinated(parts, type);
    }
    Part last = parts.get(parts.size() - 1);
    int p = skipSpaces(last.end);
    if (wordAt(p, "cua")) {
      int issuerStart = skipSpaces(p + 3);
      int issuerEnd = issuerEnd(issuerStart);
      if (issuerEnd > issuerStart) {
        for (Part part : parts) {
          part.issuerStart = issuerStart;
          part.issuerEnd = issuerEnd;
        }
        last.end = issuerEnd;
      }
    }
    return parts;
  }

  /**
   * Tells whether the token {@code [p, q)} is a document's number standing alone after its type's
   * name: at most four digits and no year, followed by "ngày" and a date, as a reference gives it
   * ("Nghị quyết 57 ngày 22/12/2024"), or of two digits or more followed by a word of the sentence
   * that goes on about the document ("Kế hoạch 367 còn đặt mục tiêu …", Huế). Not a number that
   * names a project (an Đề án, Dự án or Chương trình: "Đề án 06", "Chương trình 135", the corpus's
   * convention) nor a count before its unit ("Kế hoạch 5 năm", "Kế hoạch 12 tháng").
   */
  private boolean namedByNumber(DocumentType type, int p, int q) {
    if (withYear(p, q)) {
      // the number and year of a legal document without "số" and without its symbol, its date
      // after it: "Thông tư 24/2020 ngày 20/8/2020" (Kế hoạch 3070/KH-UBND of Bỉm Sơn), as "Nghị
      // định số 42/2025 ngày 27/02/2025" is with "số"
      if (YearNumberAtLineEnd.at(text, q)) {
        // a heading ending in the number and year: "## Thủ tục … theo Nghị quyết 201/2025"
        return true;
      }
      int w = q + 1;
      if (q >= n || text.charAt(q) != ' ' || !wordAt(w, "ngay")) {
        return false;
      }
      int d = skipSpaces(w + 4);
      return d < n && SymbolToken.isDigit(text.charAt(d));
    }
    if (!PROJECTS.contains(type) && LetteredNumber.at(text, p, q)) {
      // "Nghị quyết 30a", "Nghị quyết 36a về …" (LetteredNumber)
      return true;
    }
    if (q - p > 4) {
      return false;
    }
    for (int i = p; i < q; i++) {
      if (!SymbolToken.isDigit(text.charAt(i))) {
        return false;
      }
    }
    if (q - p == 4 && (text.startsWith("19", p) || text.startsWith("20", p))) {
      return false;
    }
    int day = skipSpaces(q);
    if (day > q && wordAt(day, "ngay")) {
      // its date after it, on the same line or the next ("ĐỀ ÁN 06⏎Ngày 15 tháng 11 năm 2025", the
      // title of Thông báo 624/TB-VPCP over its first sentence): a date, not a count of days
      int d = skipSpaces(day + 4);
      if (d < n && SymbolToken.isDigit(text.charAt(d))) {
        return true;
      }
    }
    // the settled rule: a type and a bare number of two digits or more is a citation wherever its
    // phrase ends ("(Nghị quyết 09)", "Nghị quyết 06,", "Kế hoạch 367 còn đặt …", "Đề án 06"),
    // not a count before its unit ("Kế hoạch 12 tháng") nor a national programme's name
    // ("Chương trình 135") (BareNumberEnd)
    if (q - p < 2 || PROGRAMMES.contains(type) || !BareNumberEnd.at(text, q)) {
      return false;
    }
    int w = skipSpaces(q);
    if (w == q) {
      return true;
    }
    if (wordAt(w, "nam")) {
      // "Đề án 06 năm 2024" names the year of the work; "Kế hoạch 5 năm", "Kế hoạch 05 năm 2021 -
      // 2025" count the years of a period
      int y = skipSpaces(w + 3);
      if (y + 4 > n || !(text.startsWith("19", y) || text.startsWith("20", y))) {
        return false;
      }
      int after = skipSpaces(y + 4);
      return after >= n || (text.charAt(after) != '-' && text.charAt(after) != '\u2013');
    }
    return !countBefore(w) && !wordAt(w, "ngay");
  }

  /**
   * True when the type's name {@code [start, end)} is written with its own letters and marks ("Nghị
   * quyết", "Văn bản"), not as a garbled copy gives it ("Nghị qúỷết 18"): without a symbol, the
   * name is all that makes a bare number a document's.
   */
  private boolean spelledOut(int start, int end, DocumentType type) {
    String name =
        VietnameseText.nfc(original.substring(start, end))
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("\\s+", " ");
    return name.equals(VietnameseText.nfc(type.fullName()).toLowerCase(java.util.Locale.ROOT))
        || name.equals("văn bản");
  }

  /** The token {@code [p, q)} is a number of at most four digits, a slash and a year: "24/2020". */
  private boolean withYear(int p, int q) {
    int slash = text.indexOf('/', p);
    if (slash <= p || slash - p > 4 || q - slash != 5) {
      return false;
    }
    for (int i = p; i < q; i++) {
      if (i != slash && !SymbolToken.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return text.startsWith("19", slash + 1) || text.startsWith("20", slash + 1);
  }

  /**
   * True when a project's type is followed, without "số", by a number and the code of a body alone
   * ("Đề án 06/CP", the scheme of Quyết định 06/QĐ-TTg as pages name it after the Government): the
   * project's name, as "Đề án 06" is. A project's own symbol has its type's code ("01/ĐA-UBND"),
   * and "Đề án số 06/CP" is still read as a citation.
   */
  private static boolean projectsName(DocumentType type, DocumentNumber number) {
    return PROJECTS.contains(type)
        && number.typeCode().isEmpty()
        && !number.party()
        && !number.legacy()
        && number.year().isEmpty()
        && number.unitCodes().isEmpty();
  }

  /**
   * Types whose number alone names a national programme or a project, not read as a document by its
   * bare number: "Chương trình 135", "Chương trình 1719". "Đề án 06" is a document and is cited
   * (the settled rule of the seventeenth round).
   */
  private static final java.util.Set<DocumentType> PROGRAMMES =
      java.util.EnumSet.of(DocumentType.DU_AN, DocumentType.CHUONG_TRINH);

  /** Types whose number alone names a project: "Đề án 06", "Chương trình 135". */
  private static final java.util.Set<DocumentType> PROJECTS =
      java.util.EnumSet.of(DocumentType.DE_AN, DocumentType.DU_AN, DocumentType.CHUONG_TRINH);

  /** Folded units a count goes before: "5 năm", "12 tháng", "3 bước", "10 điểm", "20 xã". */
  private static final String[] UNITS = {
    "nam",
    "thang",
    "tuan",
    "gio",
    "buoc",
    "lan",
    "dot",
    "diem",
    "nhiem vu",
    "noi dung",
    "chi tieu",
    "muc tieu",
    "tieu chi",
    "giai phap",
    "linh vuc",
    "thu tuc",
    "van ban",
    "dieu",
    "chuong",
    "muc",
    "phan",
    "cap",
    "nguoi",
    "don vi",
    "xa",
    "ho",
    "trieu",
    "ty",
    "nghin"
  };

  /** True when a unit of count starts at {@code w}: the number before it is a count. */
  private boolean countBefore(int w) {
    for (String unit : UNITS) {
      if (wordAt(w, unit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the token {@code [p, q)} is a number and year ending with a type abbreviation
   * ("136/2001/QĐ") and a dot then an issuer code in capitals follows it (".TTg", ".UB").
   */
  private boolean dotForHyphen(int p, int q) {
    if (q + 1 >= n || text.charAt(q) != '.' || !Character.isUpperCase(text.charAt(q + 1))) {
      return false;
    }
    int slash = text.lastIndexOf('/', q - 1);
    return slash > p && DocumentType.fromAbbreviation(text.substring(slash + 1, q)).isPresent();
  }

  @Nullable Part part(int start, DocumentType type, int after, boolean strict) {
    int p = skipSpaces(after);
    if (!strict && p < n && text.charAt(p) == '(' && wordAt(skipSpaces(p + 1), "so")) {
      // the number in parentheses after the type's name: "Công văn (số 73/TTg-CN)"
      p = skipSpaces(p + 1);
    }
    boolean so = wordAt(p, "so");
    if (!so && !strict && lostSo(p) && p + 1 < n) {
      // "Nghị định s20/2008/NĐ-CP", "Nghị định s 63/2010/NĐ-CP", and with the colon of "số:",
      // "Quy t đ nh s : 291/QĐ-UBDT"
      int d = skipSpaces(p + 1);
      if (d < n && text.charAt(d) == ':') {
        d = skipSpaces(d + 1);
      }
      if (d < n && SymbolToken.isDigit(text.charAt(d))) {
        p = d;
      }
    }
    if (so) {
      p += 2;
      if (p < n && text.charAt(p) == ':') {
        p++;
      }
      p = skipSpaces(p);
    }
    int numberStart = p;
    int q = SymbolToken.end(text, p, n);
    if (!strict && dotForHyphen(p, q)) {
      // a dot written for the hyphen after the type in old symbols: "136/2001/QĐ.TTg"
      q = SymbolToken.end(text, q + 1, n);
    }
    q = SymbolToken.trimmed(text, p, q, 0);
    if (q == p || !(SymbolToken.isDigit(text.charAt(p)) || (strict && text.charAt(p) == '/'))) {
      fail(p, "document number expected after \"" + text.substring(start, after) + "\"");
      return null;
    }
    String source = text;
    int from = p;
    int to = q;
    NumberParser parser = new NumberParser(text, p, q);
    DocumentNumber number = parser.parse();
    SpacedSymbol.Joined spaced =
        number != null || strict ? null : SpacedSymbol.after(text, p, q, n);
    if (spaced != null) {
      // spaces inside the symbol: "Kết luận số 100 - KL/TW", "Quyết định số 1234 /QĐ-UBND",
      // "35/NQ- CP", "154- NQ/TU"
      source = spaced.symbol();
      from = 0;
      to = source.length();
      q = spaced.end();
      number = spaced.number();
    }
    if (number == null && !strict && source == text && text.lastIndexOf('_', q - 1) > p) {
      // an underscore typed for a symbol's hyphen: "Quyết định số 10/2007/QĐ_BKHCN" (Quyết định
      // 09/2010 of Cần Thơ, .doc) is 10/2007/QĐ-BKHCN
      String hyphened = text.substring(p, q).replace('_', '-');
      DocumentNumber read = new NumberParser(hyphened, 0, hyphened.length()).parse();
      if (read != null) {
        source = hyphened;
        from = 0;
        to = hyphened.length();
        number = read;
      }
    }
    if (number == null && !strict && source == text) {
      // a space for the hyphen of an old number: "Thông tư số 60 TC/CĐKT" (SpaceForHyphen)
      SpacedSymbol.Joined hyphen = SpaceForHyphen.after(text, from, to, n);
      if (hyphen != null) {
        source = hyphen.symbol();
        from = 0;
        to = source.length();
        q = hyphen.end();
        number = hyphen.number();
      }
    }
    if (number == null && !strict && source == text) {
      // a symbol cut after its type's code at a line's end: "72/2013/NĐ<br />⏎CP" (WrappedTypeCode)
      SpacedSymbol.Joined wrapped = WrappedTypeCode.after(text, from, to, n);
      if (wrapped != null) {
        source = wrapped.symbol();
        from = 0;
        to = source.length();
        q = wrapped.end();
        number = wrapped.number();
      }
    }
    boolean bare = false;
    if (number == null && so && !strict && source == text) {
      // a document cited by "số" and its number alone: "Nghị quyết số 66 của Chính phủ"
      number = NumberParser.numberAlone(text, from, to);
    }
    if (number == null
        && !so
        && !strict
        && source == text
        && spelledOut(start, after, type)
        && namedByNumber(type, from, to)) {
      // a document cited by its type's name, with its capital, its number alone and its date,
      // without "số": "Nghị quyết 57 ngày 22/12/2024"
      number = NumberParser.numberAlone(text, from, to);
      bare = number != null;
    }
    if (number == null) {
      fail(parser.errorIndex(), parser.reason());
      return null;
    }
    if (!strict && !so && !(bare && type == DocumentType.DE_AN) && projectsName(type, number)) {
      fail(p, "a project's name, not its number");
      return null;
    }
    if (!strict && source == text && q == to) {
      SpacedSymbol.Joined legislature = legislatureParted(text, from, q, n, number);
      if (legislature != null) {
        number = legislature.number();
        q = legislature.end();
      }
    }
    if (!strict && source == text && q == to) {
      // a space inside the last code of a joint symbol: "27/2013/TTLT-BNNPTNT-B YT-BGDĐT"
      SpacedSymbol.Joined split = SplitCode.after(text, from, q, n);
      if (split != null) {
        number = split.number();
        q = split.end();
        to = q;
      }
    }
    if (!strict && number.legacy() && source == text) {
      // a code of an old symbol written out as words: "351-HĐBộ trưởng" is 351-HĐBT
      SpacedSymbol.Joined written = MisprintedSymbol.writtenOut(text, from, to, n);
      if (written != null) {
        number = written.number();
        q = written.end();
      }
    }
    Part part = new Part(type, number.typedAs(type));
    part.start = start;
    part.numberStart = numberStart;
    part.numberEnd = q;
    part.end = q;
    int d = q < n && text.charAt(q) == ',' ? q + 1 : q;
    d = skipSpaces(d);
    if (wordAt(d, "ngay")) {
      ParsePosition pos = new ParsePosition(d);
      LocalDate date = VietnameseDates.parse(text, pos);
      HyphenedDate.Read hyphened = date == null ? HyphenedDate.at(text, d) : null;
      if (date != null) {
        part.date = date;
        part.end = pos.getIndex();
      } else if (hyphened != null) {
        // an old date with hyphens, "ngày 15-12-1989" (HyphenedDate)
        part.date = hyphened.date();
        part.end = hyphened.end();
      } else if (strict) {
        ParsePosition again = new ParsePosition(d);
        VietnameseDates.parse(text, again);
        fail(again.getErrorIndex(), "invalid date after the number");
        return null;
      }
    }
    return part;
  }

  private int issuerEnd(int start) {
    int end = start;
    int words = 0;
    int q = start;
    boolean wrapped = false;
    while (q < n && words < MAX_ISSUER_WORDS) {
      char c = text.charAt(q);
      if ((c == '\n' || c == '\r') && !wrapped && words > 0 && continuesLine(q)) {
        // a line wrapped inside the issuer: "của Chính⏎phủ"
        wrapped = true;
        q++;
        continue;
      }
      if (c == '\n' || c == '\r' || isIssuerPunctuation(c)) {
        break;
      }
      if (Character.isWhitespace(c)) {
        q++;
        continue;
      }
      if (words > 0 && (stopAt(q) || documentNamedAt(q))) {
        break;
      }
      int w = q;
      while (w < n
          && !Character.isWhitespace(text.charAt(w))
          && !isIssuerPunctuation(text.charAt(w))) {
        w++;
      }
      if (!Character.isLetter(c)) {
        break;
      }
      words++;
      end = w;
      q = w;
    }
    return end;
  }

  /**
   * Whether another document's type and its number start at {@code q}, inside what would be an
   * issuer's name: a body named after the document it carries out ("của Tổ công tác Đề án 06 tỉnh",
   * "với Tổ công tác triển khai Đề án 06 Chính phủ", Thanh Hóa's Kế hoạch 70/KH-UBND and Bến Tre's
   * Công văn 7027). The issuer ends before it, and the document is cited in its turn, as it is
   * anywhere else; a type's name without a number after it ("Ban Chỉ đạo Chương trình mục tiêu quốc
   * gia") is part of the name.
   */
  private boolean documentNamedAt(int q) {
    int[] end = new int[1];
    if (matchType(q, end) == null) {
      return false;
    }
    int d = skipSpaces(end[0]);
    if (wordAt(d, "so")) {
      d = skipSpaces(d + 2);
    }
    return d > end[0] && d < n && SymbolToken.isDigit(text.charAt(d));
  }

  /** A line break followed by a word in lower case: the same sentence, wrapped. */
  private boolean continuesLine(int q) {
    int r = q;
    while (r < n && (text.charAt(r) == '\n' || text.charAt(r) == '\r')) {
      r++;
    }
    if (r - q > 2) {
      return false;
    }
    while (r < n && (text.charAt(r) == ' ' || text.charAt(r) == '\t')) {
      r++;
    }
    return r < n && Character.isLowerCase(text.charAt(r));
  }

  private boolean stopAt(int q) {
    for (String stop : ISSUER_STOPS) {
      if (wordAt(q, stop)) {
        String exact = STOPS_WITH_MARKS.get(stop);
        if (exact == null || text.regionMatches(true, q, exact, 0, exact.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Stops whose folded form is also the folded form of a word of an issuer's name: they stop only
   * with their own marks ("tại", not "Tài" in "Bộ Tài chính"; "năm", not "Nam" in "Việt Nam"; "số",
   * not "Sở"; "ngày", "và", "về", "để").
   */
  private static final Map<String, String> STOPS_WITH_MARKS =
      Map.of(
          "tai", "tại", "nam", "năm", "so", "số", "ngay", "ngày", "va", "và", "ve", "về", "de",
          "để");

  private static boolean isIssuerPunctuation(char c) {
    return switch (c) {
      case ',', ';', ':', '.', '(', ')', '[', ']', '"', '“', '”', '/', '–' -> true;
      default -> false;
    };
  }

  /** A folded word (or words) at {@code at}, not followed by a letter or digit. */
  boolean wordAt(int at, String folded) {
    int stop = at + folded.length();
    return stop <= n && matchesFolded(at, folded) && (stop == n || !isWordChar(text.charAt(stop)));
  }

  boolean matchesFolded(int at, String folded) {
    for (int k = 0; k < folded.length(); k++) {
      char want = folded.charAt(k);
      char have = text.charAt(at + k);
      if (want == ' ') {
        if (!Character.isWhitespace(have)) {
          return false;
        }
      } else if (VietnameseText.foldChar(have) != want) {
        return false;
      }
    }
    return true;
  }

  /** Skips spaces, tabs and at most one line break (text wrapped by hand), not a blank line. */
  int skipSpaces(int p) {
    boolean newline = false;
    while (p < n) {
      char c = text.charAt(p);
      if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\r') {
        p++;
      } else if (c == '\n' && !newline) {
        newline = true;
        p++;
      } else {
        break;
      }
    }
    return p;
  }

  private void fail(int at, String why) {
    errorIndex = at;
    reason = why;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
