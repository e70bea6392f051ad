package io.github.cchc.model.plan;

/**
 * A line of a text as the target reader takes it: a line of the text, or a goal cell of a table of
 * chỉ tiêu told as a line ("Tỷ lệ che phủ rừng: Khoảng 42%", {@link GoalTable}), a goal by its
 * column whatever the lines around it say, read alone and changing nothing of how the lines after
 * the table are read.
 *
 * @param text the line
 * @param goalCell whether it is a goal cell of a table
 */
record TextLine(String text, boolean goalCell) {

  static TextLine of(String text) {
    return new TextLine(text, false);
  }

  static TextLine goal(String text) {
    return new TextLine(text, true);
  }
}
