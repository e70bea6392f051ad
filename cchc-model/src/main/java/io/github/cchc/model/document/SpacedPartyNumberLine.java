package io.github.cchc.model.document;

import io.github.cchc.model.CchcParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A number line in the Party's form, as the Party's committees and the mass organisations under it
 * type it: "Số" without a colon, the number, and the symbol with spaces around its hyphen and after
 * its slash ("Số 34 - CV/ HNDT", Công văn 34-CV/HNDT of the Hà Nam farmers' union, 2023). The line
 * holds nothing else; its spaces taken out, it is the number.
 */
final class SpacedPartyNumberLine {
  private SpacedPartyNumberLine() {}

  /** "Số", the number, a hyphen, the type's code, a slash and the body's code, spaced. */
  private static final Pattern LINE =
      Pattern.compile(
          "\\s*Số\\s+(\\d{1,5}[a-z]?)\\s*-\\s*(\\p{Lu}[\\p{L}]{0,5})\\s*/\\s*(\\p{Lu}[\\p{Lu}\\p{N}]{1,9})\\s*");

  /** The Party-form number of the line {@code c}, or null when it is not such a line. */
  static @Nullable DocumentNumber read(String c) {
    Matcher m = LINE.matcher(c);
    if (!m.matches()) {
      return null;
    }
    try {
      String compact = m.group(1) + "-" + m.group(2) + "/" + m.group(3);
      DocumentNumber n = DocumentNumber.parse(compact);
      return n.format().equals(compact) ? n : null;
    } catch (CchcParseException notANumber) {
      return null;
    }
  }
}
