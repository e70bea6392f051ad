package io.github.cchc.model.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The change of a share told right after the share, in an economy's structure: "Ngành nông-lâm
 * nghiệp chiếm 38,10%, giảm 0,07% so với năm 2023; ngành công nghiệp-xây dựng chiếm 36,50%, tăng
 * 0,06% so với năm 2023" (baogialai.com.vn on Chư Păh's goals for 2024). The share is the figure
 * set or reached; its change since a year before is the distance moved, no goal of its own.
 */
final class ShareChangeBeside {
  private ShareChangeBeside() {}

  /** On folded text: "chiếm 38,10%, giảm 0,07% so với năm 2023" (the change as group "change"). */
  private static final Pattern CHANGE =
      Pattern.compile(
          "\\bchiem\\s+\\d{1,3}(?:[,.]\\d+)?\\s?%\\s*,\\s*"
              + "(?<change>(?:tang|giam)\\s+(?<figure>\\d{1,3}(?:[,.]\\d+)?)\\s?%\\s+so\\s+voi\\s+(?:nam\\s+\\d{4}|cung\\s+ky|nam\\s+truoc))");

  /**
   * Removes from {@code targets}, from {@code from} on, each target read from the (NFC) {@code
   * sentence} ({@code folded} its folded text of the same length) that is a change told beside a
   * share: its text holds the change's words and its value is the change's figure.
   */
  static void drop(List<Target> targets, int from, String sentence, String folded) {
    Matcher m = CHANGE.matcher(folded);
    while (m.find()) {
      String change = sentence.substring(m.start("change"), m.end("change"));
      BigDecimal figure = new BigDecimal(m.group("figure").replace(',', '.'));
      for (int i = targets.size() - 1; i >= from; i--) {
        Target t = targets.get(i);
        if (t.text().contains(change)
            && t.value().filter(v -> v.compareTo(figure) == 0).isPresent()) {
          targets.remove(i);
        }
      }
    }
  }
}
