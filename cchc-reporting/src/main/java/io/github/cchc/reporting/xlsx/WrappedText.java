package io.github.cchc.reporting.xlsx;

import io.github.cchc.reporting.render.ReportFonts;
import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * How many lines a wrapped cell text takes, measured with the metrics of the font the sheet uses
 * (Times New Roman 12 pt; the shipped Liberation Serif has its metrics), word by word as a
 * spreadsheet wraps it, so that a row can be made as high as its text needs.
 */
final class WrappedText {
  /** Height of one line of 12 pt text, in points (a spreadsheet's default row for this size). */
  static final float LINE_POINTS = 15.75f;

  /** The cell's inner margins left and right and a point of safety, in points. */
  private static final double MARGINS = 4.5;

  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
  private static final Font REGULAR = ReportFonts.awt(ReportFonts.Style.REGULAR).deriveFont(12f);
  private static final Font BOLD = ReportFonts.awt(ReportFonts.Style.BOLD).deriveFont(12f);

  private WrappedText() {}

  /**
   * The width of a column in points: {@code characters} wide in the workbook's default font
   * (Calibri 11, whose digits are 7 pixels wide: 7 pixels a character and 5 of padding, at 96
   * pixels an inch).
   *
   * @param characters the column width in characters, as given to {@code setColumnWidth(c, n *
   *     256)}
   * @return the width in points
   */
  static double columnPoints(int characters) {
    return (characters * 7 + 5) * 0.75;
  }

  /**
   * The lines {@code text} takes in a cell {@code points} wide.
   *
   * @param text the text; line breaks in it start new lines
   * @param bold whether the cell's font is bold
   * @param points the width of the cell (of the merged cells) in points
   * @return the number of lines, at least 1
   */
  static int lines(String text, boolean bold, double points) {
    Font font = bold ? BOLD : REGULAR;
    double room = points - MARGINS;
    double space = width(" ", font);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      double line = 0;
      for (String word : paragraph.strip().split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        double w = width(word, font);
        if (line == 0) {
          line = w;
        } else if (line + space + w <= room) {
          line += space + w;
        } else {
          lines++;
          line = w;
        }
        // a word wider than the cell is broken across lines by the spreadsheet
        while (line > room && room > 0) {
          lines++;
          line -= room;
        }
      }
    }
    return Math.max(1, lines);
  }

  private static double width(String text, Font font) {
    return font.getStringBounds(text, CONTEXT).getWidth();
  }
}
