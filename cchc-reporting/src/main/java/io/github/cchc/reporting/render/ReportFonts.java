package io.github.cchc.reporting.render;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font shipped with this library: Liberation Serif 2.1.5 (SIL Open Font License 1.1, licence
 * text beside the files in {@code io/github/cchc/reporting/fonts/}), metric-compatible with Times
 * New Roman and carrying every Vietnamese letter. The PDF renderer embeds it; chart pictures are
 * drawn with it.
 *
 * <pre>{@code
 * try (InputStream ttf = ReportFonts.open(ReportFonts.Style.BOLD)) { ... }
 * }</pre>
 */
public final class ReportFonts {
  /** The family name of the shipped font: {@value}. */
  public static final String FAMILY = "Liberation Serif";

  /** The styles shipped. */
  public enum Style {
    /** Regular. */
    REGULAR("LiberationSerif-Regular.ttf"),
    /** Bold. */
    BOLD("LiberationSerif-Bold.ttf"),
    /** Italic. */
    ITALIC("LiberationSerif-Italic.ttf"),
    /** Bold italic. */
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

    private final String file;

    Style(String file) {
      this.file = file;
    }

    /**
     * The resource name of the TrueType file.
     *
     * @return the absolute resource path
     */
    public String resource() {
      return "/io/github/cchc/reporting/fonts/" + file;
    }
  }

  /** The files' bytes, read from the class path once per style (about 400 KB each). */
  private static final byte[][] FILES = new byte[Style.values().length][];

  /** The fonts for measuring and drawing with Java 2D, made once per style. */
  private static final java.awt.Font[] AWT = new java.awt.Font[Style.values().length];

  private ReportFonts() {}

  /**
   * Opens the TrueType file of a style; the caller closes it. The file is read from the class path
   * (and inflated from the jar) once per style and then served from memory, so that each document
   * does not pay for it again.
   *
   * @param style the style
   * @return the font file's bytes
   * @throws UncheckedIOException if the resource is missing from the class path
   */
  public static InputStream open(Style style) {
    return new ByteArrayInputStream(file(style));
  }

  /**
   * The shipped font of a style as a Java 2D font of size 1 ({@link
   * java.awt.Font#deriveFont(float)} gives other sizes), for measuring text as it is printed and
   * for drawing charts.
   *
   * @param style the style
   * @return the font, made once per style
   * @throws UncheckedIOException if the resource is missing from the class path
   * @throws IllegalStateException if the font file cannot be read as a TrueType font
   */
  public static java.awt.Font awt(Style style) {
    synchronized (AWT) {
      java.awt.Font font = AWT[style.ordinal()];
      if (font == null) {
        try (InputStream in = open(style)) {
          font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (java.awt.FontFormatException e) {
          throw new IllegalStateException("shipped font unreadable: " + style.resource(), e);
        }
        AWT[style.ordinal()] = font;
      }
      return font;
    }
  }

  private static byte[] file(Style style) {
    synchronized (FILES) {
      byte[] bytes = FILES[style.ordinal()];
      if (bytes == null) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(style.resource())) {
          if (in == null) {
            throw new UncheckedIOException(
                new FileNotFoundException("font resource missing: " + style.resource()));
          }
          bytes = in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        FILES[style.ordinal()] = bytes;
      }
      return bytes;
    }
  }
}
