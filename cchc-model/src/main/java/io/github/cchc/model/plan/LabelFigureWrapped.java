package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A list of labels and their figures ("Khu vực I: 33,10%; Khu vực II: 21,64%; …") wrapped between a
 * label and its figure: "Khu vực I: 33,10%; Khu vực II: 21,64%; Khu vực III: 41,97%; thuế sản
 * phẩm:⏎3,30%;" (a Bến Tre plan's "Các chỉ tiêu chủ yếu" on a thuvienphapluat bulletin page). The
 * colon there closes a label of the list, not a line announcing one: the line after it, opening on
 * the label's figure, goes on with it. A line ending on a colon with no label and figure before it
 * ("b) Cơ cấu kinh tế:", "Mục tiêu cụ thể:") still announces what follows.
 */
final class LabelFigureWrapped {
  private LabelFigureWrapped() {}

  /** A label and its figure before the last one: "Khu vực I: 33,10%;". */
  private static final Pattern PAIR_BEFORE =
      Pattern.compile("\\p{L}\\s?:\\s?\\d{1,3}(?:[,.]\\d+)?\\s?%\\s?[;,]");

  /** The line's last label and its colon: "thuế sản phẩm:". */
  private static final Pattern ENDS_ON_LABEL = Pattern.compile("[;,]\\s?[^;,:]{1,60}\\p{L}\\s?:$");

  /** A line opening on a figure and closing the item: "3,30%;", "3,30%; Khu vực …". */
  private static final Pattern OPENS_ON_FIGURE =
      Pattern.compile("^\\d{1,3}(?:[,.]\\d+)?\\s?%\\s?(?:[;,.]|$)");

  /** True when {@code line} goes on with {@code before}, wrapped between a label and its figure. */
  static boolean goesOn(CharSequence before, String line) {
    return OPENS_ON_FIGURE.matcher(line).lookingAt()
        && ENDS_ON_LABEL.matcher(before).find()
        && PAIR_BEFORE.matcher(before).find();
  }
}
