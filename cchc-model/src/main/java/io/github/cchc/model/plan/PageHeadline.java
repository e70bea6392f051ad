package io.github.cchc.model.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A news page's headline and date as its structure marks them, not as a reader of its copied text
 * guesses them among the site's chrome ("THEO DÕI BÁO GIA LAI TRÊN GOOGLE NEWS"), captions and
 * banners:
 *
 * <ul>
 *   <li>the headline is the article's {@code <h1>}: one inside the article's text, inside an {@code
 *       <article>}, or one the page's title metadata opens with; a site that sets its logo or name
 *       in an {@code <h1>} elsewhere has none; then its {@code og:title}, then its {@code <title>},
 *       either without the site's name after a separator ("Giá vàng giảm … | Báo Dân trí");
 *   <li>the date is the day the page says it was published: {@code article:published_time} (Open
 *       Graph), {@code itemprop="datePublished"} or a {@code pubdate} meta, the {@code
 *       datePublished} of its schema.org data ({@code application/ld+json}), else the first {@code
 *       <time datetime>} of the article; a time with an offset is taken on Vietnam's clock (UTC+7),
 *       so that "2026-03-06T17:01:00Z" is 7 March. A page with none leaves the date to its
 *       dateline, which the header reader reads under the headline.
 * </ul>
 */
final class PageHeadline {
  private PageHeadline() {}

  /** The time zone of the pages read: Vietnam, UTC+7, no daylight saving. */
  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  /**
   * The element that shows the article's headline: its {@code <h1>}, else the element whose text is
   * the headline its title metadata gives (a site that sets its headline in a {@code <div
   * class="title">}, baodautu.vn), the one in the article's text or else the last before it; null
   * when the page shows none.
   */
  static @Nullable Element element(Document doc, Element body) {
    Element h1 = h1(doc, body);
    if (h1 != null) {
      return h1;
    }
    String headline =
        Fold.fold(metaTitle(doc).map(t -> withoutSiteName(t, siteName(doc))).orElse(""));
    if (headline.isEmpty()) {
      return null;
    }
    Element before = null;
    boolean passed = false;
    for (Element e : doc.body().getAllElements()) {
      if (e.equals(body)) {
        passed = true;
      }
      if (!e.ownText().isBlank() && !Fold.fold(e.ownText()).equals(headline)
          || e.ownText().isBlank()
              && (e.childrenSize() > 0 || !Fold.fold(e.text()).equals(headline))) {
        continue; // the element that holds the headline's text itself
      }
      if (passed && e.parents().contains(body)) {
        return e;
      }
      if (!passed) {
        before = e;
      }
    }
    return before;
  }

  private static @Nullable Element h1(Document doc, Element body) {
    String title = Fold.fold(metaTitle(doc).orElse(""));
    for (Element h1 : doc.select("h1")) {
      String text = Fold.fold(h1.text());
      if (text.isEmpty()) {
        continue;
      }
      if (h1.closest("article") != null
          || body.equals(h1)
          || h1.parents().contains(body)
          || (!title.isEmpty() && title.startsWith(text) && text.length() * 2 > title.length())) {
        return h1;
      }
    }
    return null;
  }

  /** The headline: the article's {@code <h1>}, else the title metadata without the site's name. */
  static Optional<String> text(Document doc, @Nullable Element h1) {
    if (h1 != null) {
      return Optional.of(Fold.nfc(h1.text().replace('\u00a0', ' ').strip()));
    }
    return metaTitle(doc).map(t -> Fold.nfc(withoutSiteName(t, siteName(doc))));
  }

  private static Optional<String> metaTitle(Document doc) {
    for (String q : new String[] {"meta[property=og:title]", "meta[name=twitter:title]"}) {
      Element m = doc.selectFirst(q);
      if (m != null && !m.attr("content").isBlank()) {
        return Optional.of(m.attr("content").strip());
      }
    }
    String title = doc.title().strip();
    return title.isEmpty() ? Optional.empty() : Optional.of(title);
  }

  private static String siteName(Document doc) {
    Element m = doc.selectFirst("meta[property=og:site_name]");
    return m == null ? "" : m.attr("content").strip();
  }

  /** A separator between a headline and the site's name in a page's title. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:]{1,2}\\s+");

  /**
   * The title without the site's name after a separator: the whole {@code og:site_name} when the
   * title ends with it ("… - Báo Đầu tư - Cơ quan của Bộ Tài chính"), else the part after the last
   * separator when it names the site ({@code og:site_name}) or is a name's length (four words at
   * most) after a headline's (five words or more): "Cách các nước đối phó cú sốc năng lượng từ
   * Trung Đông - Báo VnExpress Kinh doanh". A title whose last part is longer keeps it: "Nghiên cứu
   * - Dữ liệu về cải cách hành chính cấp tỉnh" is one headline.
   */
  static String withoutSiteName(String title, String site) {
    String t = title.replace('\u00a0', ' ').strip();
    Matcher m = SEPARATOR.matcher(t);
    String s = Fold.fold(site);
    while (!s.isEmpty() && m.find()) {
      if (Fold.fold(t.substring(m.end())).equals(s)) {
        return t.substring(0, m.start()).strip(); // the site's name, separators and all
      }
    }
    m.reset();
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start <= 0) {
      return t;
    }
    String head = t.substring(0, start).strip();
    String tail = t.substring(end).strip();
    boolean names = !s.isEmpty() && (Fold.fold(tail).contains(s) || s.contains(Fold.fold(tail)));
    if (names || (words(tail) <= 4 && words(head) >= 5)) {
      return head;
    }
    return t;
  }

  private static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  /** The date the page says it was published, from its metadata or the article's time. */
  static Optional<LocalDate> published(Document doc, Element article) {
    for (String q :
        new String[] {
          "meta[property=article:published_time]",
          "meta[itemprop=datePublished]",
          "meta[name=pubdate]",
          "meta[property=og:published_time]"
        }) {
      for (Element m : doc.select(q)) {
        Optional<LocalDate> d = date(m.attr("content"));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Optional<LocalDate> d = LinkedData.datePublished(script.data()).flatMap(PageHeadline::date);
      if (d.isPresent()) {
        return d;
      }
    }
    for (Element t : article.select("time[datetime]")) {
      Optional<LocalDate> d = date(t.attr("datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** An ISO date or date-time ("2026-03-01T09:51:00+07:00") or a "dd/MM/yyyy" date. */
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /**
   * A date-time with its offset after a space, as vietnamnet.vn writes it: "… 08:52:11.000 +07:00".
   */
  private static final Pattern SPACED_OFFSET = Pattern.compile("(\\d)\\s+([+-]\\d{2}:\\d{2})$");

  static Optional<LocalDate> date(String value) {
    String v = SPACED_OFFSET.matcher(value.strip()).replaceFirst("$1$2");
    try {
      return Optional.of(OffsetDateTime.parse(v).atZoneSameInstant(VIETNAM).toLocalDate());
    } catch (DateTimeParseException notWithOffset) {
      // a local date-time or a date: its day as written
    }
    Matcher m = DATE.matcher(v);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    try {
      return m.group(1) != null
          ? Optional.of(
              LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3))))
          : Optional.of(
              LocalDate.of(
                  Integer.parseInt(m.group(6)),
                  Integer.parseInt(m.group(5)),
                  Integer.parseInt(m.group(4))));
    } catch (java.time.DateTimeException notADay) {
      return Optional.empty();
    }
  }
}
