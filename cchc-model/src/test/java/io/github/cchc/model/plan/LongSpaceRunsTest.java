package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cchc.model.document.CitationExtractor;
import io.github.cchc.model.document.DocumentHeader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The readers run on every document, so a page of 200 KB with long runs of spaces (as a PDF's text
 * layer or a flattened table can give) must cost them one pass, not one per space: a pattern that
 * may start inside a run of spaces ("\s+" before a date fused with a headline, a bar or space
 * before "Người ký", a range's low end inside a year) made the header reader take seconds (7 s) and
 * the target reader 13 s on this page; the further items of a list of citations ("; số 5" many
 * times over after one citation) are looked for within a bounded distance of the item before. The
 * page is twice that size (400 KB): work growing with the square of a run would cost four times the
 * 20 s of before, some 80 s (an estimate from those figures, not run again), one pass took 7 s on a
 * machine loaded to 10: the bound of 30 s lies between them, so that a loaded machine (two cores
 * shared by several builds, where 5 s was once exceeded) does not fail the test and a pass per
 * space still does.
 */
class LongSpaceRunsTest {
  private static final String PAGE =
      ("Phấn đấu 80" + " ".repeat(5000) + "đến 90% ").repeat(80)
          + ("Quyết định số 12" + " ".repeat(3000) + "- 2025").repeat(40)
          // after one citation, many list items that are no citation: each looked at once
          + "Quyết định số 12/QĐ-UBND"
          + "; số 5".repeat(40_000);

  @Test
  void aPageWithLongRunsOfSpacesIsReadInOnePass() {
    assertThat(PAGE.length()).isGreaterThan(400_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          DocumentHeader.readLeniently(PAGE);
          TargetExtractor.extract(PAGE, true);
          CitationExtractor.extract(PAGE);
        });
  }
}
