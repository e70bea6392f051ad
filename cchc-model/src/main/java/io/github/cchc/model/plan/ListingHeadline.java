package io.github.cchc.model.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A headline of a tag or listing page: a line that ends no sentence and that the page prints again,
 * word for word, as a line of its own (the listing gives each item's headline as its link and again
 * as the title over its sapo: "Nghị quyết phát triển kinh tế - xã hội 2020: Chỉ tiêu tỷ lệ hộ nghèo
 * đa chiều giảm 1 - 1,5%" twice on phunuvietnam.vn's tag page "tỷ lệ hộ nghèo", over "Sáng nay
 * 11/11, … Trong đó, Nghị quyết đặt ra chỉ tiêu tỷ lệ hộ nghèo … giảm 1 đến 1,5%, …"). It is a
 * summary line however many words it has, as a short subheading is: its goal, when the sapo under
 * it states the same, is counted once, in the sapo ({@link RestatedHeadline}). A sentence printed
 * twice (a sapo repeated, with its full stop) is no headline and keeps its figures.
 */
final class ListingHeadline {
  private ListingHeadline() {}

  /** The most words of a listing's headline: longer lines are paragraphs, not headlines. */
  static final int MAX_WORDS = 40;

  /**
   * The lines of {@code lines} (stripped) that are listing headlines printed twice: each ends no
   * sentence, has at most {@link #MAX_WORDS} words and stands more than once as a line of its own.
   * Counted once over the page, so that a page of many lines is read in time proportional to it.
   */
  static Set<String> printedTwice(List<String> lines) {
    Map<String, Integer> seen = new HashMap<>();
    for (String line : lines) {
      if (!line.isEmpty()) {
        seen.merge(line, 1, Integer::sum);
      }
    }
    Set<String> twice = new HashSet<>();
    for (Map.Entry<String, Integer> e : seen.entrySet()) {
      String line = e.getKey();
      if (e.getValue() < 2 || line.split("\\s+").length > MAX_WORDS) {
        continue;
      }
      if (".;:!?,".indexOf(line.charAt(line.length() - 1)) < 0) {
        twice.add(line);
      }
    }
    return twice;
  }
}
