package io.github.cchc.beam;

/**
 * Quotes a CSV field as RFC 4180 says: in double quotes, its quotes doubled, when it holds the
 * separator, a quote or a line break; as it is otherwise.
 */
final class CsvText {
  private CsvText() {}

  static String quote(String field, char separator) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == separator || c == '"' || c == '\n' || c == '\r') {
        return '"' + field.replace("\"", "\"\"") + '"';
      }
    }
    return field;
  }
}
