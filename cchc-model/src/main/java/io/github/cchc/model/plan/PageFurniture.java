package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * The parts of a news page around its text that are no part of it, on folded text: the title of a
 * block of links to other pages ("Bài liên quan") and a photo's credit ("Ảnh minh họa").
 */
final class PageFurniture {
  /**
   * A photo's credit or caption tag on its own: "Ảnh minh họa", "Ảnh: Vân Khánh", "(Ảnh: TTXVN)".
   */
  private static final Pattern PHOTO_CREDIT =
      Pattern.compile("^\\(?anh(?:\\s+minh\\s+hoa)?(?:\\s*:\\s*[^.:;%]{0,60})?\\)?\\.?$");

  /**
   * True when the (folded) sentence is only a photo's credit: it stands between a page's sentences
   * and tells nothing ("Đồng Tháp phấn đấu là … . Ảnh minh họa⏎Cụ thể, đến 2023, …", congluan.vn on
   * the Đồng Tháp master plan: "Cụ thể" goes on with the goal before the credit).
   */
  static boolean photoCredit(String folded) {
    return PHOTO_CREDIT.matcher(folded).matches();
  }

  /**
   * The title of a news page's block of links to other pages, on a line of its own, on folded text:
   * "Bài liên quan", "Tin liên quan", "Bài viết liên quan", "Tin cùng chuyên mục", "Các tin khác",
   * "Xem thêm", "Đọc thêm", "Có thể bạn quan tâm".
   */
  private static final Pattern RELATED_LINKS =
      Pattern.compile(
          "^(?:(?:bai|tin)(?:\\s+viet)?\\s+lien\\s+quan|tin\\s+cung\\s+chuyen\\s+muc"
              + "|(?:cac\\s+)?tin\\s+khac|xem\\s+them|doc\\s+them|co\\s+the\\s+ban\\s+quan\\s+tam)"
              + "\\s*:?\\s*$");

  /**
   * True when the (folded) line titles a block of links to other pages: the headlines under it are
   * other pages' ("Bài liên quan" over "HSBC: GDP Việt Nam năm nay dự báo tăng 5% và tăng 6,3% vào
   * năm 2024", "WB: GDP Việt Nam sẽ tăng lên 6,5% trong các năm 2025 - 2026", doanhnghiephoinhap.vn
   * on the 2030 GDP goal: forecasts by others, not the page's goals).
   */
  static boolean titlesRelatedLinks(String folded) {
    return RELATED_LINKS.matcher(folded).matches();
  }

  private PageFurniture() {}
}
