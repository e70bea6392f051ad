package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What really came about, set against a goal by a contrast: "Đáp ứng khoảng 21- 23% nhu cầu đi lại
 * của người dân trong năm 2022 là mục tiêu mà vận tải công cộng Thủ đô đã đặt ra, nhưng thực tế thì
 * đến nay đã hết năm 2022, con số này mới chỉ dừng lại ở 18%, rất khiêm tốn so với mục tiêu đề ra"
 * (moitruong on Hà Nội's buses). The figures after "nhưng thực tế", "song thực tế", "tuy nhiên,
 * thực tế" or "nhưng trên thực tế", up to a word of intent, are results, however the goal before
 * them was worded; they are no goals, as an estimate's are not ({@link ResultWords#estimated}).
 */
final class RealityAgainstGoal {
  /** On folded text: a contrast, then "thực tế" (in reality). */
  private static final Pattern REALITY =
      Pattern.compile("\\b(?:nhung|song|tuy\\s+nhien\\s*,?)\\s+(?:tren\\s+)?thuc\\s+te\\b");

  private RealityAgainstGoal() {}

  /**
   * Where the folded sentence's first contrast with reality starts and ends ({@code [start, end)}),
   * or {@code null} when it has none.
   */
  static int[] span(String folded) {
    Matcher m = REALITY.matcher(folded);
    return m.find() ? new int[] {m.start(), m.end()} : null;
  }
}
