package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line naming a measure and ending with a colon, and the items under it that give only a year and
 * a figure: "- Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội:⏎+ Năm 2025: 45%;⏎+
 * Năm 2030: 60%." (lawnet.vn on Quyết định 841/QĐ-TTg of 2023, the roadmap of the sustainable
 * development goals). Each item's figure measures what the line above names; its own words say only
 * when ({@link WhenAndHow}). The heading holds for the items right under it, until a line that is
 * no such item.
 */
final class MeasureHeading {
  /** A list's mark opening a line, on folded text: "-", "+", "a)", "1.". */
  private static final Pattern MARK = Pattern.compile("^(?:[-–+•*]|[a-z]\\)|\\d{1,2}[.)])\\s*");

  private String heading = "";
  private int from;

  /**
   * Reads the next line: first gives the targets read from the line before ({@code targets} from
   * where they started) the heading's measure where they say only when, then takes this line as the
   * heading when it names a measure and ends with a colon.
   *
   * @param line the line about to be read
   * @param targets the targets read so far, those of the line before at their end
   */
  void next(String line, List<Target> targets) {
    close(targets);
    String l = line.strip();
    String f = VietnameseText.fold(l);
    if (l.endsWith(":") && l.indexOf('%') < 0 && ObjectOfFigure.namesMeasure(f)) {
      heading = MARK.matcher(l.substring(0, l.length() - 1)).replaceFirst("").strip();
    } else if (!MARK.matcher(f).lookingAt()) {
      heading = "";
    }
    from = targets.size();
  }

  /** Gives the targets of the last line read the heading's measure where they say only when. */
  void close(List<Target> targets) {
    if (heading.isEmpty()) {
      return;
    }
    boolean any = false;
    for (int i = from; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (WhenAndHow.only(t.subject())) {
        targets.set(i, Target.builder().from(t).subject(heading).build());
      } else {
        any = true;
      }
    }
    if (any) {
      // a figure with a subject of its own: the items of the heading have ended
      heading = "";
    }
  }
}
