package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A listing's headline printed twice states its goal once. A tag or listing page prints an item's
 * headline as its link and again as the title over its sapo ({@link ListingHeadline}); when the
 * sapo does not state the headline's goal again, the headline is the only statement of it, and its
 * two printings are one goal: "Năm 2026 phấn đấu giảm ít nhất 50% số vụ TNGT trên địa bàn cả nước"
 * twice on tapchixaydung's tag page "năm 2026 giảm tngt" (at least 50, once), "Phó Thủ tướng Hồ Đức
 * Phớc: Phấn đấu đưa môi trường đầu tư của Việt Nam vào top 3 ASEAN" twice on doanhnhanvn's tag
 * page. A target of the second printing is dropped when the first printing gave the same goal
 * (comparator, value and unit) from the same words; a sentence printed twice (with its full stop)
 * is no headline and keeps both.
 */
final class HeadlinePrintedTwice {
  private HeadlinePrintedTwice() {}

  /**
   * The targets of a page without the second printing's of a listing headline printed twice.
   *
   * @param text the page's text
   * @param targets the targets read from the whole page, in order
   */
  static List<Target> once(String text, List<Target> targets) {
    if (targets.size() < 2) {
      return targets;
    }
    List<String> lines = new ArrayList<>();
    for (String line : WrappedLines.join(TargetExtractor.plain(text))) {
      lines.add(line.strip());
    }
    Set<String> twice = ListingHeadline.printedTwice(lines);
    if (twice.isEmpty()) {
      return targets;
    }
    List<Target> kept = new ArrayList<>();
    for (Target t : targets) {
      String said = t.text().strip();
      boolean again =
          twice.stream().anyMatch(l -> l.contains(said))
              && kept.stream()
                  .anyMatch(
                      k ->
                          k.text().strip().equals(said)
                              && k.comparator() == t.comparator()
                              && Objects.equals(k.value(), t.value())
                              && Objects.equals(k.unit(), t.unit()));
      if (!again) {
        kept.add(t);
      }
    }
    return kept.size() == targets.size() ? targets : List.copyOf(kept);
  }
}
