package io.github.cchc.model.plan;

import io.github.cchc.model.document.DocumentHeader;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A saved web page read as a document ({@link HtmlSource}): its visible text, and what the page's
 * structure says of it that a copy of its text leaves to a guess, its headline and its date of
 * publication, given to the header of a news page ({@link #told}).
 *
 * @param doc the page's text in reading order, tables as {@link SourceTable}s
 * @param headline the page's own headline: its {@code <h1>}, else its {@code og:title} or {@code
 *     <title>} without the site's name
 * @param published the date the page says it was published ({@code article:published_time}, a
 *     {@code <time datetime>})
 * @param encoding the legacy encoding its bytes were read in when the page declared none and was
 *     not UTF-8 ("Windows-1258"), said as a problem of the file
 */
record WebPage(
    SourceDocument doc,
    Optional<String> headline,
    Optional<LocalDate> published,
    Optional<String> encoding) {

  /**
   * The header read from the page's text with the headline and the date the page's structure gives,
   * for a news page ({@link DocumentHeader#article()}): the header reader guesses a news page's
   * headline among the site's chrome, captions and banners of a copied text, while the page itself
   * marks it. A page that carries a document (a Kế hoạch with its "Số:" line and "Nơi nhận:", a
   * Word document saved as a web page) keeps the header its text gives.
   */
  DocumentHeader told(DocumentHeader read) {
    if (!read.article() || (headline.isEmpty() && published.isEmpty())) {
      return read;
    }
    var b = DocumentHeader.builder().from(read);
    headline.ifPresent(b::title);
    published.ifPresent(b::publishedOn);
    return b.build();
  }
}
