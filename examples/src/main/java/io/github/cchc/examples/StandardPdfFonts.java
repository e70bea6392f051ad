package io.github.cchc.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Spares the command line PDFBox's scan of the system's fonts when it writes a PDF.
 *
 * <p>openhtmltopdf registers the 14 standard PDF fonts in every document it lays out, and PDFBox
 * looks each one up among the fonts installed on the machine: the first lookup lists every system
 * font (0.3 s with a warm cache of 148 fonts here, 0.8 s without it, seconds on a desktop with
 * hundreds of fonts), writes {@code ~/.pdfbox.cache}, and warns "Using fallback font LiberationSans
 * for base font Symbol" on a machine without Symbol. The reports never draw with a standard font
 * (they embed Liberation Serif; {@code pdffonts} lists only it), so the standard names are given
 * PDFBox's own bundled Liberation Sans, as PDFBox does when it finds none. Any other font name,
 * which only a PDF being read can ask for, still goes to PDFBox's usual lookup.
 */
public final class StandardPdfFonts {
  private static final String BUNDLED =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private StandardPdfFonts() {}

  /** Installs the mapping for the whole JVM; safe to call repeatedly. */
  public static synchronized void install() {
    FontMapper current = FontMappers.instance();
    if (!(current instanceof Mapper)) {
      FontMappers.set(new Mapper(current));
    }
  }

  /** PDFBox's bundled Liberation Sans, read when a standard font is first asked for. */
  private static final class Bundled {
    static final TrueTypeFont FONT = load();

    private static TrueTypeFont load() {
      try (InputStream in = FontMapper.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("PDFBox's bundled font is missing: " + BUNDLED);
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The standard names to the bundled font, every other name to {@code system}. */
  private static final class Mapper implements FontMapper {
    private final FontMapper system;

    Mapper(FontMapper system) {
      this.system = system;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(
        String baseFont, PDFontDescriptor fontDescriptor) {
      return Standard14Fonts.containsName(baseFont)
          ? new FontMapping<>(Bundled.FONT, false)
          : system.getTrueTypeFont(baseFont, fontDescriptor);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(
        String baseFont, PDFontDescriptor fontDescriptor) {
      return Standard14Fonts.containsName(baseFont)
          ? new FontMapping<>(Bundled.FONT, false)
          : system.getFontBoxFont(baseFont, fontDescriptor);
    }

    @Override
    public CIDFontMapping getCIDFont(
        String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
      return system.getCIDFont(baseFont, fontDescriptor, cidSystemInfo);
    }
  }
}
