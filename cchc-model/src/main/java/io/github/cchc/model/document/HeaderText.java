package io.github.cchc.model.document;

import java.util.Map;

/**
 * Tests on the text of a header's lines that every part of the header reader shares: the national
 * title and motto, capitals and digits, and a type's name at a line's start.
 */
final class HeaderText {
  private HeaderText() {}

  static final String NATIONAL_TITLE = "cong hoa xa hoi chu nghia viet nam";

  static final String MOTTO = "doc lap - tu do - hanh phuc";

  static boolean containsDigit(String s, int end) {
    for (int i = 0; i < end; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isCapitals(String c) {
    return Capitals.in(c);
  }

  /**
   * True when a folded line is a piece of the national title or the motto as a wrapped header gives
   * it ("Độc lập -", "Tự do - Hạnh phúc"): no headline. The motto's dashes are taken with whatever
   * spaces a copy put around them ("Độc lập- Tự do- Hạnh phúc", a Word file of Phú Thọ's Sở Thông
   * tin và Truyền thông; "Độc lập-Tự do-Hạnh phúc").
   */
  static boolean nationalPart(String folded) {
    String f = MOTTO_DASH.matcher(folded.strip()).replaceAll(" - ");
    return f.length() >= 6 && (MOTTO.contains(f) || NATIONAL_TITLE.contains(f));
  }

  /**
   * A dash between the motto's words, with or without spaces around it; matched from the first
   * space of a run only, so that a long run of spaces costs one pass.
   */
  private static final java.util.regex.Pattern MOTTO_DASH =
      java.util.regex.Pattern.compile("(?<!\\s)\\s*[-–—]\\s*");

  static @org.jspecify.annotations.Nullable DocumentType typeAtStart(String folded) {
    Map.Entry<String, DocumentType> e = nameAtStart(folded);
    return e == null ? null : e.getValue();
  }

  /**
   * The type's name (folded) that {@code folded} opens with, followed by a space, and its type: the
   * name as written, an alias ("chuong trinh hanh dong") as much as the full name, so that callers
   * take as many characters as the name has.
   */
  static Map.@org.jspecify.annotations.Nullable Entry<String, DocumentType> nameAtStart(
      String folded) {
    for (Map.Entry<String, DocumentType> e : DocumentType.foldedNamesLongestFirst()) {
      String name = e.getKey();
      if (folded.startsWith(name)
          && folded.length() > name.length()
          && folded.charAt(name.length()) == ' ') {
        return e;
      }
    }
    return null;
  }
}
