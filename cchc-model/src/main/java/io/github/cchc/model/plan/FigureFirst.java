package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A sentence opening on a bare share and its subject: "50% số đơn vị cấp huyện có triển khai mô
 * hình thu gom và xử lý nước thải …", "100% chất thải rắn và 50% nước thải sản xuất của các làng
 * nghề truyền thống được thu gom và xử lý theo quy định" (tnmt.phutho.gov.vn on the rural waste
 * programme). Right after a sentence that sets goals ("Chương trình phấn đấu ít nhất 50% số hộ nông
 * thôn …"), such a sentence is the next item of the same list, told without its word of intent as
 * lists of goals are; elsewhere it is what it is told as.
 */
final class FigureFirst {
  /** A share opening the (folded) sentence, a list mark before it allowed, then a word. */
  private static final Pattern OPENS_ON_SHARE =
      Pattern.compile("^(?:[-–•+*]\\s*)?\\d{1,3}(?:[,.]\\d+)?\\s?%\\s+\\p{L}");

  private FigureFirst() {}

  /**
   * True when the (folded) sentence opens on a bare share followed by its subject.
   *
   * @param folded the sentence, folded
   * @return whether it opens on a share
   */
  static boolean opensOnShare(String folded) {
    return OPENS_ON_SHARE.matcher(folded).lookingAt();
  }
}
