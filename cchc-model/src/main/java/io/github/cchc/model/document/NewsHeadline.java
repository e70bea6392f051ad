package io.github.cchc.model.document;

import static io.github.cchc.model.document.HeaderText.containsDigit;
import static io.github.cchc.model.document.HeaderText.isCapitals;
import static io.github.cchc.model.document.HeaderText.nationalPart;
import static io.github.cchc.model.document.HeaderText.typeAtStart;

import io.github.cchc.model.text.FusedDateline;
import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline of a news page under the site's chrome: its menus, visit counters, tag lines,
 * breadcrumbs, bylines, authors, photo captions and the page's particulars (date, labels), told
 * apart from the headline, which the lead paragraph, a byline or the particulars follow.
 */
final class NewsHeadline {
  private final HeaderLines shared;
  private final List<HeaderLine> lines;

  NewsHeadline(HeaderLines shared) {
    this.shared = shared;
    this.lines = shared.lines();
  }

  /** The most lines of a page looked at for its headline: a site's banner and menu come first. */
  private static final int HEADLINE_LINES = 6;

  /** The most lines read through a site's menu to its headline. */
  private static final int MENU_LINES = 200;

  /** A visit counter of a site: a bullet, a label of one to three words, a colon and a count. */
  private static final Pattern VISIT_COUNTER =
      Pattern.compile("\\s*[•·▪◦*+-]\\s*\\p{L}+(?:\\s\\p{L}+){0,2}\\s*:\\s*\\d[\\d .,]*");

  /** An item of a site's menu: a bullet, then at most four words without digits. */
  private static final Pattern MENU_ITEM =
      Pattern.compile("[•·▪◦*+]\\s*\\p{L}+(?:[\\s-]+\\p{L}+){0,3}");

  /**
   * The line of a news page's headline, or -1: among its first {@link #HEADLINE_LINES} lines, the
   * first that reads as one (five words or more, at most 300 characters, no table bar, not ending
   * as a sentence or a clause does, not a line of the page's particulars) and is followed by what
   * follows a headline - the publication date or the page's particulars ("22/08/2022", "Chủ nhật -
   * 26/02/2023 19:52", "Lượt xem: 842"), a source tag ("(Mic.gov.vn) -") or the lead paragraph. A
   * site's banner ("Chào mừng …") is followed by the headline, not by these; a site's label ("Nội
   * dung bài viết") is too short. A Markdown page's level-one heading at its top ({@link
   * AtxHeadline}) is its headline before all these.
   */
  int headline() {
    int atx = AtxHeadline.line(shared);
    if (atx >= 0) {
      // a Markdown page's level-one heading at its top: the headline the page marks itself
      return atx;
    }
    int found = firstHeadline();
    if (found >= 0) {
      int led = overSourcedLead(false);
      return led > found && onlyParticularsBetween(found, led) && !underByline(led) ? led : found;
    }
    int led = overSourcedLead(true);
    return led >= 0 ? led : openingHeadline();
  }

