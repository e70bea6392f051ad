package io.github.cchc.model.plan;

import io.github.cchc.model.text.FusedDateline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a text as the extractor reads them: split at line breaks and at the end of a
 * sentence, each without the page's dateline around it.
 */
final class Sentences {
  /** A footnote mark: "[96]". */
  private static final String MARK = "\\[\\d{1,3}\\]";

  /** A stop and one to three footnote marks after it: ".[96]", ".[408][409]". */
  private static final String FOOTNOTES =
      "[.!?\u2026]" + MARK + "|[.!?\u2026]" + MARK + MARK + "|[.!?\u2026]" + MARK + MARK + MARK;

  /**
   * The end of a sentence: '.', '!', '?' or an ellipsis ("… tham gia BHYT… Đến năm 2025: …") before
   * a capital or a digit, or a full stop glued to the next sentence (GluedFullStop); and a full
   * stop followed by an encyclopaedia's footnote marks ("… 37,9% dự án nước ngoài.[96] Vào năm
   * 2005, …", "….[408][409] Năm 2012, …"), with or without a space before the next sentence.
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "(?<=[.!?\u2026])\\s+(?=[\\p{Lu}\\d])"
              + "|(?<="
              + FOOTNOTES
              + ")\\s*(?=\\p{Lu})|"
              + GluedFullStop.AT);

  /** The sentence without the page's dateline around it ({@link FusedDateline}). */
  static String withoutDateline(String sentence) {
    return FusedDateline.without(sentence);
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
