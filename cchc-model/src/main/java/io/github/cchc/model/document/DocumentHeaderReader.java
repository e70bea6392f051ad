package io.github.cchc.model.document;

import static io.github.cchc.model.document.HeaderText.MOTTO;
import static io.github.cchc.model.document.HeaderText.NATIONAL_TITLE;
import static io.github.cchc.model.document.HeaderText.containsDigit;
import static io.github.cchc.model.document.HeaderText.isCapitals;
import static io.github.cchc.model.document.HeaderText.nameAtStart;
import static io.github.cchc.model.document.HeaderText.nationalPart;
import static io.github.cchc.model.document.HeaderText.typeAtStart;
import static io.github.cchc.model.document.NewsHeadline.titleText;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.DateLine;
import io.github.cchc.model.text.PartialDate;
import io.github.cchc.model.text.VietnameseDates;
import io.github.cchc.model.text.VietnameseText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@link DocumentHeader} from NFC text, line by line. */
final class DocumentHeaderReader {
  private static final int HEAD_LINES = 20;
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<![0-9/])(\\d{1,2}/\\d{1,2}/\\d{4})(?![0-9/])");

  private final String text;
  private final boolean lenient;
  private final List<UnreadPart> unread = new ArrayList<>();
  private final List<HeaderLine> lines = new ArrayList<>();
  private final HeaderLines shared;
  private final SignatureBlock signatures;
  private int bodyStart;
  private int bodyEnd;

  DocumentHeaderReader(String nfcText, boolean lenient) {
    this.text = nfcText;
    this.lenient = lenient;
    this.shared = new HeaderLines(text, lines);
    this.signatures = new SignatureBlock(shared);
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      for (int[] cell : cells(start, contentEnd)) {
        lines.add(HeaderLine.of(cell[0], cell[1], clean(text.substring(cell[0], cell[1]))));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
  }

  /**
   * The cells of a header flattened onto one line, each as a line of its own: "BỘ CÔNG THƯƠNG
   * ------- Số: 507/QĐ-BCT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
   * --------------- Hà Nội, ngày 21 tháng 02 năm 2017 |" is the issuer, the number line, the
   * national title and motto, and the date line. A line is split only when it holds the national
   * title and a number line or a date line besides; any other line is one cell.
   */
  private List<int[]> cells(int start, int end) {
    String f = HeaderLine.fold(text.substring(start, end));
    int national = f.indexOf(NATIONAL_TITLE);
    int nationalLength = NATIONAL_TITLE.length();
    if (national < 0
        && f.indexOf(PARTY_TITLE) > 0
        && f.substring(0, f.indexOf(PARTY_TITLE)).strip().endsWith("|")
        && CELL_NUMBER.matcher(f).find()
        && f.contains(", ngay")) {
      // a Party committee's header flattened onto one line, the Party's name in the national
      // title's place and a star under the committee: "TỈNH ỦY THANH HÓA * Số 708-BC/TU | ĐẢNG
      // CỘNG SẢN VIỆT NAM Thanh Hóa, ngày 06 tháng 10 năm 2025 |" (Báo cáo chính trị 708-BC/TU of
      // Thanh Hóa's Tỉnh ủy on baothanhhoa): cells as the State's header has them, when the
      // Party's name follows a cell's bar and the line has a number and a date line besides
      national = f.indexOf(PARTY_TITLE);
      nationalLength = PARTY_TITLE.length();
    }
    if (national < 0 && f.length() == end - start) {
      Matcher row = CELL_NUMBER.matcher(f);
      if (row.find()
          && row.start(1) > 0
          && f.strip().endsWith("|")
          && Capitals.in(text.substring(start, start + row.start(1)))) {
        // the issuer's cell and the number's in one row of the header's table, the national
        // title's row under it: "CHÍNH PHỦ Số: 101-CP |" (Nghị định 101-CP on luatvietnam)
        return List.of(
            new int[] {start, start + row.start(1)}, new int[] {start + row.start(1), end});
      }
    }
    if (national < 0
        || f.length() != end - start
        || !(CELL_NUMBER.matcher(f).find() || f.contains(", ngay"))) {
      return List.of(new int[] {start, end});
    }
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
    cuts.add(national);
    // the national title is a cell of its own: a date line after it on the row is another, "CỘNG
    // HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 23 tháng 9 năm 1997 |"
    cuts.add(national + nationalLength);
    Matcher m = CELL_NUMBER.matcher(f);
    while (m.find()) {
      cuts.add(m.start(1));
    }
    int motto = f.indexOf("hanh phuc", national);
    if (motto >= 0) {
      cuts.add(motto + "hanh phuc".length());
    }
    Matcher bar = CELL_BAR.matcher(f);
    while (bar.find()) {
      cuts.add(bar.start());
      cuts.add(bar.end());
    }
    List<int[]> out = new ArrayList<>();
    int from = 0;
    cuts.add(f.length());
    for (int cut : cuts) {
      if (cut > from) {
        String piece = f.substring(from, cut);
        if (!CELL_BAR.matcher(piece).matches() && !piece.isBlank()) {
          out.add(new int[] {start + from, start + cut});
        }
      }
      from = Math.max(from, cut);
    }
    return out.isEmpty() ? List.of(new int[] {start, end}) : out;
  }

  /** "Số:" inside a flattened header line, folded: group 1 is where it starts. */
  private static final Pattern CELL_NUMBER =
      Pattern.compile("(?:^|\\s)(so\\s?:|so(?=\\s+\\d+\\s?-\\s?[a-z]))\\s*\\d");

  /** The Party's name heading a Party committee's header, folded. */
  private static final String PARTY_TITLE = "dang cong san viet nam";

  /**
   * A table bar, the star under a Party committee's name or a rule of three or more '-', '_' or '='
   * between cells.
   */
  private static final Pattern CELL_BAR = Pattern.compile("\\s*(?:\\||\\*|[-_=]{3,})\\s*");

  /**
   * A line without markdown bold markers, table bars at its ends ("Số: 1/KH | Hà Nội, ... |" as a
   * web copy flattens the header table) and rules ("-------").
   */
  private static String clean(String line) {
    String c = line.replace("**", "");
    if (c.indexOf("<br") >= 0) {
      // the HTML line break a document site's text layer leaves at the end of each line,
      // "THÔNG TƯ<br />" (Thông tư 06/2019/TT-BTTTT on tailieu.vn): no text
      c = LINE_BREAK_TAG.matcher(c).replaceAll(" ");
    }
    if (c.indexOf("![") >= 0) {
      // a markdown image mark is no text: "Đến năm 2025, định hướng đến năm 2030⏎![]() |" ends
      // the title of xã Tịnh Trà's Kế hoạch on the line before
      c = IMAGE_MARK.matcher(c).replaceAll("");
    }
    c = c.strip();
    while (c.startsWith("|")) {
      c = c.substring(1).strip();
    }
    while (c.endsWith("|")) {
      c = c.substring(0, c.length() - 1).strip();
    }
    if (!c.isEmpty()
        && c.chars().allMatch(ch -> ch == '-' || ch == '_' || ch == '=' || ch == ' ')) {
      return "";
    }
    c = GluedRule.drop(c);
    if (c.contains("___") || c.contains("===") || c.contains("---")) {
      // a rule beside the text in a flattened header cell: "BỘ Y TẾ ____ | CỘNG HOÀ …"
      String r = RULE_RUN.matcher(c).replaceAll("").replaceAll("[ \t]{2,}", " ").strip();
      if (!r.equals(c)) {
        return clean(r);
      }
    }
    return c;
  }

  /**
   * An HTML line-break tag: "<br>
   * ", "<br>
   * ", "<br>
   * ".
   */
  private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br\\s*/?>");

  /** A markdown image mark, "![]()", "![ảnh](https://…)". */
  private static final Pattern IMAGE_MARK = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");

  /** A rule of three or more '-', '_' or '=' standing alone between spaces or table bars. */
  private static final Pattern RULE_RUN = Pattern.compile("(?<![^\\s|])[-_=]{3,}(?![^\\s|])");

  DocumentHeader read() {
    DocumentHeaderBuilder b = DocumentHeader.builder();
    bodyEnd = text.length();
    headStart = headStart();
    int head = headLimit();
    boolean numbered = readNumber(b, head);
    readDateLine(b, head);
    int heading = findHeading(head);
    readIssuingBody(b, heading < 0 ? head : heading);
    int recipients = findRecipients(heading < 0 ? 0 : heading + 1);
    if (heading >= 0) {
      String name = lines.get(heading).content();
      if (headingLines == 2) {
        name = name + " " + lines.get(shared.nextNonBlank(heading + 1, lines.size())).content();
      }
      DocumentType named = headingType(name);
      DocumentType parsed = named != null ? named : DocumentType.parse(name);
      // a joint circular headed "THÔNG TƯ", as such circulars were, over its symbol "TTLT"
      // ("Số: 01/2004/TTLT/BVHTT-BYT"): the symbol names the type the heading shortens
      DocumentType type =
          parsed == DocumentType.THONG_TU
                  && b.build()
                      .numberSymbol()
                      .flatMap(DocumentNumber::type)
                      .filter(t -> t == DocumentType.THONG_TU_LIEN_TICH)
                      .isPresent()
              ? DocumentType.THONG_TU_LIEN_TICH
              : parsed;
      b.documentType(type);
      b.build().numberSymbol().ifPresent(n -> b.numberSymbol(n.typedAs(type)));
      readTitle(b, heading + headingLines - 1, recipients < 0 ? lines.size() : recipients);
    } else if (numbered) {
      // no heading (a web copy that lost it): the type its symbol says, "4851/KH-UBND"
      b.build().numberSymbol().flatMap(DocumentNumber::type).ifPresent(b::documentType);
      int vv = subjectLine(head);
      if (vv >= 0 && b.build().documentType().isEmpty()) {
        // a công văn: no type heading, no type in its symbol, its subject on a "V/v" line
        b.documentType(DocumentType.CONG_VAN);
        b.title(
            QUOTED_SUBJECT
                .matcher(WrappedSubject.read(lines.stream().map(HeaderLine::content).toList(), vv))
                .replaceFirst("$1"));
      } else if (b.build().title().isEmpty()) {
        // a title line in capitals right under the date line, the type heading lost
        int date = dateLine(head);
        int next = date < 0 ? -1 : shared.nextNonBlank(date + 1, head);
        if (next >= 0
            && isCapitals(lines.get(next).content())
            && lines.get(next).content().split("\\s+").length >= 3
            && !lines.get(next).folded().startsWith(NATIONAL_TITLE)
            && !AUTHORITY.matcher(lines.get(next).folded()).lookingAt()) {
          readTitle(b, date, recipients < 0 ? lines.size() : recipients);
        }
      }
    }
    readAddressees(b, head);
    if (heading < 0
        && numbered
        && b.build().documentType().isEmpty()
        && !b.build().addressees().isEmpty()
        && b.build().numberSymbol().map(n -> n.typeCode().isEmpty() && !n.party()).orElse(false)) {
      // a công văn without its "V/v" line: numbered with no type in its symbol ("5948/BYT-VP1"),
      // no type heading, and a "Kính gửi" line
      b.documentType(DocumentType.CONG_VAN);
    }
    proseHeading(b);
    // "Nghị định của Chính phủ số 114/2003/NĐ-CP⏎ngày 10/10/2003 về …" (OneLineHeading)
    boolean oneLine =
        heading < 0
            && !numbered
            && OneLineHeading.read(lines.stream().map(HeaderLine::content).toList(), b);
    if (recipients >= 0) {
      readFoot(b, recipients);
    }
    DocumentHeader read = b.build();
    Optional<String> signed = read.signature().flatMap(Signature::name);
    if (signed.isEmpty()) {
      signed = signatures.propertySigner(heading < 0 ? head : heading);
    }
    if (signed.isEmpty() && recipients < 0) {
      signed = signatures.signedAtTheEnd();
    }
    if (signed.isEmpty() && recipients < 0) {
      signed = signatures.signedBetweenBars();
    }
    if (signed.isEmpty() && recipients < 0) {
      signed = signatures.signedAfterTheBody();
    }
    if (signed.isEmpty()) {
      signed = signatures.listedSigner();
    }
    if (signed.isEmpty()) {
      // an old Word file's block, flattened into the list or its title in small letters
      signed = FlattenedOldSignature.signer(lines.stream().map(HeaderLine::content).toList());
    }
    if (signed.isEmpty()) {
      // the signature's column beside the recipients' list, laid out as text
      signed = SignerBesideRecipients.signer(text);
    }
    signed.ifPresent(b::signer);
    if (heading < 0 && !numbered && !oneLine && recipients < 0 && !proseHeadingUnderChrome(b)) {
      readArticle(b);
    }
    typeInTitle(b);
    // a law's date and signer in its closing clause, "Luật này được Quốc hội … thông qua ngày …"
    AdoptionClause.read(text, b);
    // a văn bản hợp nhất's own header, its authentication block at the end (ConsolidationBlock)
    ConsolidationBlock.read(text, b);
    // the closed-list fields of a copy that lost letters, put back: "Y BAN NHÂN DÂN", "Đk Nông"
    DocumentHeader closed = b.build();
    // the gazette's subheading naming the issuer over the header's own cell (GazetteHeading)
    List<String> body = new ArrayList<>(GazetteHeading.once(closed.issuingBody()));
    if (!body.isEmpty()) {
      // the page number a document site's text layer puts before each page, "  1. BỘ LAO ĐỘNG –
      // THƯƠNG …" (Quyết định 23/2007/QĐ-BLĐTBXH on tailieu.vn): not the body's
      body.set(0, PAGE_MARK_BEFORE_BODY.matcher(body.get(0)).replaceFirst(""));
    }
    b.issuingBody(body.stream().map(RestoredLetters::issuer).toList());
    closed.place().ifPresent(p -> b.place(RestoredLetters.place(NumberBeforePlace.place(p))));
    b.addAllUnread(unread);
    return b.bodyStart(Math.min(bodyStart, bodyEnd)).bodyEnd(bodyEnd).build();
  }

  /** A page's number and its stop before a body's first word: "1. BỘ …", "2. ỦY BAN …". */
  private static final Pattern PAGE_MARK_BEFORE_BODY =
      Pattern.compile(
          "^\\s*\\d{1,3}\\.\\s+(?=(?:BỘ|ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|SỞ|CHÍNH PHỦ|THỦ TƯỚNG)\\s)");

  /**
   * A part that is there but malformed: refused with its offset, or, read leniently, listed as
   * unread and left out.
   */
  private void refuse(String part, int start, CchcParseException e) {
    int at = Math.min(start + e.errorIndex(), text.length());
    if (!lenient) {
      throw new CchcParseException(text, at, part + ": " + e.reason(), e);
    }
    unread.add(new UnreadPart(part, at, e.reason()));
  }

  /**
   * A typed title line; in capitals, with the lines in capitals it wraps into ("QUY CHẾ LÀM⏎VIỆC⏎
   * CỦA ỦY⏎BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026", the heading wrapped inside its title), up
   * to the first line not in capitals.
   */
  private String typedTitle(int line) {
    String c = lines.get(line).content();
    if (!isCapitals(c)) {
      return c;
    }
    StringBuilder t = new StringBuilder(c.strip());
    for (int k = line + 1; k < lines.size() && k <= line + 6; k++) {
      String next = lines.get(k).content();
      if (lines.get(k).blank() || !isCapitals(next) || nationalPart(lines.get(k).folded())) {
        break;
      }
      t.append(' ').append(next.strip());
    }
    return t.toString();
  }

  private static final Pattern KINH_GUI = Pattern.compile("^kinh\\s+gui\\b\\s*:?\\s*");

  /**
   * The addressees of a "Kính gửi:" line in the head of the text: what follows on the line, or the
   * list items ("- Sở Nội vụ;") on the lines after it, blank lines and table bars between them as
   * web copies set them ("– Các sở, ban, ngành;⏎⏎– UBND các huyện, thành phố."); the list ends at
   * the first line that is not an item. A table cell narrow enough to wrap its words does not cut
   * an addressee: "Kính⏎gửi:" is the line, and a line opening in lower case after an item that has
   * not ended (no ';' or '.') goes on with it ("- Các Bộ, cơ quan ngang Bộ, cơ quan⏎thuộc Chính
   * phủ;", Công văn 4336/BTTTT-THH), as does any line after an item ending on a preposition or a
   * conjunction ("… cơ quan thuộc⏎Chính phủ", DanglingWord).
   */
  private void readAddressees(DocumentHeaderBuilder b, int head) {
    int limit = Math.min(lines.size(), head + 10);
    for (int i = 0; i < limit; i++) {
      String f = lines.get(i).folded();
      int at = i;
      if (f.equals("kinh")) {
        // "Kính⏎gửi:" wrapped in its cell
        int next = shared.nextNonBlank(i + 1, lines.size());
        if (next < 0 || !KINH_GUI.matcher("kinh " + lines.get(next).folded()).lookingAt()) {
          continue;
        }
        at = next;
        f = "kinh " + lines.get(next).folded();
      }
      Matcher m = KINH_GUI.matcher(f);
      if (!m.lookingAt()) {
        continue;
      }
      int offset = at == i ? m.end() : m.end() - "kinh ".length();
      List<String> items = new ArrayList<>();
      String rest = lines.get(at).content().substring(offset).strip();
      if (!rest.isEmpty()) {
        items.add(rest);
      }
      for (int j = at + 1; j < lines.size(); j++) {
        String c = lines.get(j).content();
        if (c.isEmpty()) {
          if (!items.isEmpty() && !rest.isEmpty()) {
            break;
          }
          continue;
        }
        if (c.startsWith("-") || c.startsWith("+") || c.startsWith("–")) {
          if (!rest.isEmpty()) {
            break;
          }
          items.add(c.substring(1).strip());
        } else if (!items.isEmpty()
            && (Character.isLowerCase(c.charAt(0))
                || DanglingWord.ends(items.get(items.size() - 1)))
            && !endsItem(items.get(items.size() - 1))) {
          items.set(items.size() - 1, items.get(items.size() - 1) + " " + c);
        } else {
          break;
        }
      }
      if (items.isEmpty() && rest.isEmpty()) {
        // one a line without dashes, each ending with ';', the last with '.'
        items.addAll(
            UnbulletedAddressees.read(lines.stream().map(HeaderLine::content).toList(), at + 1));
      }
      for (String item : items) {
        // items run into one line, each after its dash: "Kính gửi: - Sở Nội vụ; - Sở Tài chính."
        for (String part : RUN_IN_ITEM.split(item)) {
          String t = trimAddressee(part);
          if (!t.isEmpty()) {
            b.addAddressee(t);
          }
        }
      }
      return;
    }
    // a Công điện's addressees under "THỦ TƯỚNG CHÍNH PHỦ điện:" (TelegramAddressees)
    TelegramAddressees.read(lines.stream().map(HeaderLine::content).toList())
        .forEach(b::addAddressee);
  }

  /**
   * Where a list item run into the line of the one before starts: at a leading dash, or at a dash
   * after the ';' that ends an item ("- Sở Nội vụ; - Sở Tài chính").
   */
  private static final Pattern RUN_IN_ITEM = Pattern.compile("^\\s*[-–+]\\s*|;\\s*[-–+]\\s+");

  /** An addressee that ends with its ';' or '.': the next line is not part of it. */
  private static boolean endsItem(String item) {
    return !item.isEmpty() && ";.".indexOf(item.charAt(item.length() - 1)) >= 0;
  }

  /** A head's number line, folded: "Số: 5155/SGDĐT-GDTXNNĐH", "Số 12/UBND-VX". */
  private static final Pattern NUMBER_LINE = Pattern.compile("so\\s*:?\\s*\\d");

  /** A quotation mark opening a line. */
  private static final Pattern OPENING_QUOTE = Pattern.compile("^\\s*[“\"]\\s*");

  /** A subject in quotation marks: group 1 is the subject without them. */
  private static final Pattern QUOTED_SUBJECT =
      Pattern.compile("^\\s*[“\"]\\s*(.*?)\\s*[”\"]\\s*$");

  private static String trimAddressee(String s) {
    String t = s.strip();
    while (!t.isEmpty() && ";.,".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /**
   * The "V/v ..." line of a công văn's subject in the head (or its "Về …" right under the number
   * line), or -1; the subject may open inside quotation marks ("“V/v tuyên⏎truyền Đại hội Hội Nông
   * dân Việt Nam lần thứ VIII.”", Công văn 34-CV/HNDT of the Hà Nam farmers' union).
   */
  private int subjectLine(int head) {
    for (int i = 0; i < Math.min(head, lines.size()); i++) {
      String f = OPENING_QUOTE.matcher(lines.get(i).folded()).replaceFirst("");
      if (f.startsWith("v/v ") || f.startsWith("v/v:")) {
        return i;
      }
      if (f.startsWith("ve ") && underNumberLine(lines.get(i).start())) {
        // the subject written out as "Về …" for "V/v", right under the "Số:" line in the left
        // column: "Số: 5155/SGDĐT-GDTXNNĐH⏎*Về hướng dẫn đánh giá, xếp loại trung tâm …" (Công văn
        // 5155 of Hồ Chí Minh City's Sở Giáo dục và Đào tạo, 2025, corpus unseen51)
        return i;
      }
    }
    return -1;
  }

  /**
   * True when the text line right above offset {@code start} is a head's number line ("Số:
   * 5155/SGDĐT-GDTXNNĐH"), read from the text: the reader blanks its own copy of that line once it
   * has read the number.
   */
  private boolean underNumberLine(int start) {
    int end = text.lastIndexOf('\n', start - 1);
    if (end <= 0) {
      return false;
    }
    String above = clean(text.substring(text.lastIndexOf('\n', end - 1) + 1, end));
    return NUMBER_LINE.matcher(HeaderLine.fold(above)).lookingAt();
  }

  private static final Pattern DATE_OF_ISSUE =
      Pattern.compile("\\bngay\\s+\\d{1,2}\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4}\\b");

  /**
   * The line of the place and date of issue in the head ("Bắc Giang, ngày 19 tháng 01 năm 2022").
   */
  private int dateLine(int head) {
    for (int i = 0; i < Math.min(head, lines.size()); i++) {
      String f = lines.get(i).folded();
      if (DATE_OF_ISSUE.matcher(f).find()) {
        return i;
      }
    }
    return -1;
  }

  private static final Pattern PROSE_HEADING =
      Pattern.compile(
          // the symbol may hold spaces before its slashes: "SỐ 115 /2004 /QĐ-TTG"
          "^(?:cua\\s+)?[^\\d]{3,80}?\\s+so\\s+(\\S+(?:\\s+/\\S+)*)\\s+ngay\\s+(\\d{1,2})(?:\\s+thang\\s+|-)(\\d{1,2})"
              // the date in words or with hyphens ("NGÀY 17-7-1982 VỀ"), the year and "VỀ" glued
              // by a copy: "NĂM 1998VỀ CÔNG TÁC THANH TRA …"
              + "(?:\\s+nam\\s+|-)(\\d{4})\\s*(ve\\s.*)$");

  /**
   * The prose heading opening with its issuer and a subject without "về": "Của Chính phủ số 101-CP
   * ngày 23 tháng 9 năm 1997 quy định chi tiết thi hành …" (luatvietnam's copy, 1997). Groups as
   * {@link #PROSE_HEADING}'s.
   */
  private static final Pattern PROSE_HEADING_OF =
      Pattern.compile(
          "^cua\\s+[^\\d]{3,80}?\\s+so\\s+(\\S+)\\s+ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})"
              + "\\s+nam\\s+(\\d{4})\\s+(\\p{L}.*)$");

  /**
   * The prose heading of older documents, read as a title after the type: "CHỈ THỊ CỦA THỦ TƯỚNG
   * CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC ...": the number, the date and the
   * title from "VỀ"; under a "Số:" line of the same number ("Số: 67-HĐBT", then "QUYẾT ĐỊNH" and
   * "CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 67-HĐBT NGÀY 8 THÁNG 4 NĂM 1982 VỀ VIỆC ..."), the title alone.
   */
  private void proseHeading(DocumentHeaderBuilder b) {
    DocumentHeader h = b.build();
    if (h.title().isEmpty() || h.documentType().isEmpty()) {
      return;
    }
    String title = h.title().get();
    Matcher m = PROSE_HEADING.matcher(VietnameseText.fold(title));
    if (!m.matches()) {
      m = PROSE_HEADING_OF.matcher(VietnameseText.fold(title));
    }
    if (!m.matches()) {
      proseHeadingByIssuer(b, h, title);
      return;
    }
    try {
      // a heading in capitals writes the Prime Minister's code "TTg" as "TTG"
      String symbol =
          title.substring(m.start(1), m.end(1)).replaceAll("\\s+", "").replaceAll("-TTG$", "-TTg");
      DocumentNumber n = DocumentNumber.parse(symbol).typedAs(h.documentType().get());
      if (h.numberSymbol().filter(read -> !read.equals(n)).isPresent()) {
        // another document's number: not the heading of this one
        return;
      }
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)));
      b.numberSymbol(n);
      if (h.date().isEmpty()) {
        b.date(PartialDate.of(d));
      }
      if (h.issuingBody().isEmpty()) {
        ProseHeadingIssuer.of(title).ifPresent(b::addIssuingBody);
      }
      b.title(title.substring(m.start(5)));
    } catch (CchcParseException | java.time.DateTimeException notAHeading) {
      // not the prose heading it looked like: the title stays as read
    }
  }

  /**
   * The prose heading of an old document that a site gives under its menu, with no "Số:" line nor
   * national title: its type's name alone on a line in capitals, then "CỦA <BODY> SỐ <number> NGÀY
   * <d-m-yyyy> VỀ" and the subject on the lines after it ("CHỈ THỊ⏎⏎CỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ
   * 120-HĐBT NGÀY 17-7-1982 VỀ⏎SẮP XẾP LẠI CÁC CƠ SỞ SẢN XUẤT VÀ XÂY DỰNG", luatvietnam): the type,
   * number, date and title are the document's. Returns whether one was read.
   */
  private boolean proseHeadingUnderChrome(DocumentHeaderBuilder b) {
    for (int i = 0; i < Math.min(lines.size(), HEADER_SEARCH_LINES); i++) {
      String name = lines.get(i).content();
      if (name.isEmpty() || !isCapitals(name) || !isTypeName(name)) {
        continue;
      }
      int next = shared.nextNonBlank(i + 1, lines.size());
      if (next < 0) {
        return false;
      }
      String c = lines.get(next).content();
      Matcher m = PROSE_HEADING_UNDER_CHROME.matcher(VietnameseText.fold(c));
      if (!isCapitals(c) || !m.lookingAt()) {
        continue;
      }
      try {
        DocumentType type = DocumentType.parse(name);
        DocumentNumber n = DocumentNumber.parse(c.substring(m.start(1), m.end(1))).typedAs(type);
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(2)));
        List<String> title = new ArrayList<>();
        title.add(c.substring(m.start(5)).strip());
        for (int k = shared.nextNonBlank(next + 1, lines.size());
            k >= 0 && isCapitals(lines.get(k).content()) && title.size() < 4;
            k = shared.nextNonBlank(k + 1, lines.size())) {
          title.add(lines.get(k).content().strip());
        }
        b.documentType(type).numberSymbol(n).date(PartialDate.of(d)).title(String.join(" ", title));
        return true;
      } catch (CchcParseException | java.time.DateTimeException notAHeading) {
        return false;
      }
    }
    return false;
  }

  /** "CỦA <body> SỐ <number> NGÀY <d-m-yyyy> VỀ …", folded; groups as PROSE_HEADING's. */
  private static final Pattern PROSE_HEADING_UNDER_CHROME =
      Pattern.compile(
          "cua\\s+[^\\d]{3,80}?\\s+so\\s+(\\S+)\\s+ngay\\s+(\\d{1,2})-(\\d{1,2})-(\\d{4})\\s+(ve\\b.*)$");

  /**
   * The prose heading of the State's documents before 1992, under the type heading: "SỐ 15-BTC/TT
   * NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ …": the number, a date written with hyphens or
   * in words, "CỦA" and the issuing body the header names, then the subject, which is the title.
   */
  private static final Pattern PROSE_HEADING_DATED =
      Pattern.compile(
          "^so\\s+(\\S+)\\s+ngay\\s+(?:(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})"
              + "|(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4}))\\s+cua\\s+");

  private void proseHeadingByIssuer(DocumentHeaderBuilder b, DocumentHeader h, String title) {
    String folded = VietnameseText.fold(title);
    Matcher m = PROSE_HEADING_DATED.matcher(folded);
    if (!m.lookingAt() || h.issuingBody().isEmpty()) {
      return;
    }
    String issuer = VietnameseText.fold(String.join(" ", h.issuingBody())).replaceAll("\\s+", " ");
    String rest = folded.substring(m.end()).replaceAll("\\s+", " ");
    if (!rest.startsWith(issuer + " ") || folded.substring(m.end()).length() != rest.length()) {
      return;
    }
    try {
      String symbol = title.substring(m.start(1), m.end(1));
      DocumentNumber n = DocumentNumber.parse(symbol).typedAs(h.documentType().get());
      if (h.numberSymbol().filter(read -> !read.equals(n)).isPresent()) {
        return;
      }
      boolean hyphens = m.group(2) != null;
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(hyphens ? 4 : 7)),
              Integer.parseInt(m.group(hyphens ? 3 : 6)),
              Integer.parseInt(m.group(hyphens ? 2 : 5)));
      b.numberSymbol(n);
      if (h.date().isEmpty()) {
        b.date(PartialDate.of(d));
      }
      b.title(title.substring(m.end() + issuer.length()).strip());
    } catch (CchcParseException | java.time.DateTimeException notAHeading) {
      // not the prose heading it looked like: the title stays as read
    }
  }

  /**
   * A heading and its title on one line, as web copies join them ("BÁO CÁO Kết quả chỉ số ...", "KẾ
   * HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"): the type's name in capitals is not part of the title. A
   * title in capitals keeps a type's name followed by fewer than three words ("KẾ HOẠCH NĂM").
   */
  private void typeInTitle(DocumentHeaderBuilder b) {
    DocumentHeader h = b.build();
    if (h.title().isEmpty()) {
      return;
    }
    String title = h.title().get();
    String folded = VietnameseText.fold(title);
    Map.Entry<String, DocumentType> found = nameAtStart(folded);
    if (found == null || folded.length() != title.length()) {
      return;
    }
    DocumentType type = found.getValue();
    if (h.documentType().isPresent() && h.documentType().get() != type) {
      return;
    }
    int n = found.getKey().length();
    String name = title.substring(0, n);
    String rest = title.substring(n).strip();
    if (!rest.isEmpty()
        && isCapitals(name)
        && (!isCapitals(rest) || rest.split("\\s+").length >= 3)
        && Character.isUpperCase(rest.charAt(0))) {
      b.documentType(type);
      b.title(rest);
    }
  }

  /**
   * The end of the head: {@link #HEAD_LINES} lines from where the header starts. The header is
   * found by what it says, not where it is: a site's banner, its table of properties one cell per
   * line or its menu can push it far down the page, so it starts at the issuing body above the
   * first national title or "Số:" line (see {@link #headStart()}), or at the top when there is
   * none.
   */
  private int headLimit() {
    int seen = 0;
    for (int i = headStart; i < lines.size(); i++) {
      if (!lines.get(i).blank() && ++seen > HEAD_LINES) {
        return i;
      }
    }
    return lines.size();
  }

  /** Where the header starts, set by {@link #headStart()}. */
  private int headStart;

  /** How far down a page a header is looked for, in lines. */
  private static final int HEADER_SEARCH_LINES = 400;

  /** The longest line that may be the national title's first words alone: "CỘNG HÒA XÃ". */
  private static final int SHORT_TITLE_LINE = 24;

  /** How many capitalised lines of an issuing body are looked for above a national title. */
  private static final int ISSUER_LINES = 4;

  /**
   * The first line of the header: the issuing body's first line (the run of capitalised lines right
   * above it) when the page has a national title ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", wrapped or
   * not) or a "Số:" line below the top {@link #HEAD_LINES} lines; 0 otherwise.
   */
  private int headStart() {
    int first = shared.nextNonBlank(0, lines.size());
    int second = first < 0 ? -1 : shared.nextNonBlank(first + 1, lines.size());
    if (second >= 0
        && ProseHeadingFirst.opens(
            isCapitals(lines.get(first).content()) && isTypeName(lines.get(first).content()),
            lines.get(second).folded())) {
      // "THÔNG TƯ⏎CỦA BỘ TÀI CHÍNH SỐ 169/1998/TT-BTC …" at the top (ProseHeadingFirst)
      return 0;
    }
    int anchor = -1;
    for (int i = 0; i < lines.size() && i < HEADER_SEARCH_LINES; i++) {
      HeaderLine line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      String f = line.folded();
      // a title's first words alone are a short line: only then is the next line looked at
      int next = f.length() > SHORT_TITLE_LINE ? -1 : shared.nextNonBlank(i + 1, lines.size());
      if (f.contains(NATIONAL_TITLE)
          || f.startsWith("cong hoa xa hoi")
          || f.startsWith("so:")
          || f.startsWith("so :")
          // "CỘNG⏎HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
          || (next >= 0 && WrappedNationalTitle.opens(f, lines.get(next).folded()))) {
        anchor = i;
        break;
      }
    }
    int nonBlankBefore = 0;
    for (int i = 0; i < anchor; i++) {
      if (!lines.get(i).blank()) {
        nonBlankBefore++;
      }
    }
    if (anchor < 0 || nonBlankBefore < HEAD_LINES / 2) {
      return 0;
    }
    int start = anchor;
    for (int i = anchor - 1, taken = 0; i >= 0 && taken < ISSUER_LINES; i--) {
      HeaderLine line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      if (!isCapitals(line.content())) {
        break;
      }
      start = i;
      taken++;
    }
    return start;
  }

  private boolean readNumber(DocumentHeaderBuilder b, int head) {
    for (int i = 0; i < head; i++) {
      HeaderLine line = lines.get(i);
      String f = line.folded();
      DocumentNumber spacedParty = SpacedPartyNumberLine.read(line.content());
      if (spacedParty != null) {
        // "Số 34 - CV/ HNDT": the Party's form, no colon, spaced
        b.numberSymbol(spacedParty);
        lines.set(i, HeaderLine.of(line.end(), line.end(), ""));
        return true;
      }
      if (f.startsWith("so:") || f.startsWith("so :") || typedNumberLine(f)) {
        int colon = text.indexOf(':', line.start());
        int tokenStart = colon + 1;
        while (tokenStart < line.end() && isBlankChar(text.charAt(tokenStart))) {
          tokenStart++;
        }
        int lineEnd = line.end();
        if (tokenStart >= line.end()) {
          // "Số:" alone, the number on the next line
          int next = shared.nextNonBlank(i + 1, head);
          if (next < 0) {
            continue;
          }
          tokenStart = lines.get(next).start();
          while (tokenStart < text.length() && isBlankChar(text.charAt(tokenStart))) {
            tokenStart++;
          }
          lineEnd = lines.get(next).end();
          lines.set(i, HeaderLine.of(line.end(), line.end(), ""));
          i = next;
          line = lines.get(next);
        }
        int tokenEnd = tokenStart;
        while (tokenEnd < lineEnd
            && !isBlankChar(text.charAt(tokenEnd))
            && text.charAt(tokenEnd) != '|') {
          tokenEnd++;
        }
        DocumentNumber number = null;
        CchcParseException error = null;
        try {
          number = DocumentNumber.parse(text.substring(tokenStart, tokenEnd));
        } catch (CchcParseException e) {
          error = e;
        }
        if (number == null || !number.hasSymbol()) {
          SpacedSymbol.Joined spaced = SpacedSymbol.after(text, tokenStart, tokenEnd, lineEnd);
          if (spaced != null) {
            // the number typed in before the symbol's field: "Số: 123 /KH-UBND"
            number = spaced.number();
            tokenEnd = spaced.end();
          }
        }
        if ((number == null || !number.hasSymbol())
            && text.substring(tokenEnd, lineEnd).isBlank()
            && i + 1 < head
            && i + 1 < lines.size()
            && !lines.get(i + 1).blank()) {
          // the digits alone, the symbol on the line under them: "Số: 5872⏎/KH-UBND"
          HeaderLine under = lines.get(i + 1);
          int from = under.start();
          while (from < under.end() && isBlankChar(text.charAt(from))) {
            from++;
          }
          SpacedSymbol.Joined wrapped =
              WrappedNumber.join(text, tokenStart, tokenEnd, from, under.end());
          if (wrapped != null) {
            number = wrapped.number();
            lines.set(
                i + 1,
                HeaderLine.of(
                    wrapped.end(), under.end(), clean(text.substring(wrapped.end(), under.end()))));
          }
        }
        if (number == null || !number.hasSymbol()) {
          // the symbol cut at a hyphen, its rest lower down: "255 / BC-BCĐPCGD-" … "XMC"
          HyphenCutSymbol.Joined cut =
              HyphenCutSymbol.join(text.substring(tokenStart, lineEnd), lines, i + 1, head);
          if (cut != null) {
            number = cut.number();
            tokenEnd = lineEnd;
            HeaderLine rest = lines.get(cut.line());
            lines.set(cut.line(), HeaderLine.of(rest.end(), rest.end(), ""));
          }
        }
        if (number != null) {
          b.numberSymbol(number);
        } else {
          refuse("number line", tokenStart, error);
        }
        // A layout flattened to one line: "Số: 24/KH-SNgV   Bình Phước, ngày 22 tháng 02 năm 2024".
        lines.set(i, HeaderLine.of(tokenEnd, lineEnd, clean(text.substring(tokenEnd, lineEnd))));
        return true;
      }
    }
    return false;
  }

  /**
   * A number line with the type written before its "Số:" ("Nghị quyết số: 653/2019/UBTVQH14"), on
   * folded text: a type name, "số", a colon and the number, nothing before or after it.
   */
  private static boolean typedNumberLine(String folded) {
    Map.Entry<String, DocumentType> name = nameAtStart(folded);
    return name != null
        && TYPED_NUMBER.matcher(folded.substring(name.getKey().length()).strip()).lookingAt();
  }

  private static final Pattern TYPED_NUMBER = Pattern.compile("so\\s*:\\s*\\d\\S*$");

  private static boolean isBlankChar(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '*';
  }

  private void readDateLine(DocumentHeaderBuilder b, int head) {
    boolean withComma = false;
    for (int i = 0; i < head && !withComma; i++) {
      withComma = lines.get(i).folded().contains(", ngay");
    }
    for (int i = 0; i < head; i++) {
      HeaderLine line = lines.get(i);
      String f = line.folded();
      int comma = f.indexOf(", ngay");
      int rest =
          comma < 0 && PLACE_AND_COMMA.matcher(line.content()).matches()
              ? shared.nextNonBlank(i + 1, head)
              : -1;
      if (rest >= 0 && lines.get(rest).folded().startsWith("ngay ")) {
        // the date line wrapped right after the place's comma: "Bạc Liêu,⏎ngày 05 tháng 4 năm
        // 2023" (Kế hoạch 64/KH-UBND of Bạc Liêu on thuvienphapluat)
        line =
            HeaderLine.of(
                line.start(),
                lines.get(rest).end(),
                line.content().strip() + " " + lines.get(rest).content().strip());
        lines.set(i, line);
        lines.set(rest, HeaderLine.of(lines.get(rest).end(), lines.get(rest).end(), ""));
        f = line.folded();
        comma = f.indexOf(", ngay");
      }
      Matcher bare = comma < 0 && !withComma ? PLACE_NGAY.matcher(f) : null;
      if (bare != null
          && bare.lookingAt()
          && Character.isUpperCase(line.content().charAt(0))
          && f.length() == line.content().length()) {
        comma = bare.end(1);
      }
      if (comma > 0
          && comma <= 40
          && (!containsDigit(f, comma) || NumberedPlace.before(f, comma))) {
        int offset = text.indexOf(line.content(), line.start());
        String content = line.content();
        int wrapped = placeWrapped(i, comma);
        if (wrapped >= 0) {
          // a place wrapped inside its name: "Cao⏎Bằng, ngày 09 tháng 10 năm 2018"
          String first = lines.get(wrapped).content();
          content = first + " " + content;
          comma += first.length() + 1;
          lines.set(wrapped, HeaderLine.of(lines.get(wrapped).end(), lines.get(wrapped).end(), ""));
        }
        if (content.charAt(comma) != ',') {
          // the comma left out: "Hà Nội ngày 18 tháng 7 năm 2025"
          content = content.substring(0, comma) + "," + content.substring(comma);
        }
        if (YEAR_CUT.matcher(VietnameseText.fold(content)).find()) {
          // the year cut short at the line's end, as a copy cuts a cell: "Hà Nội, ngày 23 tháng 7
          // năm 201" (Kế hoạch 150/KH-UBND of Hà Nội on luatvietnam): the place, not the date
          String place = withoutMarks(content.substring(0, comma));
          if (!place.isEmpty()) {
            b.place(place);
          }
          return;
        }
        // a number glued to a date word: "18 tháng 11năm 2025" (GluedDateWord)
        content = GluedDateWord.spaced(content);
        // a date line wrapped after the day or after "ngày": "Phú Thọ, ngày 13⏎tháng 02 năm 2025"
        List<Integer> joinedLines = new ArrayList<>();
        for (int k = i + 1, joined = 0;
            !YEAR_END.matcher(VietnameseText.fold(content)).find() && joined < 2 && k < head;
            k++) {
          if (!lines.get(k).blank()) {
            content = GluedDateWord.spaced(content + " " + lines.get(k).content());
            joinedLines.add(k);
            joined++;
          }
        }
        Matcher year = YEAR_END.matcher(VietnameseText.fold(content));
        if (!year.find()) {
          // the lines after it are not the rest of a date line (a news page's weekday dateline,
          // "Thứ hai, ngày 02/10/2023", over its headline, mic.gov.vn): they are kept
          continue;
        }
        if (year.end() > comma + DATE_AFTER_PLACE) {
          // prose that begins like a date line, the year far on: "Sáng ngày 01/11/2023, Ban Chỉ
          // đạo … đã tổ chức họp … 10 tháng đầu năm 2023" opens a news page, it dates nothing
          continue;
        }
        for (int k : joinedLines) {
          lines.set(k, HeaderLine.of(lines.get(k).end(), lines.get(k).end(), ""));
        }
        // stray text after the year ("... năm 2023 |", a cell of the table): dropped
        content = content.substring(0, year.end());
        try {
          DateLine dateLine = DateLine.parse(content);
          b.place(withoutMarks(dateLine.place())).date(dateLine.date());
        } catch (CchcParseException e) {
          refuse("date line", offset, e);
        }
        return;
      }
    }
  }

  /**
   * A place without the marks of emphasis a copy leaves around it: "*Thành phố Huế**, ngày 18 tháng
   * 11 năm 2025*" (a Markdown file's italic line with a bold end left over, Nghị quyết
   * 36/2025/NQ-HĐND of Huế), "*Hà Nội": a place's name holds no asterisk or underscore.
   */
  private static String withoutMarks(String place) {
    return PLACE_MARKS.matcher(place).replaceAll("").strip();
  }

  private static final Pattern PLACE_MARKS = Pattern.compile("^[\\s*_]+|[\\s*_]+$");

  private static final Pattern YEAR_END = Pattern.compile("\\bnam\\s+\\d{4}");

  /**
   * A date line whose year a copy cut at the line's end, its day and month whole: ", ngay 23 thang
   * 7 nam 201" (folded). A line that goes on to the year on the next line ("năm⏎2025") is not cut,
   * nor one whose month is missing.
   */
  private static final Pattern YEAR_CUT =
      Pattern.compile(", ngay\\s+\\d{1,2}\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{1,3}\\s*$");

  /** A place alone with its comma: one to four capitalised words, "Bạc Liêu,". */
  private static final Pattern PLACE_AND_COMMA =
      Pattern.compile("\\s*\\p{Lu}\\p{Ll}*(?:[\\s-]\\p{Lu}\\p{Ll}*){0,3},\\s*");

  /**
   * The line holding the first word(s) of a place the date line at {@code i} wraps inside its name
   * ("Cao" above "Bằng, ngày 09 …", "Mỹ" above "Tho, ngày 24 …"), or -1: the date line's place is
   * one word, and the line above it one or two capitalised words in lower case after their first
   * letter, not the motto's end ("Hạnh phúc"). A place joined of two names by a dash counts by its
   * first name: "Bà" above "Rịa - Vũng Tàu, ngày 28 …" (Kế hoạch 118/KH-UBND of Bà Rịa - Vũng Tàu,
   * 2020, thuvienphapluat.vn), "Phan" above "Rang - Tháp Chàm, ngày …".
   */
  private int placeWrapped(int i, int comma) {
    String place = lines.get(i).content().substring(0, comma).strip();
    Matcher joined = JOINED_PLACE.matcher(place);
    if (joined.matches()) {
      place = joined.group(1);
    }
    if (place.isEmpty()) {
      return -1;
    }
    int above = shared.previousNonBlank(i);
    if (above < 0) {
      return -1;
    }
    if (place.indexOf(' ') >= 0) {
      // a place of several words: "Thừa⏎Thiên Huế, ngày …" (WrappedProvinceName)
      return joined.matches()
              || !WrappedProvinceName.joins(lines.get(above).content().strip(), place)
          ? -1
          : above;
    }
    String c = lines.get(above).content();
    if (!WRAPPED_PLACE.matcher(c).matches() || MOTTO.endsWith(lines.get(above).folded())) {
      return -1;
    }
    return above;
  }

  /** A place joined of two names by a dash, "Rịa - Vũng Tàu": group 1 is the first name. */
  private static final Pattern JOINED_PLACE =
      Pattern.compile("(\\S+)\\s+[-–]\\s+\\p{Lu}\\p{Ll}*(?:\\s\\p{Lu}\\p{Ll}*){0,2}");

  /** One or two capitalised words: the start of a place name wrapped before its last word. */
  private static final Pattern WRAPPED_PLACE =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?");

  /**
   * The most characters from the place's end to the year's end of a date line: "…, ngày 31 tháng 12
   * năm 2024" takes 26, with room for spaces doubled and a wrapped line joined.
   */
  private static final int DATE_AFTER_PLACE = 45;

  /**
   * A place of at most four words and "ngày" with its day, the comma between them left out (folded
   * text): "ha noi ngay 18 thang 7".
   */
  private static final Pattern PLACE_NGAY =
      Pattern.compile("([a-z][a-z.'-]*(?: [a-z][a-z.'-]*){0,3}) ngay \\d{1,2}\\b");

  /**
   * Capitalised lines before the heading, without the national title and motto (even wrapped over
   * lines, "CỘNG HÒA XÃ HỘI⏎CHỦ NGHĨA VIỆT NAM"): the first run of them, after whatever a web page
   * puts above the header (its name, a table of the document's properties).
   */
  private void readIssuingBody(DocumentHeaderBuilder b, int limit) {
    boolean started = false;
    int added = -1;
    for (int i = headStart; i < limit; i++) {
      HeaderLine line = lines.get(i);
      String c = line.content();
      String f = line.folded();
      if (c.isEmpty()) {
        continue;
      }
      if (f.startsWith("so:")
          || f.startsWith("so :")
          || typedNumberLine(f)
          || f.contains(", ngay")) {
        if (started) {
          return; // the issuing body is above the number and the date line
        }
        continue;
      }
      int national = f.indexOf(NATIONAL_TITLE);
      if (national >= 0) {
        c = clean(c.substring(0, national));
      }
      int party = f.indexOf(PARTY_NATIONAL);
      if (national < 0 && party >= 0) {
        // the Party's line, its documents' national title: "BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG
        // SẢN VIỆT NAM |" (Nghị quyết 617-NQ/BCSĐ, 2018, hethongphapluat.com); not the body's
        c = clean(c.substring(0, party));
        if (c.isEmpty()) {
          continue;
        }
      }
      Matcher motto = MOTTO_AFTER.matcher(f);
      if (national < 0 && started && motto.find() && motto.start() > 0) {
        c = clean(c.substring(0, motto.start()));
      }
      String atx = c.startsWith("#") ? AtxHeadline.text(c) : null;
      if (atx != null) {
        // a Markdown copy's heading mark before the header's first row, "# CHÍNH PHỦ CỘNG HÒA …"
        // (Nghị quyết 03/NQ-CP on github, corpus unseen62): a mark, no word of the body
        c = atx;
      }
      String words = f.replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
      if (started
          && national < 0
          && words.equals("viet nam")
          && shared.previousNonBlank(i) == added) {
        // a national body's name wrapped before its last words, "BẢO HIỂM XÃ HỘI⏎VIỆT NAM" (Công
        // văn 2618/BHXH-KHTC, 2010), right under the line taken: the body's, not the national
        // title's "VIỆT NAM", which follows "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"
        b.addIssuingBody(c);
        added = i;
        continue;
      }
      if (f.startsWith(MOTTO)
          || c.isEmpty()
          || (words.length() >= 4 && NATIONAL_TITLE.contains(words))
          || MOTTO.startsWith(words)) {
        continue;
      }
      if (started && c.indexOf(' ') < 0 && c.chars().anyMatch(Character::isDigit)) {
        // a clerk's code of one token with digits between the motto and the number ("XV80",
        // Quyết định 256/2004/QĐ-UB of Cần Thơ, a .doc): no words of the body
        continue;
      }
      if (!Capitals.in(c)) {
        if (started) {
          return;
        }
        continue;
      }
      if (!started && GazetteHeading.section(f)) {
        // the gazette's section heading over the document, "VĂN BẢN PHÁP LUẬT KHÁC": no body's
        continue;
      }
      if (!started && SITE_CAPTION.matcher(f).lookingAt() && typeAtStart(f) != null) {
        // a legal site's caption of the document over its header, its type, number and subject in
        // capitals: "QUYẾT ĐỊNH 1898/QĐ-UBND NGÀY 28/07/2022 VỀ KẾ HOẠCH …" (dulieuphaply.vn,
        // corpus unseen51). A body's name never opens with a type's name and a number
        continue;
      }
      started = true;
      b.addIssuingBody(c);
      added = i;
    }
  }

  /**
   * A line opening with words then a number and symbol within its first words, folded: a type's
   * name and its number ("quyet dinh 1898/qd-ubnd ngay …", "ke hoach so 12/kh-ubnd").
   */
  private static final Pattern SITE_CAPTION =
      Pattern.compile("[a-z ]{2,30}?\\s(?:so\\s*:?\\s*)?\\d+[/-]");

  /** The Party's line heading its documents, as the national title heads the State's; folded. */
  private static final String PARTY_NATIONAL = "dang cong san viet nam";

  /**
   * The motto after the issuing body's second line, as a two-column header flattened line by line
   * gives it: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" then "TỈNH HẬU GIANG Độc Lập -
   * Tự Do - Hạnh Phúc" (Công văn 454/UBND-NCTH of Hậu Giang, 2011), "TRUYỀN THÔNG Độc lập Tự do
   * Hạnh phúc" (Thông tư 06/2019/TT-BTTTT on tailieu.vn): the words before the motto are the
   * body's. Folded.
   */
  private static final Pattern MOTTO_AFTER =
      Pattern.compile("\\s+doc lap\\s*[-–—]?\\s*tu do\\s*[-–—]?\\s*hanh phuc");

  private int headingLines = 1;

  /**
   * The line of the type heading ("KẾ HOẠCH", "QUYẾT ĐỊNH"), or -1; a heading wrapped over two
   * lines ("QUYẾT⏎ĐỊNH") counts, with {@link #headingLines} 2.
   */
  private int findHeading(int head) {
    boolean prose = false;
    for (int i = headStart; i < head; i++) {
      String c = lines.get(i).content();
      prose |= c.length() >= 150;
      if (isCapitals(c) && !symbolAlone(c)) {
        if (isTypeName(c) || (!prose && headingType(c) != null)) {
          headingLines = 1;
          return i;
        }
        int next = shared.nextNonBlank(i + 1, head);
        if (next > 0
            && next == i + 1
            && isCapitals(lines.get(next).content())
            && isTypeName(c + " " + lines.get(next).content())) {
          headingLines = 2;
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * A line that is a type's symbol and nothing else ("TT", "KH", "QĐ"): no type heading, which
   * names its type in words ("THÔNG TƯ", "KẾ HOẠCH"), but the heading cell of a table's row numbers
   * ("TT", short for "thứ tự", over "I", "1", "2" …, a flattened HTML table as thuvienphapluat.vn's
   * copy of Phụ lục II of Nghị quyết 25/NQ-CP gives it) or a symbol standing alone.
   */
  private static boolean symbolAlone(String c) {
    return DocumentType.fromAbbreviation(c.strip()).isPresent();
  }

  /**
   * Words that follow a type name in the heading of a report or a scheme ("BÁO CÁO TÓM TẮT", "BÁO
   * CÁO SƠ KẾT", "BÁO CÁO THẨM ĐỊNH", "ĐỀ ÁN TỔNG THỂ"), folded.
   */
  private static final java.util.Set<String> QUALIFIERS =
      java.util.Set.of(
          "tom tat",
          "tong ket",
          "so ket",
          "tham dinh",
          "tong hop",
          "giai trinh",
          "chi tiet",
          "tong the",
          "chuyen de",
          "dinh ky",
          "dot xuat");

  /**
   * The type a heading names: a type name ("KẾ HOẠCH"), or a type name and one qualifier of {@link
   * #QUALIFIERS} ("BÁO CÁO TÓM TẮT" is a Báo cáo); null if neither.
   */
  static @org.jspecify.annotations.Nullable DocumentType headingType(String heading) {
    String c = heading.strip();
    Matcher draft = DRAFT.matcher(c);
    if (draft.lookingAt() && draft.end() < c.length()) {
      // a draft's heading, "DỰ THẢO BÁO CÁO" (phường Long Anh's report of 2024): the type after
      c = c.substring(draft.end());
    }
    if (!isTypeName(c)) {
      // "BẢN QUY ĐỊNH" over the rules a decision adopts (BanHeading); "BẢN GHI NHỚ" is a type
      c = BanHeading.without(c);
    }
    if (isTypeName(c)) {
      return DocumentType.parse(c);
    }
    Matcher of = TYPE_OF_ISSUER.matcher(c);
    if (of.matches() && isTypeName(of.group(1))) {
      // the type and its issuer on the heading's line, the title under it: "NGHỊ ĐỊNH CỦA CHÍNH
      // PHỦ" then "Về đăng ký kinh doanh" (Nghị định 109/2004/NĐ-CP, a .doc of 2004)
      return DocumentType.parse(of.group(1));
    }
    String[] words = c.split("\\s+");
    if (words.length < 3) {
      return null;
    }
    String qualifier = VietnameseText.fold(words[words.length - 2] + " " + words[words.length - 1]);
    if (!QUALIFIERS.contains(qualifier)) {
      return null;
    }
    String name = String.join(" ", java.util.Arrays.copyOf(words, words.length - 2));
    return isTypeName(name) ? DocumentType.parse(name) : null;
  }

  /** A type's name, "CỦA" and an issuer without digits: "NGHỊ ĐỊNH CỦA CHÍNH PHỦ". */
  private static final Pattern TYPE_OF_ISSUER =
      Pattern.compile("(\\p{Lu}[\\p{Lu}\\s]{1,30}?)\\s+CỦA\\s+[^\\d,.;:]{3,80}");

  /** "DỰ THẢO" (or "(DỰ THẢO)") opening a heading in capitals. */
  private static final Pattern DRAFT = Pattern.compile("\\(?DỰ THẢO\\)?\\s+");

  private static boolean isTypeName(String c) {
    try {
      DocumentType.parse(c);
      return true;
    } catch (CchcParseException notAType) {
      return false; // a heading in capitals that is not a type, e.g. the issuing body
    }
  }

  /**
   * A line in capitals but for one letter, as a web copy's broken encoding leaves it ("PHÁT TRIỂN
   * KINH TẾ - Xà HỘI": "Xà" for "XÃ").
   */
  private static boolean mostlyCapitals(String c) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (Character.isUpperCase(ch)) {
        upper++;
      } else if (Character.isLowerCase(ch)) {
        lower++;
      }
    }
    return lower == 1 && upper >= 10;
  }

  /**
   * A type heading naming its issuer by "của" and the body's kind without its level: "CHƯƠNG TRÌNH
   * HÀNH ĐỘNG CỦA UBND" (folded), the level ("TỈNH") wrapped to the next line.
   */
  private static final Pattern HEADING_OF_BODY =
      Pattern.compile("\\bcua\\s+(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)\\s*$");

  /** A level of local government alone on a line, folded: "tinh", "thanh pho", "huyen" … */
  private static final Pattern LEVEL_ALONE =
      Pattern.compile("(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)");

  /**
   * The label of the site a planning or investment decision names under its trích yếu ("Địa điểm:
   * các phường Cổ Nhuế 2 và Xuân Đỉnh, quận Bắc Từ Liêm", Quyết định 2858/QĐ-UBND of Hà Nội): a
   * particular of the project, no part of the title.
   */
  private static final Pattern LOCATION_LABEL = Pattern.compile("dia diem\\s*:");

  /**
   * The title (trích yếu) after the heading: the lines up to a blank line; a title in capitals
   * stops at the first line not in capitals, the enacting authority ("ỦY BAN NHÂN DÂN TỈNH ...") or
   * a part heading ("PHẦN I.", "I."); a title in sentence case stops before the body ("Căn cứ ...",
   * "Thực hiện Nghị quyết ...", "Xét đề nghị ...").
   */
  private void readTitle(DocumentHeaderBuilder b, int heading, int limit) {
    int i = heading + 1;
    while (i < limit && lines.get(i).blank()) {
      i++;
    }
    if (i < limit
        && HEADING_OF_BODY.matcher(lines.get(heading).folded()).find()
        && LEVEL_ALONE.matcher(lines.get(i).folded().strip()).matches()) {
      // the heading's issuer wrapped before its level: "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA UBND⏎TỈNH⏎THỰC
      // HIỆN NGHỊ QUYẾT …" (Chương trình 03/CTr-UBND of Phú Yên): "TỈNH" ends the heading
      i++;
      while (i < limit && lines.get(i).blank()) {
        i++;
      }
    }
    List<String> title = new ArrayList<>();
    int end = lines.get(heading).end();
    int joinedBody = -1;
    boolean capitals = i < limit && isCapitals(lines.get(i).content());
    while (i < limit) {
      if (lines.get(i).blank()) {
        // a title in sentence case wrapped over a blank line, its rest in lower case
        // ("Hướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP ngày 10/10/2003⏎⏎của Chính phủ về chế
        // độ
        // công chức dự bị", vbpl.vn's copy of Thông tư 08/2004/TT-BNV)
        int next = shared.nextNonBlank(i, limit);
        if (capitals
            || title.isEmpty()
            || next < 0
            || !Character.isLowerCase(lines.get(next).content().charAt(0))
            || BODY.matcher(lines.get(next).folded()).lookingAt()) {
          break;
        }
        i = next;
      }
      String c = lines.get(i).content();
      String f = lines.get(i).folded();
      if (capitals && (rangeTail(title, c) || TitleYearTail.after(title, c))) {
        // "… GIAI ĐOẠN 2016" then "- 2020"; "… CẤP TỈNH NĂM" then "2025" (TitleYearTail)
        title.add(c.strip());
        end = lines.get(i).end();
        i++;
        continue;
      }
      if (!title.isEmpty()
          && (capitals
              ? (!isCapitals(c) && !mostlyCapitals(c))
                  || authority(i, limit)
                  || enactingBody(f, title.get(title.size() - 1))
              // a line opening in small letters goes on with the title's sentence: "Ban hành
              // Chương trình hành động của Chính phủ⏎thực hiện Chỉ thị số 49-CT/TW …" (Nghị quyết
              // 100/NQ-CP, corpus unseen61); the body's first sentence opens with a capital
              : (BODY.matcher(f).lookingAt() && !opensInSmallLetters(c))
                  || LOCATION_LABEL.matcher(f).lookingAt()
                  || title.size() >= 6
                  // the enacting body under a title in small letters: "… pháp luật⏎CHÍNH PHỦ"
                  || (isCapitals(c) && enactingBody(f, title.get(title.size() - 1))))) {
        break;
      }
      if (PART.matcher(f).lookingAt()) {
        break;
      }
      int joined = BodyJoinedToTitle.at(c);
      if (joined > 0) {
        // the body's first sentence joined to the title's last line (BodyJoinedToTitle)
        title.add(c.substring(0, joined).strip());
        joinedBody = text.indexOf(c.substring(joined), lines.get(i).start());
        break;
      }
      title.add(c);
      end = lines.get(i).end();
      i++;
    }
    if (!title.isEmpty()) {
      b.title(withoutFinalStop(String.join(" ", title)));
    }
    if (joinedBody >= 0) {
      bodyStart = joinedBody;
      return;
    }
    while (i < limit && lines.get(i).blank()) {
      i++;
    }
    if (i < limit
        && !title.isEmpty()
        && enactingBody(lines.get(i).folded(), title.get(title.size() - 1))) {
      // the enacting body under the title of a copy without a header block (EnactingBodyIssuer)
      EnactingBodyIssuer.read(b, lines.get(i).content());
    }
    bodyStart = i < limit ? lines.get(i).start() : Math.min(end, text.length());
  }

  /**
   * True when line {@code i} names the authority that issues the document, on one line or wrapped
   * into the next ("ỦY BAN⏎NHÂN DÂN TỈNH LAI CHÂU").
   */
  private boolean authority(int i, int limit) {
    String f = lines.get(i).folded();
    if (AUTHORITY.matcher(f).lookingAt()) {
      return true;
    }
    if (i + 1 >= limit || lines.get(i + 1).blank()) {
      return false;
    }
    Matcher m = AUTHORITY.matcher(f + " " + lines.get(i + 1).folded());
    return m.lookingAt() && m.end() > f.length();
  }

  /**
   * True when a folded line is the whole name of a body that enacts a document in its own name, as
   * Nghị định 30/2020 sets it between the title and the bases ("CHÍNH PHỦ", "QUỐC HỘI", "ỦY BAN
   * THƯỜNG VỤ QUỐC HỘI"), and the title line before it does not run on into it ("… CỦA", "… VÀ").
   * thuvienphapluat's copy of the Government's Nghị quyết on the business environment (2025) has
   * "NĂM 2025⏎CHÍNH PHỦ⏎Căn cứ …".
   */
  private static boolean enactingBody(String folded, String previous) {
    String p = VietnameseText.fold(previous).strip();
    return ENACTING_BODIES.contains(folded.strip())
        && !p.endsWith(" cua")
        && !p.endsWith(" va")
        && !p.endsWith(",");
  }

  /** Folded names of the bodies that enact in their own name, each a whole line. */
  private static final java.util.Set<String> ENACTING_BODIES =
      java.util.Set.of("chinh phu", "quoc hoi", "uy ban thuong vu quoc hoi", "thu tuong chinh phu");

  private static final Pattern AUTHORITY =
      Pattern.compile(
          "(?:uy ban nhan dan|chu tich|bo truong|thu tuong|hoi dong nhan dan|giam doc|chanh van"
              + " phong|truong ban|tong cuc truong|cuc truong)\\b");

  /** A line whose first letter is a small one: "thực hiện Chỉ thị số 49-CT/TW …". */
  private static boolean opensInSmallLetters(String line) {
    String c = line.strip();
    return !c.isEmpty() && Character.isLowerCase(c.charAt(0));
  }

  private static final Pattern BODY =
      Pattern.compile(
          "(?:can cu|xet de nghi|theo de nghi|kinh gui\\b|\\("
              // an implementing plan's first sentence: "Triển khai thực hiện Quyết định số
              // 47/QĐ-UBND
              // …, Ban Chỉ đạo … ban hành" (Kế hoạch of Đăk R'lấp's steering committee, 2023)
              + "|(?:trien khai )?thuc hien (?:nghi|quyet|ke|chi|luat|cong|thong|van)"
              + "|[ivx]+\\.\\s|\\d+\\.\\s|phan\\s+[ivx\\d]+\\b"
              + "|(?:quyet dinh|nghi quyet|nghi dinh|ke hoach|chi thi|cong van|thong tu|luat"
              + "|chuong trinh|thong bao|huong dan)\\s+(?:so\\s+)?\\d)");

  /**
   * True when {@code c} is the second year of a range a title in capitals wrapped before: the last
   * title line ends with a year and {@code c} is a dash and a year alone ("… TỈNH HƯNG YÊN GIAI
   * ĐOẠN 2016" then "- 2020", Nghị quyết 155/2018/NQ-HĐND of Hưng Yên, thuviennhadat.vn).
   */
  private static boolean rangeTail(List<String> title, String c) {
    return !title.isEmpty()
        && TITLE_YEAR_END.matcher(title.get(title.size() - 1)).find()
        && RANGE_TAIL.matcher(c.strip()).matches();
  }

  private static final Pattern TITLE_YEAR_END = Pattern.compile("\\b(?:19|20)\\d{2}$");

  private static final Pattern RANGE_TAIL = Pattern.compile("[-–—]\\s*(?:19|20)\\d{2}");

  private static final Pattern PART = Pattern.compile("(?:phan\\s+[ivx\\d]+\\b|[ivx]+\\.\\s)");

  private int findRecipients(int from) {
    for (int i = from; i < lines.size(); i++) {
      String f = lines.get(i).folded();
      if (f.startsWith("noi nhan")) {
        return i;
      }
    }
    return -1;
  }

  private void readFoot(DocumentHeaderBuilder b, int at) {
    bodyEnd = lines.get(at).start();
    int i = at + 1;
    List<String> items = new ArrayList<>();
    while (i < lines.size()) {
      HeaderLine line = lines.get(i);
      if (line.blank()) {
        i++;
        continue;
      }
      String c = line.content();
      int item = shared.nextNonBlank(i + 1, lines.size());
      if (RecipientGroupLabel.is(c)
          && item >= 0
          && "-–+•".indexOf(lines.get(item).content().charAt(0)) >= 0) {
        // a group's label, "Gửi bản điện tử:", before its items (RecipientGroupLabel)
        i = item;
        continue;
      }
      if (c.charAt(0) != '-'
          && c.charAt(0) != '–' // the en dash Word puts for a typed hyphen (Nghị quyết 33/2022)
          && c.charAt(0) != '+'
          && c.charAt(0) != '•') {
        if (!items.isEmpty()
            && Character.isLowerCase(c.charAt(0))
            && !endsItem(items.get(items.size() - 1))) {
          // an item wrapped onto the next line: "- VPCP: BTCN, các PCN, Trợ lý TTgCP,⏎các Vụ,
          // Cục, TGĐ Cổng TTĐT;" (Quyết định 240/QĐ-TTg)
          items.set(items.size() - 1, items.get(items.size() - 1) + " " + c);
          i++;
          continue;
        }
        if (!items.isEmpty()
            && c.strip().endsWith(";")
            && item >= 0
            && "-–+•".indexOf(lines.get(item).content().charAt(0)) >= 0) {
          // an item's units wrapped onto a line of their own, opening with a unit's capital, the
          // list going on under it: "- VPCP: BTCN;⏎Vụ TH; Cổng TTĐT;⏎- Lưu: VT, QHQT (3b)"
          // (Công văn 2776/VPCP-QHQT of 2011 on luatminhkhue, corpus unseen50); a signature's
          // lines never end with ';'
          items.set(items.size() - 1, items.get(items.size() - 1) + " " + c);
          i++;
          continue;
        }
        break;
      }
      items.add(c.substring(1).strip());
      i++;
    }
    for (String raw : items) {
      String item = trimItem(raw);
      String f = VietnameseText.fold(item);
      if (f.startsWith("luu:") || f.startsWith("luu :")) {
        for (String copy : item.substring(item.indexOf(':') + 1).split(",")) {
          String k = trimItem(copy);
          if (!k.isEmpty()) {
            b.addArchive(k);
          }
        }
      } else if (!item.isEmpty()) {
        b.addRecipient(item);
      }
    }
    // the drafter's initials over the signature block, "(BH)" (DrafterInitials)
    List<HeaderLine> block = DrafterInitials.dropped(signatures.nonBlank(i, lines.size()));
    if (!block.isEmpty() && !signatures.looksLikeSignature(block)) {
      block = signatures.untilTheName(block);
    }
    if (block.isEmpty()) {
      block = signatures.signatureBefore(at);
      if (!block.isEmpty()) {
        bodyEnd = block.get(0).start();
      }
    }
    if (!block.isEmpty() && signatures.looksLikeSignature(block)) {
      int start = block.get(0).start();
      int end = block.get(block.size() - 1).end();
      try {
        b.signature(Signature.parse(text.substring(start, end)));
      } catch (CchcParseException e) {
        refuse("signature", start, e);
      }
    }
  }

  private static String trimItem(String s) {
    String t = s.strip();
    while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(".") || t.endsWith(","))) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  private void readArticle(DocumentHeaderBuilder b) {
    b.article(true);
    int typedLine = -1;
    @org.jspecify.annotations.Nullable DocumentType type = null;
    for (int i = 0, seen = 0; i < lines.size() && seen < 10; i++) {
      HeaderLine line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      seen++;
      if (Character.isLowerCase(line.content().charAt(0))) {
        // a site's tag line in lower case over the headline ("đề án tinh giản biên chế", vtv.vn):
        // a document's title line opens with a capital
        continue;
      }
      type = typeAtStart(line.folded());
      if (type != null) {
        typedLine = i;
        break;
      }
    }
    int headline = new NewsHeadline(shared).headline();
    int titleLine = headline >= 0 && (typedLine < 0 || headline < typedLine) ? headline : typedLine;
    if (titleLine < 0) {
      return;
    }
    if (titleLine != typedLine && titleLine == AtxHeadline.line(shared)) {
      // a Markdown page's own headline ("# Trung Quốc") is its title; a line below it opening with
      // a type's word ("Kế hoạch *\"Made in China 2025\"* của Trung Quốc …") is its body's
      type = null;
    }
    String titleText =
        titleLine == headline ? titleText(lines.get(titleLine).content()) : typedTitle(titleLine);
    b.title(withoutFinalStop(PARENTHESISED_DATE.matcher(titleText).replaceFirst("")));
    if (type != null) {
      b.documentType(type);
      if (titleLine == typedLine) {
        readTitleLineParticulars(b, lines.get(titleLine).content(), type);
      }
    }
    int bodyLine = titleLine + 1;
    for (int i = titleLine + 1, seen = 0; i < lines.size() && seen < 2; i++) {
      HeaderLine line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      seen++;
      Matcher m = NUMERIC_DATE.matcher(line.content());
      if (m.find()) {
        try {
          b.publishedOn(VietnameseDates.parse(m.group(1)));
          bodyLine = i + 1;
          break;
        } catch (CchcParseException notADate) {
          // not the publication date
        }
      }
    }
    while (bodyLine < lines.size() && lines.get(bodyLine).blank()) {
      bodyLine++;
    }
    bodyStart = bodyLine < lines.size() ? lines.get(bodyLine).start() : text.length();
    if (type != null && b.build().numberSymbol().isEmpty()) {
      readSubject(b, type);
    }
  }

  /**
   * The page's date in brackets closing its title line: "Kế hoạch thực hiện Phong trào thi đua \"Cả
   * nước chung sức xây dựng nông thôn mới\"(21/09/2011)" (moc.gov.vn): a date, not a word of the
   * title. A bracket with more than a date ("(VTV1 - 19h - 10/01/17)") stays.
   */
  private static final Pattern PARENTHESISED_DATE =
      Pattern.compile("\\s*\\(\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*\\)$");

  /**
   * A web page's title line that gives the document's type, number, date and subject in one
   * sentence ("Công văn số 972/SNV-CCHC ngày 18/7/2018 V/v tham gia dự thảo hướng dẫn ..."): the
   * number and date are the document's own, the words after the date its title. A line that does
   * not read so, or whose words after the date name the issuer ("… ngày 15/5/2018 của Thủ tướng
   * Chính phủ về …", a headline citing the document), is left as the title it is.
   */
  private static void readTitleLineParticulars(
      DocumentHeaderBuilder b, String line, DocumentType type) {
    String folded = VietnameseText.fold(line);
    Map.Entry<String, DocumentType> name = nameAtStart(folded);
    if (name == null || name.getValue() != type || folded.length() != line.length()) {
      return;
    }
    int after = name.getKey().length();
    Matcher m = TITLE_LINE_PARTICULARS.matcher(folded).region(after, folded.length());
    if (!m.lookingAt() || folded.startsWith("cua ", m.start(3))) {
      // a news page's headline citing a document with its issuer, "Quyết định số 553/QĐ-TTg ngày
      // 15/5/2018 của Thủ tướng Chính phủ về Quy hoạch …" (baodantoc): the page's title whole
      return;
    }
    try {
      DocumentNumber number = DocumentNumber.parse(line.substring(m.start(1), m.end(1)));
      LocalDate date = VietnameseDates.parse(line.substring(m.start(2), m.end(2)));
      b.numberSymbol(number);
      b.date(PartialDate.of(date));
      b.title(withoutFinalStop(line.substring(m.start(3))));
    } catch (CchcParseException notParticulars) {
      // not a number and a date: the line stays the title
    }
  }

  /** After the type's name: "số 972/SNV-CCHC ngày 18/7/2018 " and the subject, folded. */
  private static final Pattern TITLE_LINE_PARTICULARS =
      Pattern.compile(
          "\\s+(?:so\\s*:?\\s*)?(\\d+[^\\s]*/[^\\s]+)\\s+ngay\\s+(\\d{1,2}/\\d{1,2}/\\d{4})[\\s,:.-]+(\\S.*)");

  /**
   * A title without the full stop that ends its sentence ("Chỉ thị tăng cường kỷ luật, kỷ cương
   * trong các cơ quan hành chính nhà nước."): the stop closes the line, it is not part of the
   * title. An ellipsis ("...") or an abbreviation's dots inside the title stay.
   */
  static String withoutFinalStop(String title) {
    String t = title.strip();
    if (t.endsWith(".") && !t.endsWith("..") && t.length() > 1) {
      return t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  /** The document the article is about: the one it says was issued ("ban hành"). */
  private void readSubject(DocumentHeaderBuilder b, DocumentType type) {
    String folded = VietnameseText.fold(text);
    for (Citation c : CitationExtractor.extract(text)) {
      int from = Math.max(0, c.start() - 40);
      if (c.type() == type && folded.substring(from, c.start()).contains("ban hanh")) {
        b.numberSymbol(c.number());
        c.date().ifPresent(d -> b.date(PartialDate.of(d)));
        return;
      }
    }
    Pattern issued =
        Pattern.compile(
            "ngay (\\d{1,2}/\\d{1,2}/\\d{4}),[^.\\n]{0,80}?ban hanh "
                + Pattern.quote(VietnameseText.fold(type.fullName())));
    Matcher m = issued.matcher(folded);
    if (m.find()) {
      try {
        b.date(PartialDate.of(VietnameseDates.parse(m.group(1))));
      } catch (CchcParseException notADate) {
        // no date of issue
      }
    }
  }
}
