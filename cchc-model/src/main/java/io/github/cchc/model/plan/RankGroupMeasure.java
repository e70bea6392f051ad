package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measure a rank group is chosen by, on folded text: "Đến năm 2030 thuộc nhóm 10 tỉnh, thành
 * phố có thu nhập bình quân đầu người cao nhất" (nld on Khánh Hòa's first congress), "phấn đấu là
 * một trong 10 tỉnh, thành phố có thu nhập bình quân đầu người cao nhất cả nước". Its "cao nhất"
 * names the group to be in, not a place reached ("tỷ lệ cao nhất cả nước", a result), so it is
 * blanked before the sentence is told as a goal or a result.
 */
final class RankGroupMeasure {
  /** "cao nhất"/"thấp nhất" after a group of N units: "nhóm 10 tỉnh, thành phố có … cao nhất". */
  private static final Pattern GROUP_MEASURE =
      Pattern.compile(
          "\\b(?:nhom|top|trong)\\s+\\d{1,3}\\s+(?:tinh|dia\\s+phuong|nuoc|quoc\\s+gia|thanh\\s+pho"
              + "|don\\s+vi|huyen|xa)\\b[^.;%]{0,80}?\\b((?:cao|thap)\\s+nhat)\\b");

  private RankGroupMeasure() {}

  /**
   * Returns the sentence with the "cao nhất" of a rank group's measure blanked (spaces of the same
   * length), or the sentence itself; {@code folded} is its folded text, of the same length.
   */
  static String blanked(String sentence, String folded) {
    if (folded.length() != sentence.length()) {
      return sentence;
    }
    Matcher m = GROUP_MEASURE.matcher(folded);
    if (!m.find()) {
      return sentence;
    }
    return sentence.substring(0, m.start(1))
        + " ".repeat(m.end(1) - m.start(1))
        + sentence.substring(m.end(1));
  }
}
