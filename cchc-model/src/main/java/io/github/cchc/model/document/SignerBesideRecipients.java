package io.github.cchc.model.document;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature column of a two-column foot laid out as text, as a .docx or a PDF's layout gives
 * it: the authority stands to the right of "Nơi nhận:" on its line ("Nơi nhận: KT. GIÁM ĐỐC"), the
 * title to the right of one of the list's items or alone, deep in ("PHÓ GIÁM ĐỐC"), and the
 * signer's name after the list, deep in as the column is (" Phạm Năng Chung"; Lào Cai's Công văn
 * 5141, 6795, 6987/SNNMT and 5973/UBND-KT, corpus unseen62). The name is the first line after the
 * list indented as a column is that reads as a person's name; read only when the "Nơi nhận:" line
 * carries an authority in capitals after a gap, so a list with no column beside it gives no signer.
 */
final class SignerBesideRecipients {
  private SignerBesideRecipients() {}

  /** "Nơi nhận:" and, after a gap, the column's first line: group 1. */
  private static final Pattern RECIPIENTS_AND_AUTHORITY =
      Pattern.compile("\\s*Nơi nhận\\s*:\\s{3,}(\\S.*?)\\s*");

  /** The least indent of a line of the column. */
  private static final int COLUMN_INDENT = 20;

  /** Lines looked at after "Nơi nhận:". */
  private static final int REACH = 30;

  /** A person's name: two to five words, each opening with a capital, the rest small letters. */
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The signer's name in the column beside the recipients' list.
   *
   * @param text the document's text
   * @return the name, or empty
   */
  static Optional<String> signer(String text) {
    List<String> lines = List.of(text.split("\n", -1));
    for (int i = lines.size() - 1; i >= 0; i--) {
      Matcher m = RECIPIENTS_AND_AUTHORITY.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      if (!HeaderText.isCapitals(m.group(1))) {
        return Optional.empty();
      }
      for (int k = i + 1; k < Math.min(lines.size(), i + 1 + REACH); k++) {
        String line = lines.get(k);
        String c = line.strip();
        if (c.isEmpty()) {
          continue;
        }
        int indent = line.indexOf(c);
        if (indent < COLUMN_INDENT) {
          continue; // an item of the list or its wrapped words
        }
        if (HeaderText.isCapitals(c)) {
          continue; // the column's title, "PHÓ GIÁM ĐỐC"
        }
        return NAME.matcher(c).matches() ? Optional.of(c) : Optional.empty();
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
