package io.github.cchc.model.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The characters of a saved web page, from its bytes. The class of cases is every way a Vietnamese
 * page's encoding is known or not: a byte order mark; a declared charset, {@code <meta
 * charset="utf-8">} or {@code <meta http-equiv="Content-Type" content="text/html;
 * charset=windows-1258">} (Word's "Web Page" in "Vietnamese (Windows)", old portals), honoured as
 * declared; and no declaration, read as UTF-8 when the bytes are UTF-8, else in the legacy encoding
 * they are likely in ({@link LegacyText}: Windows-1258, TCVN3, VNI), said to the user as a text
 * file's is. Windows-1258 writes tones as combining marks: the text is put in NFC after.
 */
final class PageCharset {
  private PageCharset() {}

  /** A page parsed: its document, and the legacy encoding assumed when it declared none. */
  record Parsed(Document document, Optional<String> encoding) {}

  /**
   * The deepest nesting of elements the parser builds: a hostile or broken page nested deeper is
   * flattened at this depth rather than built to exhaust the stack of a reader.
   */
  static final int MAX_DEPTH = 256;

  static Parsed parse(byte[] bytes) throws IOException {
    // jsoup honours a byte order mark, then a declared charset, and reads UTF-8 without either
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser());
    if (bom(bytes) || declared(doc) || LegacyText.isUtf8(bytes)) {
      return new Parsed(doc, Optional.empty());
    }
    LegacyText legacy = LegacyText.of(bytes);
    if (legacy == null) {
      return new Parsed(doc, Optional.empty());
    }
    return new Parsed(Jsoup.parse(legacy.decode(bytes), "", parser()), Optional.of(legacy.label()));
  }

  private static Parser parser() {
    return Parser.htmlParser().setMaxDepth(MAX_DEPTH);
  }

  private static boolean bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        || b.length >= 2
            && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
  }

  /** A {@code <meta charset>} or a {@code Content-Type} meta naming a charset. */
  private static boolean declared(Document doc) {
    if (!doc.select("meta[charset]").isEmpty()) {
      return true;
    }
    for (Element meta : doc.select("meta[http-equiv]")) {
      if (meta.attr("http-equiv").equalsIgnoreCase("content-type")
          && meta.attr("content").toLowerCase(Locale.ROOT).contains("charset=")) {
        return true;
      }
    }
    return false;
  }
}
