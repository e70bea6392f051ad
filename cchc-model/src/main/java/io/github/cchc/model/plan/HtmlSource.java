package io.github.cchc.model.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}: a browser's "Save As", {@code wget}, a
 * crawler's dump, a Word document saved as a web page) with jsoup: its characters as declared or
 * found ({@link PageCharset}), the article's text in reading order without the site's chrome
 * ({@link PageText}), and the headline and date its structure marks ({@link PageHeadline}). The
 * headline opens the text, as a copy of the page would, unless the text already opens with it (a
 * Word page whose title is its first line).
 */
final class HtmlSource {
  private HtmlSource() {}

  static WebPage read(String name, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(4 * PlanReader.MAX_TEXT_LENGTH + 1);
    if (bytes.length > 4 * PlanReader.MAX_TEXT_LENGTH) {
      throw new PlanReadException(
          name, "file", "larger than " + 4 * PlanReader.MAX_TEXT_LENGTH + " bytes", null);
    }
    PageCharset.Parsed parsed = PageCharset.parse(bytes);
    Document doc = parsed.document();
    Element body = PageText.articleBody(doc.body());
    @Nullable Element h1 = PageHeadline.element(doc, body);
    Optional<String> headline = PageHeadline.text(doc, h1).filter(h -> !h.isBlank());
    List<Object> blocks = new ArrayList<>();
    List<Object> text = PageText.blocks(body, h1);
    if (text.isEmpty()) {
      // a page without text (a head and no body, a page of scripts): its title alone is no text
      headline = Optional.empty();
    }
    if (headline.isPresent() && (h1 != null || !opensWith(text, headline.get()))) {
      blocks.add(headline.get());
      String h = Fold.fold(headline.get());
      for (int i = 0; i < text.size(); i++) {
        // the headline again under it (a sticky bar that repeats it, a print title): once is read
        if (i >= OPENING_LINES || !(text.get(i) instanceof String s && Fold.fold(s).equals(h))) {
          blocks.add(text.get(i));
        }
      }
    } else {
      blocks.addAll(text);
    }
    return new WebPage(
        new SourceDocument(name, List.copyOf(blocks)),
        headline,
        PageHeadline.published(doc, body.parent() == null ? body : body.parent()),
        parsed.encoding());
  }

  /** The lines a headline taken from the page's title is looked for in, at the text's start. */
  private static final int OPENING_LINES = 12;

  private static boolean opensWith(List<Object> blocks, String headline) {
    String h = Fold.fold(headline);
    for (int i = 0; i < Math.min(blocks.size(), OPENING_LINES); i++) {
      if (blocks.get(i) instanceof String s && Fold.fold(s).startsWith(h)) {
        return true;
      }
    }
    return false;
  }
}
