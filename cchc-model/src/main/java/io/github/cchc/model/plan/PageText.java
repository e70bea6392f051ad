package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * The visible text of a web page's article in reading order, as blocks: a line a paragraph,
 * heading, list item or line break, and each table of data as a {@link SourceTable}. What a reader
 * of the page does not read as the article is left out: scripts, styles, forms, navigation, the
 * page's header, footer and asides, hidden elements, and the site's furniture marked by its class
 * or id (related stories, comments, breadcrumbs, banners, advertisements, menus).
 */
final class PageText {
  private PageText() {}

  /** Elements that are never the page's text. */
  private static final Set<String> NEVER =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "nav",
          "aside",
          "form",
          "iframe",
          "svg",
          "button",
          "select",
          "textarea",
          "input",
          "object",
          "embed",
          "canvas",
          "video",
          "audio",
          "map",
          "dialog",
          "menu",
          "head",
          "title",
          "meta",
          "link",
          "math");

  /** Elements that start and end a line of text. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "address",
          "hr",
          "center",
          "fieldset",
          "details",
          "summary",
          "tr",
          "td",
          "th",
          "caption",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "body",
          "picture");

  /**
   * What marks a site's furniture in a class or an id, rather than the article: related stories,
   * comments, breadcrumbs, banners, advertisements ("quangcao"), menus, inside a name as sites glue
   * them ("kbwscwl-relatedbox", nld.com.vn's box of related stories inside the article's text,
   * "VCRelatedNews"). Not "sidebar": VnExpress sets its article in "sidebar-1", its main column;
   * nor "share": baodautu.vn sets the author and the dateline in "author-share-top".
   */
  private static final List<String> FURNITURE_PARTS =
      List.of("relate", "comment", "breadcrumb", "banner", "quangcao", "navbar", "menu", "footer");

  /** Short words that mark furniture only as a whole word of a class: "ads", not "loads". */
  private static final Set<String> FURNITURE_WORDS = Set.of("ads", "advert", "advertisement");

  private static final Pattern WORDS = Pattern.compile("[^a-z]+");

  /**
   * The element that holds the article's text: the element with the most text in its own paragraphs
   * ({@code <p>} children and text of its own, as a portal's {@code <div>} broken by {@code <br>}
   * has), or the {@code <article>} or {@code itemprop="articleBody"} element around it; the body
   * when the page has no paragraph.
   */
  static Element articleBody(Element body) {
    Map<Element, Integer> score = new HashMap<>();
    // one walk, the chrome's subtrees skipped whole: linear in the page, however deep it nests
    NodeTraversor.filter(
        (node, depth) -> {
          if (node instanceof Element e) {
            if (NEVER.contains(e.normalName()) || hidden(e) || furniture(e)) {
              return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            Element parent = e.parent();
            if (e.normalName().equals("p") && parent != null) {
              score.merge(parent, e.text().length(), Integer::sum);
              return NodeFilter.FilterResult.SKIP_CHILDREN;
            }
          } else if (node instanceof TextNode t && t.parent() != null) {
            int own = t.text().strip().length();
            if (own > 0) {
              score.merge(t.parent(), own, Integer::sum);
            }
          }
          return NodeFilter.FilterResult.CONTINUE;
        },
        body);
    Element best = body;
    int top = 0;
    for (Map.Entry<Element, Integer> s : score.entrySet()) {
      if (s.getValue() > top) {
        best = s.getKey();
        top = s.getValue();
      }
    }
    Element around = best.closest("[itemprop=articleBody], article");
    return around != null && around != body ? around : best;
  }

  /**
   * The article's text as blocks: the lines between the headline and the article's body (the page's
   * dateline, lead and byline, at most {@link #INTRO_LINES}) when the headline stands outside the
   * body, then the body's, the headline element itself left out (the reader gives it first).
   */
  static List<Object> blocks(Element body, @Nullable Element headline) {
    List<Object> out = new ArrayList<>();
    if (headline != null && !headline.parents().contains(body) && !headline.equals(body)) {
      Element common = common(headline, body);
      if (common != null) {
        Collector intro = new Collector(headline, body, true);
        NodeTraversor.filter(intro, common);
        List<Object> lines = intro.blocks();
        out.addAll(lines.subList(0, Math.min(lines.size(), INTRO_LINES)));
      }
    }
    Collector main = new Collector(headline, null, false);
    NodeTraversor.filter(main, body);
    out.addAll(main.blocks());
    return out;
  }

  /** The most lines read between a headline and the article's body. */
  static final int INTRO_LINES = 8;

  private static @Nullable Element common(Element a, Element b) {
    List<Element> up = new ArrayList<>(a.parents());
    for (Element p : b.parents()) {
      if (up.contains(p)) {
        return p.normalName().equals("html") ? null : p;
      }
    }
    return null;
  }

  private static boolean furniture(Element e) {
    String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (words.isBlank()) {
      return false;
    }
    for (String part : FURNITURE_PARTS) {
      if (words.contains(part)) {
        return true;
      }
    }
    for (String w : WORDS.split(words)) {
      if (FURNITURE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none") || style.contains("visibility:hidden");
  }

  /**
   * Collects lines and tables. Between a headline and a body it starts after the headline and stops
   * at the body; in a body it leaves the headline out.
   */
  private static final class Collector implements NodeFilter {
    private final @Nullable Element headline;
    private final @Nullable Element stop;
    private boolean on;
    private final List<Object> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    Collector(@Nullable Element headline, @Nullable Element stop, boolean afterHeadline) {
      this.headline = headline;
      this.stop = stop;
      this.on = !afterHeadline;
    }

    List<Object> blocks() {
      flush();
      return blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (on) {
          append(t.text());
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY; // comments, doctypes, data
      }
      if (e.equals(stop)) {
        return FilterResult.STOP;
      }
      if (e.equals(headline)) {
        on = true;
        return FilterResult.SKIP_ENTIRELY;
      }
      String name = e.normalName();
      if (NEVER.contains(name) || hidden(e) || (furniture(e) && !e.equals(stop))) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if ((name.equals("header") || name.equals("footer"))
          && e.closest("article") == null
          && (headline == null || !headline.parents().contains(e))) {
        return FilterResult.SKIP_ENTIRELY; // the site's header and footer, not the article's
      }
      if (name.equals("br")) {
        flush();
      } else if (name.equals("table") && e.selectFirst("table table") == null && on) {
        flush();
        SourceTable t = table(e);
        if (t != null) {
          blocks.add(t);
        }
        return FilterResult.SKIP_ENTIRELY;
      } else if (name.equals("img") && on) {
        // a picture is no text (its alt is the page's description of it, not the article's)
        return FilterResult.SKIP_ENTIRELY;
      } else if (BLOCKS.contains(name)) {
        flush();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        flush();
      }
      return FilterResult.CONTINUE;
    }

    private void append(String text) {
      String t = text.replace('\u00a0', ' ').replace("\u200b", "").replace("\ufeff", "");
      t = t.replaceAll("\\s+", " ");
      if (t.isEmpty() || (t.equals(" ") && (line.length() == 0 || endsWithSpace()))) {
        return;
      }
      if (t.startsWith(" ") && (line.length() == 0 || endsWithSpace())) {
        t = t.substring(1);
      }
      line.append(t);
    }

    private boolean endsWithSpace() {
      return line.length() > 0 && line.charAt(line.length() - 1) == ' ';
    }

    private void flush() {
      String s = line.toString().strip();
      line.setLength(0);
      if (!s.isEmpty()) {
        blocks.add(Fold.nfc(s));
      }
    }

    private int tables;

    /** A table of data: its rows of cells, spans and merges as a Word table's. */
    private @Nullable SourceTable table(Element table) {
      List<List<SourceTable.Cell>> rows = new ArrayList<>();
      // the columns a cell above still covers: column -> rows left
      Map<Integer, Integer> down = new HashMap<>();
      for (Element tr : table.select("tr")) {
        if (tr.closest("table") != table) {
          continue;
        }
        List<SourceTable.Cell> cells = new ArrayList<>();
        int col = 0;
        for (Element td : tr.children()) {
          if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
            continue;
          }
          while (down.getOrDefault(col, 0) > 0) {
            cells.add(new SourceTable.Cell("", 1, SourceTable.Merge.CONTINUE));
            down.merge(col, -1, Integer::sum);
            col++;
          }
          int span = Math.max(1, Math.min(number(td.attr("colspan")), 100));
          int rowspan = Math.max(1, Math.min(number(td.attr("rowspan")), 1000));
          Collector cell = new Collector(null, null, false);
          NodeTraversor.filter(cell, td);
          List<String> lines = new ArrayList<>();
          for (Object b : cell.blocks()) {
            lines.add(b instanceof String s ? s : ((SourceTable) b).rowText(0));
          }
          cells.add(
              new SourceTable.Cell(
                  String.join("\n", lines),
                  span,
                  rowspan > 1 ? SourceTable.Merge.RESTART : SourceTable.Merge.NONE));
          if (rowspan > 1) {
            for (int k = 0; k < span; k++) {
              down.put(col + k, rowspan - 1);
            }
          }
          col += span;
        }
        while (down.getOrDefault(col, 0) > 0) {
          cells.add(new SourceTable.Cell("", 1, SourceTable.Merge.CONTINUE));
          down.merge(col, -1, Integer::sum);
          col++;
        }
        if (!cells.isEmpty()) {
          rows.add(cells);
        }
      }
      return rows.isEmpty() ? null : new SourceTable(++tables, rows);
    }

    private static int number(String s) {
      try {
        return Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        return 1;
      }
    }
  }
}
