package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/** Text helpers of this package over {@link VietnameseText}: folding with collapsed spaces. */
final class Fold {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Fold() {}

  static String nfc(CharSequence s) {
    return VietnameseText.nfc(s);
  }

  /** Folds {@code "Đúng hạn "} to {@code "dung han"}: for matching, not for offsets. */
  static String fold(CharSequence s) {
    return SPACES.matcher(VietnameseText.fold(s)).replaceAll(" ").strip();
  }
}
