package io.github.cchc.model.plan;

import io.github.cchc.model.text.Tcvn3;
import io.github.cchc.model.text.Vni;

/**
 * The runs of a Word document ({@code .doc} or {@code .docx}) set in a legacy font, put in Unicode
 * by their font: a TCVN3 font ({@code .VnTime}, {@code .VnArial} …; {@link Tcvn3}), in capitals for
 * its capital face ({@code .VnTimeH} …), or a VNI font ({@code VNI-Times} …; {@link Vni}). Word
 * keeps such text as the font's bytes, one Latin-1 character a byte ("Q§-UBND", "QÑ-UBND"), in
 * {@code .docx} files as in {@code .doc} files: a document typed in TCVN3 and saved again as {@code
 * .docx} keeps its fonts and bytes.
 *
 * <p>Adjacent runs of the same font kind are converted together: Word cuts a VNI word into runs at
 * each mark character ("C", "OÄ", "NG HO", "AØ" for "CỘNG HOÀ", Quyết định 991/QĐ-UBND of Bình
 * Phước), and a mark alone in its run would lose its letter. A stretch whose text already has a
 * letter only Unicode writes was converted before and is kept (a legacy font name often outlives
 * its text).
 */
final class LegacyFonts {
  private LegacyFonts() {}

  /** The encoding a run's font gives its text. */
  private enum Kind {
    PLAIN,
    TCVN3,
    TCVN3_CAPITALS,
    VNI
  }

  /** The runs of one paragraph, added in order. */
  static final class Runs {
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder stretch = new StringBuilder();
    private Kind kind = Kind.PLAIN;

    /** Adds a run's text set in the named font (null when the run names none). */
    void add(String runText, String font) {
      Kind runKind = kind(font);
      if (runKind != kind) {
        text.append(convert(stretch, kind));
        stretch.setLength(0);
        kind = runKind;
      }
      stretch.append(runText == null ? "" : runText);
    }

    /** The paragraph's text, its legacy runs in Unicode. */
    String text() {
      text.append(convert(stretch, kind));
      stretch.setLength(0);
      kind = Kind.PLAIN;
      return text.toString();
    }
  }

  /** Whether a font is a TCVN3 or VNI font. */
  static boolean isLegacy(String font) {
    return kind(font) != Kind.PLAIN;
  }

  private static Kind kind(String font) {
    if (Tcvn3.isFont(font)) {
      return Tcvn3.isCapitalFont(font) ? Kind.TCVN3_CAPITALS : Kind.TCVN3;
    }
    return Vni.isFont(font) ? Kind.VNI : Kind.PLAIN;
  }

  private static String convert(CharSequence text, Kind kind) {
    if (kind == Kind.PLAIN || Tcvn3.hasUnicodeVietnamese(text)) {
      return text.toString();
    }
    return switch (kind) {
      case TCVN3 -> Tcvn3.toUnicode(text);
      case TCVN3_CAPITALS -> Tcvn3.toUnicodeCapitals(text);
      case VNI -> Vni.toUnicode(text);
      case PLAIN -> text.toString();
    };
  }
}
