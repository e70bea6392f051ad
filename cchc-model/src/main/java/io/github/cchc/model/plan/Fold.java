package io.github.cchc.model.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text folding for matching: NFC, lower case, no diacritics, đ to d. */
final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  private Fold() {}

  static String nfc(CharSequence s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Folds {@code "Đúng hạn"} to {@code "dung han"}; the result has the same length only for NFC
   * letters without marks, so use it for matching, not for offsets.
   */
  static String fold(CharSequence s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    d = MARKS.matcher(d).replaceAll("");
    return d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(VI).replaceAll("\\s+", " ").strip();
  }
}
