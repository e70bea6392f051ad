package io.github.cchc.model.plan;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The comparator and value of a percentage, on folded text: the figure or range, the qualifier just
 * before it ("trên", "tối thiểu", "không quá", "giảm xuống còn") or the words after it ("trở lên"),
 * and the words that tell a share held down ("xuống còn 431 hộ, chiếm") or the base of a change
 * ("từ 4,0% xuống còn") rather than a goal.
 */
final class Qualifiers {
  // The patterns run on the folded text (lower case, no diacritics: VietnameseText.fold), which
  // has the length of the NFC text, so offsets carry over; ASCII patterns without case folding are
  // several times faster than case-insensitive Unicode ones.
  /**
   * A percentage, or a range of them whose low end is the threshold ("từ 8,3 - 8,5%", "tối thiểu
   * 45% - 50%", "từ 80 đến 90%": at least 8,3, 45 and 80); percentage points as the corpus labels
   * them, in percent ("giảm 1-1,5 điểm %": at least 1); a range typed with a comma glued to its
   * dash is one range ("tốc độ tăng trưởng GDP ngành đạt tối thiểu 3,0%,-3,05%", agro.gov.vn on the
   * farm ministry's 2018 goals: at least 3,0); a range typed with doubled spaces beside its dash,
   * as web copies leave them, is one range too ("tỷ lệ hộ nghèo … giảm bình quân 1,5 - 2%/năm",
   * baodaklak on Đắk Lắk's plan for Nghị quyết 23-NQ/TW: at least 1,5, not 2). A rate per thousand
   * typed as "%0" (for "‰": "Tỷ suất tử vong trẻ em dưới 1 tuổi khoảng 6%0", "giảm tỷ suất sinh thô
   * 0,30%0/năm") or "%o" with the letter o before a slash, a stop or the end ("Mức giảm tỷ lệ sinh
   * khoảng 0,1%o.", baothaibinh on Thái Bình's 2019 goals; "dưới 11%o/năm", kinhtedothi on Phú
   * Quốc's 2021-2025 plan) is no percentage: the model has no unit for it.
   */
  static final Pattern PERCENT =
      Pattern.compile(
          "(?:(?<![\\d,.])(?<low>\\d{1,3}(?:[,.]\\d+)?)\\s?%?(?:,?[-\u2013]\\s{0,3}|\\s{0,3}[-\u2013]\\s{0,3}|\\s+(?:den|toi)\\s+))?"
              + "(?<num>\\d+(?:[,.]\\d+)?)(?:\\s+diem)?\\s?%(?!0|o(?=[/.,;)]|\\s*$))(?<tail>\\s+tro\\s+len|\\s+tro\\s+xuong)?");

