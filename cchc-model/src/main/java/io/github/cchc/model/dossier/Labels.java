package io.github.cchc.model.dossier;

import io.github.cchc.model.CchcParseException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Parses the Vietnamese or English label of an enum constant; shared by the enums here. */
final class Labels<E extends Enum<E>> {
  private final Map<String, E> exact = new HashMap<>();
  private final Map<String, E> folded = new HashMap<>();
  private final String what;

  Labels(String what) {
    this.what = what;
  }

  Labels<E> add(E value, String... labels) {
    for (String label : labels) {
      exact.put(label, value);
      folded.put(fold(label), value);
    }
    return this;
  }

  E parse(CharSequence text) {
    String s = text.toString();
    E e = exact.get(s);
    if (e != null) {
      return e;
    }
    e = folded.get(fold(s));
    if (e != null) {
      return e;
    }
    throw new CchcParseException(text, 0, "unknown " + what + " \"" + s + "\"");
  }

  static String fold(String s) {
    String n = Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return n.replace('_', ' ').replace('-', ' ');
  }
}
