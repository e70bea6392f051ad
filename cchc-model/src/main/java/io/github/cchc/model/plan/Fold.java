package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;

/** Text helpers of this package over {@link VietnameseText}: folding with collapsed spaces. */
final class Fold {
  private Fold() {}

  static String nfc(CharSequence s) {
    return VietnameseText.nfc(s);
  }

  /** Folds {@code "Đúng hạn "} to {@code "dung han"}: for matching, not for offsets. */
  static String fold(CharSequence s) {
    String f = VietnameseText.fold(s);
    StringBuilder b = null;
    boolean space = false;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      boolean ws = Character.isWhitespace(c);
      if (ws && (space || c != ' ') && b == null) {
        b = new StringBuilder(f.length()).append(f, 0, i);
      }
      if (b != null && !(ws && space)) {
        b.append(ws ? ' ' : c);
      }
      space = ws;
    }
    return (b == null ? f : b.toString()).strip();
  }
}
