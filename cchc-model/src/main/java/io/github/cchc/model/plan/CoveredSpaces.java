package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;

/**
 * Spaces printed under other glyphs of their line in a PDF: a blank placeholder the signing tool
 * stamps a value over (see {@link PdfSource.LineHeightStripper#writePage}). A space glyph is
 * covered when a glyph that is not blank, on the same line, overlaps it by more than {@link
 * #OVERLAP} of the space's width. On the same line means baselines within {@link #SAME_LINE}
 * points, or within {@link #SAME_LINE_EM} of the space's font size: a signing tool that gives its
 * value a box taller than the line sets it a few points off the line's baseline ("2389" 3.2 points
 * above the spaces of "Tờ trình số␣␣␣␣/TTr-QHKT-NSH-HTKT" at 13 points, Hà Nội's Quyết định
 * 2858/QĐ-UBND), and lines are at least one em apart, so less than half an em never joins two.
 */
final class CoveredSpaces {
  private CoveredSpaces() {}

  /** Baselines this close, in points, are one line. */
  static final float SAME_LINE = 2f;

  /** Baselines closer than this share of the space's font size are one line. */
  static final float SAME_LINE_EM = 0.4f;

  /** The share of a space's width another glyph must cover. */
  static final float OVERLAP = 0.3f;

  /** Removes the covered spaces from the glyphs of a page, in place. */
  static void drop(List<TextPosition> glyphs) {
    Map<Integer, List<TextPosition>> ink = new HashMap<>();
    for (TextPosition g : glyphs) {
      if (!g.getUnicode().isBlank()) {
        ink.computeIfAbsent(row(g), k -> new ArrayList<>()).add(g);
      }
    }
    if (ink.isEmpty()) {
      return;
    }
    glyphs.removeIf(g -> g.getUnicode().isBlank() && covered(g, ink));
  }

  private static int row(TextPosition g) {
    return Math.round(g.getYDirAdj() / SAME_LINE);
  }

  private static boolean covered(TextPosition space, Map<Integer, List<TextPosition>> ink) {
    float from = space.getXDirAdj();
    float to = from + space.getWidthDirAdj();
    float need = OVERLAP * Math.max(space.getWidthDirAdj(), 0.1f);
    float line = Math.max(SAME_LINE, SAME_LINE_EM * space.getFontSizeInPt());
    int row = row(space);
    int rows = (int) Math.ceil(line / SAME_LINE);
    for (int r = row - rows; r <= row + rows; r++) {
      for (TextPosition g : ink.getOrDefault(r, List.of())) {
        if (Math.abs(g.getYDirAdj() - space.getYDirAdj()) > line) {
          continue;
        }
        float a = Math.max(from, g.getXDirAdj());
        float b = Math.min(to, g.getXDirAdj() + g.getWidthDirAdj());
        if (b - a > need) {
          return true;
        }
      }
    }
    return false;
  }
}