  /**
   * True when nothing but the page's particulars, a byline or short chrome stands between lines
   * {@code from} and {@code to}: the line at {@code from} is then the site's section over the date
   * ("Chính trị - Xã hội Theo dòng thời sự" over "04/03/2021 - 11:39", baothuathienhue.vn), and the
   * line at {@code to}, over the lead, the headline.
   */
  private boolean onlyParticularsBetween(int from, int to) {
    for (int k = shared.nextNonBlank(from + 1, to); k >= 0; k = shared.nextNonBlank(k + 1, to)) {
      String c = lines.get(k).content().strip();
      if (!(particulars(c) || byline(c) || authorsName(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the line right above line {@code i} is a byline or an author's name: line {@code i}
   * is then the author's affiliation ("TS TRẦN THANH HUYỀN" then "Đại học Quốc gia Hà Nội" over the
   * date and the lead, tapchicongsan.org.vn, corpus unseen52), not a headline, which stands over
   * its bylines, never under them.
   */
  private boolean underByline(int i) {
    int above = shared.previousNonBlank(i);
    if (above < 0) {
      return false;
    }
    String c = lines.get(above).content().strip();
    return byline(c) || authorsName(c) || author(c);
  }

  /** The first line read as a headline by what follows it, or -1. */
  private int firstHeadline() {
    for (int i = 0, seen = 0; i < lines.size() && i < MENU_LINES && seen < HEADLINE_LINES; i++) {
      HeaderLine line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      if (MENU_ITEM.matcher(line.content()).matches()) {
        // an item of the site's menu ("• An Giang", "• Bình Dương" … 63 provinces): not counted
        continue;
      }
      if (VISIT_COUNTER.matcher(line.content()).matches()) {
        // the site's visit counters over the headline ("• Đang online: 20", "• Hôm nay: 1206",
        // "• Tất cả: 877887", skhdt.binhthuan.gov.vn): not counted
        continue;
      }
      seen++;
      if (particulars(stampless(line.content())) || nationalPart(line.folded())) {
        continue;
      }
      if (FigureCaption.at(shared.text(), line.start())) {
        // a photo's caption in its figure's cell, under the image (FigureCaption)
        continue;
      }
      if (FUSED_LEAD.matcher(line.content()).lookingAt()) {
        return i;
      }
      if (shared.previousNonBlank(i) < 0 && fusedHeadline(line.content()) != null) {
        // the page's first line fuses the headline and the lead with no stop between them
        return i;
      }
      String c = headlineText(line.content());
      if (closedHeadline(i, c)) {
        return i;
      }
      if (shared.previousNonBlank(i) < 0 && PlaceColonHeadline.opens(c) && headlineShaped(c)) {
        // the page opens with a headline in the news form "Place: subject" (PlaceColonHeadline)
        return i;
      }
      if (headlineShaped(c) && followedAsHeadline(i, c) && !bannerOver(i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The store's date stamp before a headline on one line ("date 2025-12-23 Kỳ họp thứ Tư, HĐND
   * phường Tân Hòa", baophutho.vn): the stamp alone is the page's particulars, the line with words
   * after it is the headline. Returns the line without its stamp.
   */
  private static String stampless(String c) {
    Matcher m = DATE_STAMP.matcher(c.strip());
    return m.lookingAt() && m.end() < c.strip().length() ? c.strip().substring(m.end()) : c;
  }

  /**
   * True when line {@code i} is the page's last or the line after it ends as a sentence (a caption,
   * a stray stop, a lead) or is a lead's length: not a site's menu ("Trang tin điện tử Sở Nội vụ"
   * over "Gốc", "Liên hệ").
   */
  private boolean closedOrNothingAfter(int i) {
    int next = shared.nextNonBlank(i + 1, lines.size());
    if (next < 0) {
      return true;
    }
    String c = lines.get(next).content().strip();
    return c.length() >= 100 || ".…!?".indexOf(c.charAt(c.length() - 1)) >= 0;
  }

  /** The store's date stamp opening a line: "date 2025-12-23 ". */
  private static final Pattern DATE_STAMP =
      Pattern.compile("date\\s+\\d{4}-\\d{2}(?:-\\d{2})?\\s+");

  /**
   * A headline that opens the page and is followed by no particulars nor lead that {@link
   * #headline()} knows: the page's first line, headline-shaped, over a photo's caption ("Tỷ lệ điều
   * tra khám phá án đạt 95%" then "Toàn cảnh hội nghị.", thainguyentv.vn), a stray stop or nothing
   * ("Năm 2020 có 50% số xã đạt chuẩn nông thôn mới (VTV1 - 19h - 10/01/17)", the page's one line);
   * or in capitals and closed by a stop over the lead ("TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU … NĂM
   * 2025." then "Ngày 24 tháng 12 năm 2024 UBND xã Nam Dong …", cujut.daknong.gov.vn). Only when no
   * line read as a headline and the line after it is none or closed ({@link
   * #closedOrNothingAfter(int)}); -1 otherwise.
   */
  private int openingHeadline() {
    int first = shared.nextNonBlank(0, lines.size());
    if (first < 0 || !closedOrNothingAfter(first)) {
      return -1;
    }
    String c = headlineText(lines.get(first).content());
    if (headlineShaped(c)) {
      return first;
    }
    if (c.endsWith(".") && !c.endsWith("..")) {
      String open = c.substring(0, c.length() - 1).strip();
      if (headlineShaped(open) && isCapitals(open)) {
        return first;
      }
    }
    return -1;
  }

  /**
   * True when a line's text reads as a headline: five words or more, at most 300 characters, no
   * table bar, not ending as a sentence or a clause does, not the page's chrome nor a caption's
   * places, opening with a capital or a digit (after a tag: "[Video] …", "(TTV) …").
   */
  private static boolean headlineShaped(String c) {
    if (c.isEmpty()) {
      return false;
    }
    char last = c.charAt(c.length() - 1);
    // a headline may open on a word in quotation marks: "“Thúc” giải ngân vốn đầu tư xây dựng cơ
    // bản" (cantho24h.net, corpus unseen51); its capital is inside them
    String tagless =
        OPENING_QUOTES.matcher(LEADING_TAG.matcher(c).replaceFirst("")).replaceFirst("");
    return c.length() <= 300
        && c.indexOf('|') < 0
        && ".;:,".indexOf(last) < 0
        && wordsWithLetterOrDigit(c) >= 5
        && !chrome(c)
        && !places(c)
        && !CAPTION.matcher(c).find()
        && !DASH_CREDIT.matcher(c).find()
        && !tagless.isEmpty()
        && (Character.isUpperCase(tagless.charAt(0)) || Character.isDigit(tagless.charAt(0)));
  }

  /**
   * The words of a line that have a letter or a digit: a dash between words is none ("Nghiên cứu -
   * Dữ liệu", a site's section over the headline on doanhnghiephoinhap.vn, has four).
   */
  private static int wordsWithLetterOrDigit(String c) {
    int words = 0;
    for (String w : c.split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
      }
    }
    return words;
  }

  /** True when line {@code i} (its headline text {@code c}) is followed as a headline is. */
  private boolean followedAsHeadline(int i, String c) {
    int under = shared.nextNonBlank(i + 1, lines.size());
    int next = pastShortChrome(under);
    int previous = shared.previousNonBlank(i);
    return (previous >= 0 && particulars(lines.get(previous).content()))
        || (under >= 0 && authorsName(lines.get(under).content()))
        || next >= 0
            && (afterHeadline(lines.get(next).content())
                || byline(lines.get(next).content())
                || repeats(c, lines.get(next).content())
                || repeatedBelow(i, c)
                || authorThenDate(next)
                || author(lines.get(next).content())
                || creditedCaption(lines.get(next).content()));
  }

  /**
   * An author's name alone on the line under a headline, as a Vietnamese name is written: two to
   * four words, each a capital and small letters ("Gia Nghi", thesaigontimes.vn). A site's section
   * has small letters after its first word ("Kinh tế", "Thời sự").
   */
  private static boolean authorsName(String c) {
    String[] words = c.strip().split("\\s+");
    if (words.length < 2 || words.length > 4 || c.strip().length() > 30) {
      return false;
    }
    for (String w : words) {
      if (w.length() < 2
          || !Character.isUpperCase(w.charAt(0))
          || !w.substring(1).chars().allMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A photo's caption with its credit, as a page puts it under the headline: "Vụ trưởng Vụ Chính
   * quyền Địa phương- Bộ Nội vụ Phan Văn Hùng. Ảnh: Thùy Linh" (laodong.vn): a sentence, then
   * "Ảnh:" and the photographer's name; or a caption crediting its photo after a dash
   * (DASH_CREDIT).
   */
  private static boolean creditedCaption(String c) {
    return c.length() <= 200
        && (CREDIT.matcher(c.strip()).find() || DASH_CREDIT.matcher(c.strip()).find());
  }

  /** A photo's credit closing a caption: ". Ảnh: Thùy Linh", "(Ảnh: TTXVN)". */
  private static final Pattern CREDIT =
      Pattern.compile("\\S[.\\s(]\\s*Ảnh\\s*:\\s*\\p{Lu}[^.]{0,40}\\)?$");

  /**
   * A headline closed by a full stop, as some sites print it: the line would read as a headline but
   * for its one final stop, and either the page's particulars follow it ("Tỷ lệ người dân tham gia
   * BHYT phải đạt từ 85% trở lên." then "Thứ 7, 22.10.2016 | 10:42:43", thaibinhtv.vn) or it opens
   * the page in the news form "Place: subject." ("Nghi Lộc: Hội nghị giao chỉ tiêu kế hoạch kinh tế
   * - xã hội năm 2025.", nghiloc.nghean.gov.vn). A sentence of a body has neither.
   */
  private boolean closedHeadline(int i, String c) {
    if (c.length() < 2 || !c.endsWith(".") || c.endsWith("..")) {
      return false;
    }
    if (!headlineShaped(c.substring(0, c.length() - 1).strip()) || c.length() > 160) {
      return false;
    }
    int next = pastShortChrome(shared.nextNonBlank(i + 1, lines.size()));
    return (next >= 0 && particulars(lines.get(next).content()))
        || (shared.previousNonBlank(i) < 0 && PlaceColonHeadline.opens(c));
  }

  /**
   * True when line {@code i} is a site's banner over a page titled by the document it gives: the
   * next line opens with a type's name, reads as a headline, does not end as a sentence, and is
   * followed by a lead that does ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội …" over "Kế
   * hoạch triển khai Chiến lược quốc gia … trên địa bàn tỉnh" and "UBND tỉnh ban hành Kế hoạch số
   * 131/KH-UBND …", the Lạng Sơn provincial office's page): the line that looked like the lead is
   * the headline. A sapo under a headline opens with its subject ("Chủ tịch UBND tỉnh … vừa ký …"),
   * not with a type's name.
   */
  private boolean bannerOver(int i) {
    int next = shared.nextNonBlank(i + 1, lines.size());
    if (next < 0) {
      return false;
    }
    String n = headlineText(lines.get(next).content());
    return n.length() >= 100
        && headlineShaped(n)
        && "?!…".indexOf(n.charAt(n.length() - 1)) < 0
        && typeAtStart(VietnameseText.fold(n)) != null
        && followedAsHeadline(next, n)
        && sentenceAfter(next);
  }

  /** True when the line after {@code i} ends as a sentence: a lead, not another headline. */
  private boolean sentenceAfter(int i) {
    int k = shared.nextNonBlank(i + 1, lines.size());
    if (k < 0) {
      return false;
    }
    String c = lines.get(k).content();
    return ".…!?\"”)".indexOf(c.charAt(c.length() - 1)) >= 0;
  }

  /**
   * True when a line names places and nothing else, as a photo's caption does ("Xã Hồng Minh, huyện
   * Hưng Hà"): each part between commas opens with a kind of administrative unit and has at most
   * four words after it.
   */
  private static boolean places(String c) {
    for (String part : c.split(",")) {
      Matcher m = UNIT_KIND.matcher(VietnameseText.fold(part.strip()));
      if (!m.lookingAt() || part.strip().split("\\s+").length > 6) {
        return false;
      }
    }
    return true;
  }

  /** A kind of administrative unit opening a place's name, folded. */
  private static final Pattern UNIT_KIND =
      Pattern.compile("(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|thon)\\s");

  /**
   * The first line from {@code i} on that is not a short line of the page's chrome between a
   * headline and its lead ("Gốc", "Chia sẻ Zalo", "Bookmark and Share"): at most three words, no
   * digit, no closing punctuation; two such lines at most are passed over.
   */
  private int pastShortChrome(int i) {
    int k = i;
    while (k >= 0 && FigureCaption.at(shared.text(), lines.get(k).start())) {
      // a figure under the headline, its caption in the image's cell (FigureCaption)
      k = shared.nextNonBlank(k + 1, lines.size());
    }
    for (int player = 0; k >= 0 && player < PLAYER_LINES; player++) {
      String c = lines.get(k).content().strip();
      if (!PLAYER.matcher(c).matches() && !MENU_ITEM.matcher(c).matches()) {
        break;
      }
      // an audio player and its voices between the headline and the lead ("0:00 / 0:00", "0:00",
      // "• Nam miền Bắc", "• Nữ miền Nam" …, viettimes.vn)
      k = shared.nextNonBlank(k + 1, lines.size());
    }
    while (k >= 0 && HeadlineWidget.is(lines.get(k).content())) {
      // a widget's line under the headline: "Xem với cỡ chữ", "0 Thanh Niên" (HeadlineWidget)
      k = shared.nextNonBlank(k + 1, lines.size());
    }
    k = pastCreditLines(k);
    for (int skipped = 0; k >= 0 && skipped < 2; skipped++) {
      String c = lines.get(k).content().strip();
      if (c.split("\\s+").length > 3
          || c.length() > 25
          || c.chars().anyMatch(Character::isDigit)
          || ".;:!?\"”)".indexOf(c.charAt(c.length() - 1)) >= 0) {
        return k;
      }
      int n = shared.nextNonBlank(k + 1, lines.size());
      if (n < 0) {
        return k;
      }
      k = n;
    }
    return k;
  }

  /**
   * The first line from {@code i} on that is not a line of the site's credits between a headline
   * and its lead: the source it was taken from ("Theo T.S/Báo Quảng Nam", tapchitaichinh.vn), a
   * prompt to follow the paper ("Theo dõi Báo Gia Lai trên Google News", baogialai.com.vn), a
   * reporter's credit ("Tin, ảnh: Trần Long", {@link #REPORTER_CREDIT}), or a line printed twice in
   * a row (the site's name "Kinh tế Sài Gòn Online" twice, thesaigontimes.vn). A lead is none of
   * these: it is a sentence, said once.
   */
  private int pastCreditLines(int i) {
    int k = i;
    for (int passed = 0; k >= 0 && passed < 4; passed++) {
      String c = lines.get(k).content().strip();
      int next = shared.nextNonBlank(k + 1, lines.size());
      if (next >= 0 && c.length() <= 60 && c.equals(lines.get(next).content().strip())) {
        k = shared.nextNonBlank(next + 1, lines.size());
      } else if (SOURCE_CREDIT.matcher(c).matches()
          || FOLLOW_PROMPT.matcher(c).matches()
          || REPORTER_CREDIT.matcher(c).matches()) {
        k = next;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * A reporter's credit for the text and the photos, its label then a name: "Tin, ảnh: Trần Long"
   * (kinhtedothi.vn, corpus unseen52), "Bài và ảnh: Minh Anh", "Bài, ảnh: …", "Tin và ảnh: …".
   */
  private static final Pattern REPORTER_CREDIT =
      Pattern.compile(
          "(?:Tin|Bài)\\s*(?:,|và|&|-)\\s*(?:ảnh|Ảnh|video)\\s*:\\s*\\p{Lu}[^.;:!?\\d]{0,50}");

  /**
   * A credit of the page's source: "Theo T.S/Báo Quảng Nam", "Theo TTXVN", "Nguồn: Báo Nhân Dân".
   */
  private static final Pattern SOURCE_CREDIT =
      Pattern.compile("(?:Theo|Nguồn\\s*:)\\s+\\p{Lu}(?:[^.;:!?]|(?<=\\p{L})\\.(?=\\p{L})){0,50}");

  /**
   * A prompt to follow the paper on a service: "Theo dõi Báo Gia Lai trên Google News", and with
   * the space before the service's link lost in the copy, "Theo dõi Báo Gia Lai trênGoogle News"
   * (baogialai.com.vn, corpus {@code unseen47}): "trên" glued to a capital.
   */
  private static final Pattern FOLLOW_PROMPT =
      Pattern.compile("Theo dõi\\s+[^.;:!?]{2,50}\\s+trên(?:\\s+|(?=\\p{Lu}))[^.;:!?]{2,30}");

  /**
   * The headline over a lead that opens with the paper's source tag or the event's date ({@link
   * LeadOpener#opens(String)}: "(GLO)- Sáng 21-8, Đảng bộ xã …", "TTH.VN - Đó là …"), or -1: the
   * nearest line above the lead past the byline, the page's particulars and the site's credits,
   * when it reads as a headline. It wins over the site's sections and banners above it ("Chính trị
   * - Xã hội Theo dòng thời sự" over the date, "Chào mừng đại hội Đảng các cấp …",
   * baothuathienhue.vn, baogialai.com.vn), which the lead does not follow. Only among the page's
   * first {@link #LED_LINES} lines. A lead that opens with its date only ({@code dated}) is looked
   * for where no line read as a headline otherwise.
   */
  private int overSourcedLead(boolean dated) {
    for (int i = 0, seen = 0; i < lines.size() && seen < LED_LINES; i++) {
      HeaderLine line = lines.get(i);
      if (line.blank()) {
        continue;
      }
      seen++;
      String c = line.content().strip();
      if (c.length() < 100 || !(dated ? LeadOpener.opens(c) : LeadOpener.sourceTagged(c))) {
        continue;
      }
      int k = shared.previousNonBlank(i);
      for (int passed = 0; k >= 0 && passed < 5; passed++) {
        String p = lines.get(k).content().strip();
        int above = shared.previousNonBlank(k);
        boolean twice = above >= 0 && p.equals(lines.get(above).content().strip());
        if (!(byline(p)
            || authorsName(p)
            || authorsLine(p)
            || particulars(p)
            || twice
            || SOURCE_CREDIT.matcher(p).matches()
            || FOLLOW_PROMPT.matcher(p).matches())) {
          break;
        }
        k = twice ? shared.previousNonBlank(above) : above;
      }
      if (k < 0) {
        return -1;
      }
      String h = headlineText(lines.get(k).content());
      if (h.length() <= CLOSED_LED_HEADLINE && h.endsWith(".") && !h.endsWith("..")) {
        // a short headline closed by a stop ("Kỳ họp thứ X, HĐND phường Quảng Vinh khoá XXVI, nhiệm
        // kỳ
        // 2021-2026." over "Sáng ngày 25/12, Hội đồng nhân dân phường …", samson.thanhhoa.gov.vn)
        h = h.substring(0, h.length() - 1).strip();
      }
      return headlineShaped(h) ? k : -1;
    }
    return -1;
  }

  /**
   * An author's line over the date and lead: a title or a family name then the given names, with
   * the author's office after it ("Nguyễn Xuân Phúc Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ",
   * tapchicongsan.org.vn) or the author's unit in brackets ("Quỳnh Nga (Trung tâm cung ứng dịch vụ
   * công xã Thượng Ninh)", baothanhhoa.vn); at most 100 characters, not ending as a sentence.
   */
  private static boolean authorsLine(String c) {
    return c.length() <= 100
        && ".;:!?".indexOf(c.charAt(c.length() - 1)) < 0
        && (AUTHOR.matcher(c).lookingAt() || AUTHOR_AND_UNIT.matcher(c).matches());
  }

  /** A name of two to four capitalised words, then the author's unit in brackets. */
  private static final Pattern AUTHOR_AND_UNIT =
      Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,3}\\s*\\([^()]{3,80}\\)");

  /**
   * The longest headline closed by a stop read over a lead: a body's sentence over another is
   * longer ("Năm 2024, phường đã hoàn thành 21/22 chỉ tiêu và được công nhận …").
   */
  private static final int CLOSED_LED_HEADLINE = 100;

  /** The most lines looked at for a lead led by a source tag or a date. */
  private static final int LED_LINES = 12;

  /** A player's time line: "0:00 / 0:00", "0:00", "1:02:15". */
  private static final Pattern PLAYER =
      Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  /** The most lines of an audio player passed over between a headline and its lead. */
  private static final int PLAYER_LINES = 8;

  /** Quotation marks opening a line, before the capital of its first word. */
  private static final Pattern OPENING_QUOTES = Pattern.compile("^[“\"‘']+");

  /**
   * A tag before a headline: "[Infographics] …", "[Video] …", or a station's source tag in capitals
   * ("(TTV) Tuyên Quang phấn đấu …", tuyenquangtv.vn), kept in the title as the page prints it.
   */
  private static final Pattern LEADING_TAG =
      Pattern.compile("^(?:\\[[^\\]]{1,20}\\]|\\(\\p{Lu}{2,8}\\))\\s*");

  /**
   * The title of the headline line {@code c}: the headline alone where the line fuses it with the
   * lead ({@link #fusedHeadline(String)}), else {@link #headlineText(String)}.
   */
  static String titleText(String c) {
    String atx = AtxHeadline.text(c);
    if (atx != null) {
      return atx;
    }
    String fused = fusedHeadline(c);
    return fused != null ? fused : headlineText(c);
  }

  /**
   * The headline of a stored page's line that fuses it with its lead, no stop nor source tag's
   * brackets between them, or null: "date 2025-08-19 Kinh tế Ban Chấp hành Đảng bộ xã Nghĩa Hành
   * nhiệm kỳ 2025 - 2030 gồm 24 đồng chí Sáng 19/8, Đại hội …" (baonghean.vn), "Chính trị Tam Kỳ
   * quán triệt Nghị quyết … lần thứ I ĐNO - Chiều 28/8, …" (baodanang.vn), "Hưng Yên kiến tạo đột
   * phá mới, hướng tới cực tăng trưởng Bắc Bộ Với mục tiêu GRDP …" (congthuong.vn): the words
   * before the lead's opener ({@link LeadOpener#fusedAt(String)}), without the store's date stamp
   * and the site's section. Only a line that is no headline by itself (over 300 characters, or
   * ending as a sentence does) is split.
   */
  static @org.jspecify.annotations.Nullable String fusedHeadline(String c) {
    String s = FusedDateline.without(c.strip()).strip();
    if (s.isEmpty() || (s.length() <= 300 && ".…!?".indexOf(s.charAt(s.length() - 1)) < 0)) {
      return null;
    }
    int at = LeadOpener.fusedAt(s);
    if (at < 0) {
      return null;
    }
    String head = SECTION.matcher(s.substring(0, at).strip()).replaceFirst("").strip();
    return headlineShaped(head) ? head : null;
  }

  /** A line with its fused dates taken off; of a line with a fused lead, its headline alone. */
  static String headlineText(String c) {
    // "The request was aborted: Could not create SSL/TLS secure channel. Tỉnh ủy ban hành …"
    String line = FetchErrorPrefix.without(c.strip());
    Matcher fused = FUSED_LEAD.matcher(line);
    if (fused.lookingAt()) {
      return SECTION.matcher(fused.group(1)).replaceFirst("").strip();
    }
    return once(FusedDateline.without(line));
  }

  /** The fewest words of a headline told as printed twice on its line. */
  private static final int REPEATED_WORDS = 3;

  /**
   * A line that is the same words twice, one space between them, as one: a copy that joined a
   * link's text with its title attribute, or a page's headline with its repeat ("Hộ nghèo khu vực
   * nông thôn Hà Nội chiếm 5,6% Hộ nghèo khu vực nông thôn Hà Nội chiếm 5,6%", nhipsonghanoi.vn,
   * corpus unseen52; the related articles of thoidai.com.vn, unseen48). Other lines as they are.
   */
  static String once(String c) {
    int half = c.length() / 2;
    if (c.length() % 2 == 1
        && c.charAt(half) == ' '
        && c.regionMatches(0, c, half + 1, half)
        && c.substring(0, half).split("\\s+").length >= REPEATED_WORDS) {
      return c.substring(0, half);
    }
    return c;
  }

  /**
   * A stored page's first line that fuses its date, the site's section, the headline and the lead
   * after the paper's source tag: "date 2025-04 Xã hội Đông Giang đặt mục tiêu chuyển đổi số toàn
   * diện năm 2025 (QNO) - Ngày 3/4, UBND huyện …" (baoquangnam.vn). Group 1 is the section and
   * headline.
   */
  private static final Pattern FUSED_LEAD =
      Pattern.compile(
          "(?:date\\s+)?\\d{4}-\\d{2}(?:-\\d{2})?\\s+(\\p{Lu}[^|]{20,300}?)\\s+\\(\\p{Lu}{2,8}\\)\\s*[-–]\\s");

  /** A site's section name before a fused headline: "Xã hội", "Kinh tế", "Thời sự" … */
  private static final Pattern SECTION =
      Pattern.compile(
          "^(?:Xã hội|Kinh tế|Chính trị|Xây dựng Đảng|Thời sự|Văn hóa|Văn hoá|Giáo dục|Pháp luật|Thế giới"
              + "|Thể thao|Sức khỏe|Du lịch|Đời sống|Nông nghiệp|Quốc phòng)\\s+(?=\\p{Lu})");

  /**
   * A connective and its comma opening a lead's sentence, which no headline opens with: "Cụ thể,",
   * "Theo đó,", "Trước đó,", "Ngoài ra,", "Đồng thời,".
   */
  private static final Pattern CONNECTIVE_LEAD =
      Pattern.compile("(?:Cụ thể|Theo đó|Trước đó|Ngoài ra|Đồng thời|Bên cạnh đó),\\s+\\p{L}");

  /** A photo's credit ending a caption: "… cấp thôn. Ảnh: NAM PHƯƠNG". */
  private static final Pattern CAPTION =
      Pattern.compile("(?:^|[.\\s])(?:Ảnh|Ảnh minh họa|Nguồn ảnh)\\s*:\\s*[^.]{0,40}$");

  /**
   * A photo's credit after a dash, without a colon, as captions credit their paper or mark an
   * illustration: "Phấn đấu đến năm 2025, Hà Tĩnh đạt chuẩn NTM - Ảnh Báo Hà Tĩnh" (the photo's
   * caption under the headline, langngheviet.com.vn), "Nuôi tôm càng xanh ở Dương Minh Châu – Ảnh
   * minh họa". A headline names no photo; "- Ảnh hưởng …" opens a clause about an influence.
   */
  private static final Pattern DASH_CREDIT =
      Pattern.compile("\\s[-–]\\s*(?:Ảnh|Nguồn ảnh)\\s(?!hưởng)[^.]{1,40}$");

  /**
   * A rating widget's line, folded: "Chưa có đánh giá về bài viết", "Đánh giá bài viết", "Bình chọn
   * bài viết", "Đánh giá tác giả" (thanhnien.vn, under the headline and the comment count).
   */
  private static final Pattern RATING =
      Pattern.compile("(?:chua co danh gia|danh gia (?:bai viet|tac gia)|binh chon bai viet)\\b");

  /** A site's home link opening a line of its menu, folded: "Trang chủ", "Home". */
  private static final Pattern HOME_LINK = Pattern.compile("(?:trang chu|home)\\b");

  /**
   * A page's chrome, not a headline: a breadcrumb ("Tin trong tỉnh >> Chính trị") or a menu line
   * opening with the home link ("Trang chủ Chính trị - Xã hội …"), a contact line ("0922 281 189
   * [email protected]"), a rating widget's line, a line of fewer than four words with letters or
   * rates (FIGURE).
   */
  private static boolean chrome(String c) {
    if (c.contains(">>") || c.contains("»") || c.contains(" > ") || c.contains("›")) {
      return true;
    }
    if (HOME_LINK.matcher(VietnameseText.fold(c)).lookingAt()) {
      // a breadcrumb or menu without separators, from the site's home link: "Trang chủ Chính
      // trị - Xã hội Chào ngày mới"
      return true;
    }
    if (c.indexOf('@') >= 0 || c.toLowerCase(Locale.ROOT).contains("email protected")) {
      return true;
    }
    if (contactNumbers(c)) {
      return true;
    }
    if (RATING.matcher(VietnameseText.fold(c)).lookingAt()) {
      // a rating widget's line between the headline and the lead: "Chưa có đánh giá về bài
      // viết" (thuysanvietnam's page on Quyết định 1445/QĐ-TTg)
      return true;
    }
    int words = 0;
    for (String w : c.split("\\s+")) {
      if (w.codePoints().filter(Character::isLetter).count() >= 2 || FIGURE.matcher(w).matches()) {
        words++;
      }
    }
    return words < 4;
  }

  /**
   * A rate that is a word of a headline, a percentage with its sign ("6,5-6,7%" in "Năm 2018 GDP
   * tăng 6,5-6,7%", baodongnai.com.vn): a headline short in words says its news in a rate. A
   * date's, a time's or a pager's numbers are none ("Thứ hai, 24 / 7 / 2017 10:17:39 AM").
   */
  private static final Pattern FIGURE =
      Pattern.compile("\\d+(?:[.,]\\d+)?(?:[-–]\\d+(?:[.,]\\d+)?)?%");

  /** Telephone numbers alone: digits with the brackets, dots, dashes and slashes between them. */
  private static final Pattern TELEPHONES = Pattern.compile("[\\d\\s().+\\-\u2013/]+");

  /** The fewest digits of a contact line's numbers: one telephone number with its area code. */
  private static final int CONTACT_DIGITS = 9;

  /**
   * A site's contact line: a label and a colon, then telephone numbers and nothing else ("Liên hệ
   * Quảng cáo: (04)39.431.943 - (04)39.447.011", under daidoanket.vn's banner, over the headline).
   * A headline has words after its colon ("Đắk Nông: giảm nghèo …"), and a figure it gives is not a
   * telephone number's nine digits and more with no word around them.
   */
  private static boolean contactNumbers(String c) {
    int colon = c.indexOf(':');
    if (colon <= 0 || !Character.isLetter(c.charAt(colon - 1))) {
      return false;
    }
    String numbers = c.substring(colon + 1);
    return TELEPHONES.matcher(numbers).matches()
        && numbers.chars().filter(Character::isDigit).count() >= CONTACT_DIGITS;
  }

  /** An author's short line with a title: "TS. Trần Thị Huyền Trang". */
  private static boolean author(String c) {
    return c.length() <= 60
        && TITLED_AUTHOR.matcher(c).lookingAt()
        && ".;:!?".indexOf(c.charAt(c.length() - 1)) < 0;
  }

  private static final Pattern TITLED_AUTHOR =
      Pattern.compile(
          "(?:(?:PGS|GS|TS|ThS|CN|KS)\\.\\s*)+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}$");

  /**
   * An author's line then the publication date under a headline: "Nguyễn Xuân Phúc Ủy viên Bộ Chính
   * trị, Phó Thủ tướng Chính phủ" then "15:36, ngày 03-12-2013".
   */
  private boolean authorThenDate(int author) {
    String a = lines.get(author).content();
    int date = shared.nextNonBlank(author + 1, lines.size());
    return AUTHOR.matcher(a).lookingAt()
        && a.length() <= 100
        && ".;:!?".indexOf(a.charAt(a.length() - 1)) < 0
        && a.indexOf('|') < 0
        && date >= 0
        && particulars(lines.get(date).content());
  }

  /**
   * The start of an author's line: a title ("TS.", "ThS.", "PGS.TS.") or a family name then one to
   * three given names, all capitalised ("Nguyễn Xuân Phúc").
   */
  private static final Pattern AUTHOR =
      Pattern.compile(
          "(?:(?:PGS|GS|TS|ThS|CN|KS)\\.\\s*)+\\p{Lu}"
              + "|(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh"
              + "|Đoàn|Trương|Lâm|Mai|Trịnh|Đào|Cao|Lưu|Tạ|Hà|Tô|Vương|Chu|Lương|Quách)"
              + "(?:\\s+\\p{Lu}\\p{Ll}*){1,3}(?:\\s|,|$)");

  /**
   * A publication date: "22/08/2022", "03-12-2013", "2026-01-20", "22.10.2016"; glued to the word
   * before it where a copy lost the space between a page's particulars ("Việt NamViệt
   * Nam28/02/2025", the site's name and the date, vietnam.vn, corpus unseen50).
   */
  private static final Pattern PUBLICATION_DATE =
      Pattern.compile(
          "(?<!\\d)(?:\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?"
              + "|\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\b");

  /** A short line of a page's particulars: "Lượt xem: 842", "- 12/05/2016 04:00:00 PM". */
  private static final Pattern LABELLED = Pattern.compile("^[\\p{L} ]{2,24}\\s?:\\s?\\S.{0,23}$");

  /** A dateline: "THỨ SÁU, NGÀY 03 THÁNG 12 NĂM 2021 11:32", "Chủ nhật, 26 tháng 2 năm 2023". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:thu\\s+(?:hai|ba|tu|nam|sau|bay)|chu\\s+nhat)\\s*[,-]?\\s*(?:ngay\\s+)?\\d{1,2}"
              + "\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4}");

  /**
   * A page's date written in words alone on its line, as a site prints it under the headline: "Ngày
   * 30 tháng 07 năm 2020" (baosonla.org.vn), with its time after it at most ("Ngày 5 tháng 3 năm
   * 2021 | 08:15"); folded. A lead that opens with its date goes on after it ("Ngày 30 tháng 7 năm
   * 2020, Đảng bộ …") and is none.
   */
  private static final Pattern DATE_IN_WORDS =
      Pattern.compile(
          "ngay\\s+\\d{1,2}\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4}"
              + "(?:\\s*[|,-]?\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  /**
   * A post's label of its author or date alone on its line, its value on the next: "Người đăng:",
   * "Ngày đăng:" (cliptv.vn).
   */
  private static final Pattern LABEL_ALONE =
      Pattern.compile(
          "(?:Người (?:đăng|viết|gửi)|Ngày (?:đăng|viết|gửi|cập nhật)|Cập nhật|Đăng ngày|Tác giả)"
              + "\\s*:");

  /**
   * A date with a two-digit year and the time, as an English-language CMS prints it: "6/4/19 3:43
   * PM".
   */
  private static final Pattern SHORT_YEAR_TIME =
      Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AP]M)?$");

  private static boolean particulars(String c) {
    return c.length() <= 60
        && (PUBLICATION_DATE.matcher(c).find()
            || RATING.matcher(VietnameseText.fold(c.strip())).lookingAt()
            || LABEL_ALONE.matcher(c.strip()).matches()
            || SHORT_YEAR_TIME.matcher(c.strip()).matches()
            || LABELLED.matcher(c).find()
            || DATELINE.matcher(VietnameseText.fold(c)).find()
            || DATE_IN_WORDS.matcher(VietnameseText.fold(c.strip())).matches());
  }

  /**
   * A byline: a short name in capitals ("BẢO NGUYÊN |", "NDO -"), not "-A A +A" (font size buttons:
   * words of one letter).
   */
  private static boolean byline(String c) {
    int words = c.split("\\s+").length;
    for (String w : c.split("\\s+")) {
      if (w.codePoints().filter(Character::isLetter).count() == 1) {
        return false;
      }
    }
    return c.length() <= 40
        && words >= 2
        && words <= 5
        && isCapitals(c)
        && !containsDigit(c, c.length());
  }

  /**
   * True when the second line under line {@code i} prints its text again, alone or with its date in
   * brackets, a short line between: a portal gives the headline, its section, then the headline
   * again over the article ("Năm 2023, Phú Yên giảm 2.300 hộ nghèo", "Thông tin Ngành - Địa
   * phương", "Năm 2023, Phú Yên giảm 2.300 hộ nghèo (13/12/2023)", phuyen.gov.vn): the first line
   * is the headline, not the section over the repeat.
   */
  private boolean repeatedBelow(int i, String c) {
    int between = shared.nextNonBlank(i + 1, lines.size());
    if (between < 0 || lines.get(between).content().strip().length() > SECTION_LENGTH) {
      return false;
    }
    int k = shared.nextNonBlank(between + 1, lines.size());
    if (k < 0) {
      return false;
    }
    String h = c.strip();
    String n = lines.get(k).content().strip();
    return n.startsWith(h)
        && (n.length() == h.length()
            || BRACKETED_DATE.matcher(n.substring(h.length()).strip()).matches());
  }

  /** The most characters of a site's section line between a headline and its repeat. */
  private static final int SECTION_LENGTH = 60;

  /** A date in brackets after a repeated headline: "(13/12/2023)". */
  private static final Pattern BRACKETED_DATE = Pattern.compile("\\(\\d{1,2}/\\d{1,2}/\\d{4}\\)");

  /** The lead opening with the headline again: "9 sở có … đạt trên 90%" then "9 sở có … 90%.". */
  private static boolean repeats(String headline, String next) {
    String n = next.strip();
    while (!n.isEmpty() && ".…!".indexOf(n.charAt(n.length() - 1)) >= 0) {
      n = n.substring(0, n.length() - 1);
    }
    return n.equals(headline.strip());
  }

  private static boolean afterHeadline(String c) {
    if (particulars(c)) {
      return true;
    }
    if (c.length() >= 50 && CONNECTIVE_LEAD.matcher(c.strip()).lookingAt()) {
      // a lead the page wrapped before its stop, opening with a connective and its comma ("Cụ thể,
      // Hội đồng nhân dân (HĐND) tỉnh … đã thông qua Nghị quyết chương trình", trenitaila.com)
      return true;
    }
    if (c.length() <= 30 && c.startsWith("(") && c.indexOf(')') > 0) {
      return true; // a source tag: "(Mic.gov.vn) -", "(HNM) -"
    }
    // the lead paragraph: a long line, or a shorter one that ends as a sentence; a long line
    // without a stop or a comma is a line of the site's menu ("Bảo vệ nền tảng tư tưởng của Đảng
    // Nhân sự Quốc phòng - An ninh Tin tức Chào mừng …", baogialai.com.vn), not a lead; a lead
    // that introduces what follows with a colon ends as a sentence does ("Theo quy định tại Mục I
    // Kế hoạch 01-KH/BCĐTW năm 2025, cụ thể như sau:", thuvienphapluat's answers under their
    // question)
    char last = c.charAt(c.length() - 1);
    return c.indexOf('|') < 0
        && ((c.length() >= 100 && c.chars().anyMatch(ch -> ".,;:…!?".indexOf(ch) >= 0))
            || (c.length() >= 50 && ".…!?\"”):".indexOf(last) >= 0));
  }
}
