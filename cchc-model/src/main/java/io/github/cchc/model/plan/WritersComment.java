package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's comment after the figures of a sentence, on folded text: "Kinh tế số chiếm 25–30%
 * GRDP, kinh tế tư nhân đóng góp 78% GRDP – cho thấy hướng đi quyết liệt vào đổi mới mô hình tăng
 * trưởng" (vtcnews on the goals of Lâm Đồng's first congress), "…, 95% hộ gia đình đạt danh hiệu
 * văn hóa, thể hiện nỗ lực không ngừng …". The clause after a dash or a comma, with no figure of
 * its own, says what the figures show; it reports nothing, unlike "Kết quả khảo sát cho thấy, 85%
 * …" where the figures follow the words of a survey and are its results. Cutting it off leaves the
 * sentence to be told by its figures' own words.
 */
final class WritersComment {
  /** A comment clause opening after a dash or a comma: "– cho thấy …", ", thể hiện …". */
  private static final Pattern COMMENT =
      Pattern.compile(
          "[–—,-]\\s*(?:qua\\s+do\\s+|dieu\\s+nay\\s+)?(?:cho\\s+thay|the\\s+hien)\\b[^\\d]*$");

  private WritersComment() {}

  /**
   * Returns the sentence without a comment clause closing it, when the clause holds no figure; the
   * sentence itself otherwise. The sentence and its folded text are of the same length.
   */
  static String without(String sentence, String folded) {
    if (folded.length() != sentence.length()) {
      return sentence;
    }
    Matcher m = COMMENT.matcher(folded);
    // the pattern starts on the dash or comma, not inside the spaces before it: one pass over a
    // long run of spaces
    return m.find() && m.start() > 0 ? sentence.substring(0, m.start()).stripTrailing() : sentence;
  }
}
