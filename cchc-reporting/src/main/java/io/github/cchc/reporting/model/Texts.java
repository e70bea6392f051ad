package io.github.cchc.reporting.model;

import java.text.Normalizer;
import java.util.List;

/** NFC normalisation of the texts of the model. */
final class Texts {
  private Texts() {}

  static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  static boolean allNfc(String... texts) {
    for (String text : texts) {
      if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
        return false;
      }
    }
    return true;
  }

  static boolean allNfc(List<String> texts) {
    return allNfc(texts.toArray(String[]::new));
  }
}