  /**
   * The qualifier just before a percentage, matched in a short window ending at the number; "duy
   * trì" (to keep) is at least the figure kept ("duy trì 100% xã, thị trấn đạt chuẩn quốc gia về y
   * tế": GE 100, not all without exception); "còn" (down to) is at most the figure left ("Tỷ lệ hộ
   * nghèo giảm 3% trở lên (còn 7%)": LE 7); "đạt tỷ lệ", "đạt mức" is at least the figure ("mỗi năm
   * tăng tối thiểu 20% cho đến khi đạt tỷ lệ 100%": GE 100, as "đạt 100%"); a level raised to is at
   * least the figure, as one reached: "nâng tỷ lệ 100% số huyện nông thôn mới" (nongthonvaphattrien
   * on Lâm Đồng's 2024 goal), "nâng … lên 100%" (GE 100, not a bare "100% …"). A level brought down
   * to is at most the figure whatever words part the verb from it: "Giảm tỷ lệ suy dinh dưỡng trẻ
   * em dưới 5 tuổi thể thấp còi xuống 29,5%" (Kon Tum's KH 1479/2022), "giảm tỷ lệ phát triển dân
   * số tự nhiên xuống còn được 1%" (Quảng Trị's NQ 06/2010). A bound on a level says the same with
   * "mức" (level) between it and its figure: "Phấn đấu giảm tỷ lệ thất nghiệp thành thị dưới mức
   * 2,3%" (Thừa Thiên Huế's KH 134/2021 on jobs: below 2,3, as "dưới 2,3%"), "trên mức 5%", "giảm
   * xuống mức 3%".
   */
  static final Pattern QUALIFIER =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:(?:dat|chiem)\\s+)?(?:tren|tu|toi\\s+thieu|it\\s+nhat"
              + "|khong\\s+(?:thap|it|nho)\\s+hon|khong\\s+duoi|(?:lon|nhieu|it|nho|thap)\\s+hon|hon"
              + "|duoi|khong\\s+vuot\\s+qua|khong\\s+qua|toi\\s+da|dat|chi\\s+chiem|chiem"
              + "|(?:giam|ha)\\s+(?:xuong\\s+)?con|(?:giam|ha)\\s+xuong"
              + "|(?:(?:giam|ha)\\s+)?(?:con|xuong)\\s+(?:khoang|tuong\\s+duong)"
              + "|xuong(?:\\s+con)?(?:\\s+duoc)?|con\\s+duoc"
              + "|duy\\s+tri(?:\\s+o)?(?:\\s+muc)?|con|dat\\s+(?:t[yi]\\s+le|muc)"
              + "|nang(?:\\s+t[yi]\\s+le)?(?:\\s+len)?|len)"
              + "(?:\\s+muc)?\\s+$");

  /** The longest text of a count brought down and its word of share ({@link #COUNT_DOWN_SHARE}). */
  static final int MAX_COUNT_DOWN = 60;

  /**
   * A count brought down to, then its share, on folded text just before the share's figure: the
   * share is at most the figure, as the count is ("phấn đấu giảm tỷ lệ hộ nghèo cuối năm xuống còn
   * 431 hộ, chiếm tỷ lệ 1,07% so với số hộ toàn huyện", Châu Đức's 2020 chỉ tiêu on
   * baobariavungtau; "giảm số hộ nghèo còn 120 hộ, bằng 0,9%").
   */
  static final Pattern COUNT_DOWN_SHARE =
      Pattern.compile(
          "\\b(?:xuong|con)(?:\\s+(?:con|khoang|duoi))*\\s+\\d[\\d.,]*\\s+[^\\d,;:%()]{1,20},"
              + "\\s*(?:chiem|bang)(?:\\s+(?:ty\\s+le|khoang))?\\s+$");

  /**
   * What follows the base of a change, on folded text: "từ 4,0% xuống còn 3,3 - 3,5%" (a thesis
   * quoting a province's orientation to 2020), "từ 33% năm 2020 lên 38% năm 2025", "từ 19,32% đầu
   * năm 2018 xuống còn 12,72% cuối năm 2020" (tuyenquangtv.vn's draft poverty plan): the figure
   * after "từ" is where the change starts, not a goal; the goal is the figure it goes to.
   */
  static final Pattern CHANGE_TO =
      Pattern.compile(
          "\\s*(?:\\(?(?:(?:dau|cuoi|giua)\\s+)?(?:nam\\s+)?\\d{4}\\)?\\s*)?,?\\s*(?:xuong|len)\\b");

  /** A qualifier that gives a share without a direction: "chiếm 42%". */
  static final Pattern SHARE_ONLY = Pattern.compile("chiem\\s+");

  /**
   * "Đạt" alone before a share, a level whose direction the subject gives when it is a share of a
   * structure ("Tỷ trọng lao động nông nghiệp trong tổng lao động xã hội đạt 47%",
   * daihoi13.dangcongsan.vn on Hạ Hòa's 2020-2025 goals: a share to bring down).
   */
  static final Pattern LEVEL_ONLY = Pattern.compile("dat\\s+");

  /**
   * A bound (folded) put on a level: "dưới mức", "trên mức", "không quá mức", "xuống mức"; not "ở
   * mức", "đạt mức", where "mức" is the level kept or reached.
   */
  private static final Pattern BOUND_ON_LEVEL =
      Pattern.compile("(?:tren|duoi|hon|qua|toi da|toi thieu|it nhat|xuong|con) muc$");

  /** A qualifier (folded) ending on "không thấp hơn", "không ít hơn", "không nhỏ hơn": at least. */
  private static final Pattern NOT_LESS = Pattern.compile("khong (?:thap|it|nho) hon$");

  /** A qualifier (folded) ending on "ít hơn", "nhỏ hơn", "thấp hơn": less than. */
  private static final Pattern LESS = Pattern.compile("(?:it|nho|thap) hon$");

  static Comparison comparison(String qual, String tail, BigDecimal value) {
    String q = qual == null ? "" : Fold.fold(qual);
    if (q.endsWith(" duoc")) {
      // "xuống còn được 1%": down to, as "xuống còn 1%"
      q = q.substring(0, q.length() - " duoc".length());
    }
    if (BOUND_ON_LEVEL.matcher(q).find()) {
      // "dưới mức 2,3%": the bound before "mức" (level) is the comparison, as "dưới 2,3%"
      q = q.substring(0, q.length() - " muc".length());
    }
    String t = tail == null ? "" : Fold.fold(tail);
    if (t.contains("tro xuong")) {
      return Comparison.LE;
    }
    if (q.endsWith("khong duoi") || NOT_LESS.matcher(q).find()) {
      // "không dưới 90%", "không ít hơn 90%": not below, at least
      return Comparison.GE;
    }
    if (q.endsWith("tren") || q.endsWith("hon") && !LESS.matcher(q).find()) {
      // "trên 98%", "hơn 90%", "lớn hơn 90%"
      return Comparison.GT;
    }
    if (q.endsWith("duoi") || q.endsWith("hon")) {
      // "dưới 5%", "ít hơn 5%", "thấp hơn 5%"
      return Comparison.LT;
    }
    if (q.endsWith("khong qua")
        || q.endsWith("toi da")
        // "chỉ chiếm 10%": only so much, at most ("Chi phí trung bình cho chuyển phát và hoàn tất
        // đơn hàng chặng cuối chỉ chiếm 10% giá thành sản phẩm", the e-commerce plan 2021-2025)
        || q.endsWith("chi chiem")
        || q.endsWith("khong vuot qua")
        || q.equals("con")
        || q.endsWith(" con")
        || q.endsWith("xuong")
        || q.endsWith("con khoang")
        || q.endsWith("xuong khoang")
        || q.endsWith("xuong tuong duong")) {
      // "còn khoảng 25%", "giảm xuống khoảng 20%": down to about, at most; "giảm xuống tương
      // đương 12% - 15%" (Quyết định 2229/QĐ-TTg on logistics costs): down to the equivalent of
      return Comparison.LE;
    }
    if (!q.isEmpty() || !t.isEmpty()) {
      return Comparison.GE;
    }
    return value.compareTo(BigDecimal.valueOf(100)) == 0 ? Comparison.EQ : Comparison.GE;
  }

  private Qualifiers() {}
}
