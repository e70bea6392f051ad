package io.github.cchc.model.document;

import java.util.regex.Pattern;

/**
 * A photo's caption set in the table cell of its figure: the line right under a Markdown image
 * mark, closed by the cell's bar ("![]() |" then "UBND tỉnh Gia Lai đặt mục tiêu phấn đấu đến năm
 * 2030, tốc độ tăng trưởng GRDP đạt 9,57%/năm |", tbnhnew.vn; "Chủ tịch UBND tỉnh Bạc Liêu Phạm Văn
 * Thiều phát biểu tại buổi lễ. |", thoidai.com.vn). It says what the photo shows, often in the
 * headline's words: it is neither the headline nor what follows one, and a headline over the figure
 * is followed by the lead under it.
 */
final class FigureCaption {
  private FigureCaption() {}

  /** A line holding only image marks, a table bar after them or not. */
  private static final Pattern IMAGE_LINE =
      Pattern.compile("\\s*(?:!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)\\s*\\|?\\s*)+");

  /**
   * Tells whether the line of {@code text} starting at {@code start} is a figure's caption: it ends
   * with a table bar and the line right above it is an image mark.
   *
   * @param text the page's text
   * @param start where the line's content starts
   * @return true for a caption under its image
   */
  static boolean at(String text, int start) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    if (start > 0 && text.charAt(start - 1) == '\n') {
      lineStart = start;
    }
    int lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    String line = text.substring(lineStart, lineEnd).strip();
    if (line.length() < 2 || !line.endsWith("|") || line.startsWith("!")) {
      return false;
    }
    if (lineStart == 0) {
      return false;
    }
    int aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    return IMAGE_LINE.matcher(text.substring(aboveStart, lineStart - 1)).matches();
  }
}
