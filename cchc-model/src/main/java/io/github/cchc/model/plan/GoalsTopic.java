package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Goals named as the topic a sentence opens on, "Về các chỉ tiêu kinh tế, …", "Về nhóm chỉ tiêu xã
 * hội, …": the field of indicators the sentence goes on to tell of, not a word of intent of its
 * own. In a sentence told as a result it sets nothing: "Làm rõ thêm về kết quả năm 2025, … nhiều
 * chỉ tiêu của Bắc Ninh tiếp tục thuộc nhóm dẫn đầu cả nước. Về các chỉ tiêu kinh tế, tăng trưởng
 * GRDP đạt 10,27% - đứng thứ 5 toàn quốc; …" (cafef on Bắc Ninh's 2025). In a sentence told as
 * nothing in particular the topic still sets the goals of a list of them ("Về các chỉ tiêu xã hội,
 * tuổi thọ trung bình khoảng 74,5 tuổi, …; tỷ lệ tham gia BHYT đạt 95% dân số", the Đại hội XIII
 * resolution's goals), as before.
 */
final class GoalsTopic {
  private GoalsTopic() {}

  /** On folded text: "về (các|nhóm|những) chỉ tiêu/mục tiêu …," opening the sentence. */
  private static final Pattern TOPIC =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?ve\\s+(?:(?:cac|nhom|nhung)\\s+)?(?:chi\\s+tieu|muc\\s+tieu)\\b[^,.;:\\d]{0,40},");

  /**
   * Where the topic the folded sentence opens on ends (after its comma), or -1 when it opens on no
   * goals named as a topic.
   */
  static int end(String folded) {
    Matcher m = TOPIC.matcher(folded);
    return m.lookingAt() ? m.end() : -1;
  }
}
