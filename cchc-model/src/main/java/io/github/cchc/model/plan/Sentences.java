package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a text as the extractor reads them: split at line breaks and at the end of a
 * sentence, each without the page's dateline around it.
 */
final class Sentences {
  /**
   * The end of a sentence: '.', '!', '?' or an ellipsis ("… tham gia BHYT… Đến năm 2025: …") before
   * a capital or a digit.
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?\u2026])\\s+(?=[\\p{Lu}\\d])");

  /**
   * A page's dateline opening a sentence, as the page text gives it ("date 2025-11-13 ", "date
   * 2020-07 ", "20/01/2026 15:35 "), or its date and time closing it ("… 20/01/2026 15:35").
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:date\\s+\\d{4}-\\d{2}(?:-\\d{2})?|\\d{1,2}/\\d{1,2}/\\d{4}(?:\\s+\\d{1,2}:\\d{2})?)\\s+"
              // from the first space of a run only: a long run of spaces costs one pass
              + "|(?<!\\s)\\s+\\d{1,2}/\\d{1,2}/\\d{4}(?:\\s+\\d{1,2}:\\d{2})?$");

  /** The sentence without the page's dateline around it. */
  static String withoutDateline(String sentence) {
    return DATELINE.matcher(sentence).replaceAll("").strip();
  }

  /**
   * Splits a text into sentences: at line breaks, and after '.', '!', '?' or '…' followed by a
   * capital letter or a digit.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      for (String s : SENTENCE_END.split(line)) {
        String t = s.strip();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private Sentences() {}
}
