package io.github.cchc.model.document;

import java.util.List;

/**
 * The text and lines of a document that the parts of the header reader share (the type heading and
 * title, the news headline, the signature block), and the moves over them that skip blank lines.
 */
record HeaderLines(String text, List<HeaderLine> lines) {
  /** The first non-blank line at or after {@code from} and before {@code limit}, or -1. */
  int nextNonBlank(int from, int limit) {
    for (int k = from; k < Math.min(limit, lines.size()); k++) {
      if (!lines.get(k).blank()) {
        return k;
      }
    }
    return -1;
  }

  /** The last non-blank line before {@code before}, or -1. */
  int previousNonBlank(int before) {
    for (int k = before - 1; k >= 0; k--) {
      if (!lines.get(k).blank()) {
        return k;
      }
    }
    return -1;
  }
}
