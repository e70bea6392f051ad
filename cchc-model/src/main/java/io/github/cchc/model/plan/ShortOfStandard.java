package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A share of a standard that units fall short of picks out the units a rule is for, it sets no
 * level to reach: "(3) Sắp xếp thu gọn hợp lý các đơn vị hành chính cấp xã chưa đạt 50% tiêu chuẩn
 * theo quy định về quy mô dân số, diện tích tự nhiên …" (Công văn 31/CV-BCĐTKNQ18 on
 * thuvienphapluat), "cơ bản thực hiện việc sắp xếp các đơn vị hành chính cấp huyện và cấp xã chưa
 * đạt 50% của cả 2 tiêu chuẩn về diện tích tự nhiên và dân số theo quy định" (baodautu on the draft
 * Đề án of 2018 for merging districts and communes): the criterion of the units to merge. A share
 * of a standard to reach is still a goal: "Phấn đấu … đạt 70% tiêu chuẩn đô thị loại II" (Hòa
 * Thành's congress, unseen21).
 */
final class ShortOfStandard {
  private ShortOfStandard() {}

  /** A shortfall just before the figure, on folded text: "chưa đạt ", "không đủ ". */
  private static final Pattern SHORT = Pattern.compile("\\b(?:chua|khong)\\s+(?:dat|du)\\s+$");

  /** The standard right after the figure, on folded text: " tiêu chuẩn", " của cả 2 tiêu chuẩn". */
  private static final Pattern OF_STANDARD =
      Pattern.compile("\\s*(?:cua\\s+(?:ca\\s+)?(?:\\d+\\s+|hai\\s+|ba\\s+)?)?tieu\\s+chuan\\b");

  /**
   * Whether the figure at {@code [start, end)} of the folded sentence is a standard fallen short
   * of.
   */
  static boolean is(String folded, int start, int end) {
    return SHORT
            .matcher(folded)
            .region(Math.max(0, start - 16), start)
            .useTransparentBounds(true)
            .find()
        && OF_STANDARD.matcher(folded).region(end, folded.length()).lookingAt();
  }
}
