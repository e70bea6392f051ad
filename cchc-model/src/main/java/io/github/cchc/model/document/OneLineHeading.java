package io.github.cchc.model.document;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.PartialDate;
import io.github.cchc.model.text.VietnameseDates;
import io.github.cchc.model.text.VietnameseText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The old prose heading written with its type on the same line and in small letters, where the
 * document has no heading of capitals and no "Số:" line: "Nghị định của Chính phủ số
 * 114/2003/NĐ-CP⏎ngày 10/10/2003 về cán bộ, công chức xã, phường, thị trấn." (Nghị định
 * 114/2003/NĐ-CP, .doc in TCVN3, under a one-line "Chính phủ"). It gives the type, the number, the
 * date and the title from "về".
 *
 * <p>The class: among the first lines with words, a paragraph (lines up to a blank one) that opens
 * with a type's name, then "của", the issuer's words, "số", a number, "ngày", a date (in words,
 * "10/10/2003" or "10-10-2003") and "về". A sentence of the body that cites a document so ("Căn cứ
 * Nghị định của Chính phủ số …") does not open with the type's name, and a heading of capitals is
 * read by the reader's other rules.
 */
final class OneLineHeading {
  private OneLineHeading() {}

  /** The lines with words the heading may stand among. */
  private static final int HEADER_LINES = 8;

  /** The most lines of the heading's paragraph. */
  private static final int MAX_LINES = 4;

  /** Folded: the type's words, "của" the issuer "số" the number "ngày", then the date. */
  private static final Pattern HEADING =
      Pattern.compile("^(\\p{L}+(?: \\p{L}+){0,3}) cua [^\\d]{3,80}? so (\\S+) ngay (.*)$");

  /** Folded: "về" and the subject, after the date. */
  private static final Pattern SUBJECT = Pattern.compile("^\\s*(ve\\s.*)$");

  /**
   * Reads the heading from the lines {@code lines} (their contents) into {@code b}, when the header
   * read so far has no number or the same one; returns whether it was read.
   */
  static boolean read(List<String> lines, DocumentHeaderBuilder b) {
    int withWords = 0;
    for (int i = 0; i < lines.size() && withWords < HEADER_LINES; i++) {
      String line = lines.get(i).strip();
      if (line.chars().noneMatch(Character::isLetter)) {
        continue;
      }
      withWords++;
      StringBuilder joined = new StringBuilder(line);
      for (int k = i + 1; k < lines.size() && k <= i + MAX_LINES; k++) {
        String next = lines.get(k).strip();
        if (next.isEmpty()) {
          break;
        }
        joined.append(' ').append(next);
      }
      String heading = VietnameseText.nfc(joined.toString().replaceAll("\\s+", " "));
      if (read(heading, b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean read(String heading, DocumentHeaderBuilder b) {
    String folded = VietnameseText.fold(heading);
    Matcher m = HEADING.matcher(folded);
    if (folded.length() != heading.length() || !m.matches()) {
      return false;
    }
    try {
      DocumentType type = DocumentType.parse(heading.substring(m.start(1), m.end(1)));
      DocumentNumber n =
          DocumentNumber.parse(heading.substring(m.start(2), m.end(2))).typedAs(type);
      DocumentHeader h = b.build();
      if (h.numberSymbol().filter(read -> !read.equals(n)).isPresent()
          || h.documentType().filter(t -> t != type).isPresent()) {
        return false;
      }
      java.text.ParsePosition pos = new java.text.ParsePosition(m.start(3));
      LocalDate date = VietnameseDates.parse(heading, pos);
      if (date == null) {
        return false;
      }
      Matcher s = SUBJECT.matcher(folded.substring(pos.getIndex()));
      if (!s.matches()) {
        return false;
      }
      String title = heading.substring(pos.getIndex() + s.start(1)).strip();
      title = title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
      b.documentType(type).numberSymbol(n).title(title);
      if (h.date().isEmpty()) {
        b.date(PartialDate.of(date));
      }
      return true;
    } catch (CchcParseException | DateTimeException notAHeading) {
      return false;
    }
  }
}
