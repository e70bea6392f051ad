package io.github.cchc.model.plan;

/**
 * How a sentence tells its figures ({@link ResultWords#told}): as nothing in particular, as a
 * change by an amount or a count (what a list of chỉ tiêu gives as well as a report: "tăng 6,57% so
 * với cùng kỳ", "duy trì 8/8 xã"), or as a result (the past, a level reached, a rank, a past
 * period).
 */
enum Told {
  /** No word of a result: "Tỷ lệ che phủ rừng 52%". */
  NOTHING,
  /**
   * Only a change by an amount or a count of units: a result in a report, a goal in a plan's list
   * or a page's account of a plan ("Doanh thu thương mại, dịch vụ đạt 10.930 tỷ đồng, tăng 8,61% so
   * với cùng kỳ" after "Theo đó, Châu Đức phấn đấu …").
   */
  CHANGE,
  /** A result: "đã đạt 45,8%", "giảm còn 1,08%", "xếp thứ 2/34", "Năm 2024, …". */
  RESULT
}
