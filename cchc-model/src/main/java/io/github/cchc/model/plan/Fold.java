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
    return VietnameseText.fold(s).replaceAll("\\s+", " ").strip();
  }
}
