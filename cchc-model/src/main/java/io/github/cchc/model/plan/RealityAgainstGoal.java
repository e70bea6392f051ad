package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What really came about, set against a goal by a contrast: "Đáp ứng khoảng 21- 23% nhu cầu đi lại
 * của người dân trong năm 2022 là mục tiêu mà vận tải công cộng Thủ đô đã đặt ra, nhưng thực tế thì
 * đến nay đã hết năm 2022, con số này mới chỉ dừng lại ở 18%, rất khiêm tốn so với mục tiêu đề ra"
 * (moitruong on Hà Nội's buses). The figures after "nhưng thực tế", "song thực tế", "tuy nhiên,
 * thực tế" or "nhưng trên thực tế", up to a word of intent, are results, however the goal before
 * them was worded; they are no goals, as an estimate's are not ({@link ResultWords#estimated}). A
 * contrast then "chỉ" (only) and the verb of a result is one too: "kế hoạch 5 năm lần thứ hai chỉ
 * tiêu tăng 13-14% mỗi năm, nhưng chỉ tăng 0,4% mỗi năm, trong đó nông nghiệp tăng 1,9% và công
 * nghiệp tăng 3,3%" (Wikipedia's Kinh tế Việt Nam), "song mới chỉ đạt 18%" ("nhưng chỉ tiêu …", a
 * goal's own word, is not); and a contrast then the past ("nhưng đã tăng") or an average reached:
 * "chỉ tiêu đặt ra cho kế hoạch 5 năm lần thứ ba chỉ từ 4,5%-5% mỗi năm nhưng tăng trung bình 6,4%
 * mỗi năm, nông nghiệp tăng 5,3% và công nghiệp tăng 9,3%" (the same page).
 */
final class RealityAgainstGoal {
  /** On folded text: a contrast, then "thực tế" (in reality) or "chỉ" and a result's verb. */
  private static final Pattern REALITY =
      Pattern.compile(
          "\\b(?:nhung|song|tuy\\s+nhien\\s*,?)\\s+(?:tren\\s+)?thuc\\s+te\\b"
              + "|\\b(?:nhung|song)\\s+(?:moi\\s+)?chi\\s+(?:tang|dat)\\b"
              // a contrast, then the past or an average reached: "song chỉ tiêu đặt ra cho kế hoạch
              // 5 năm lần thứ ba chỉ từ 4,5%-5% mỗi năm nhưng tăng trung bình 6,4% mỗi năm"
              + "|\\b(?:nhung|song)\\s+(?:da\\s+(?:tang|dat|giam)"
              + "|(?:tang|dat|giam)\\s+(?:trung\\s+binh|binh\\s+quan))\\b");

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
