package io.github.cchc.model.document;

import java.util.regex.Pattern;

/**
 * The news form of a headline, "Place: subject": a place's name of one to four capitalised words, a
 * colon and the subject in sentence case ("Chợ Đồn: Nghị quyết của HĐND huyện về nhiệm vụ …",
 * chodon.backan.gov.vn; "Lâm Đồng: Phấn đấu đạt tiêu chí …", daibieunhandan.vn; "Nghi Lộc: Hội nghị
 * giao chỉ tiêu …", nghiloc.nghean.gov.vn). Opening a page, such a line is its headline whatever
 * follows it (a section's heading, a numbered list, a lead the page wrapped): every page of the
 * corpus that opens with one (22 of them in November 2026) is titled by it. A body's sentence does
 * not open so: a label before a colon is in sentence case ("Kính gửi:", "Nơi nhận:", "Mục tiêu:").
 */
final class PlaceColonHeadline {
  private PlaceColonHeadline() {}

  /** A place's name before a colon and a capital: "Nghi Lộc: Hội nghị …", "Đồng Nai: …". */
  private static final Pattern PLACE_COLON =
      Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){0,3}:\\s+\\p{Lu}");

  /** True when the line {@code c} opens in the form "Place: subject". */
  static boolean opens(String c) {
    return PLACE_COLON.matcher(c.strip()).lookingAt();
  }
}
