package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rank targets, on folded text: a group to be in ("nằm trong nhóm 30 tỉnh", "Top 3"), a place in a
 * ranking ("xếp thứ 3/14 tỉnh", "vị trí ≤ 30"), one of the leaders ("1 trong 5 địa phương dẫn đầu")
 * and a further rank in a list of ranks.
 */
final class Ranks {
  /**
   * A rank target: "nằm trong nhóm 30 tỉnh", "thuộc nhóm 20 tỉnh, thành phố đứng đầu", "trong nhóm
   * 5 địa phương dẫn đầu", "vào nhóm 4 nước dẫn đầu", "lọt nhóm 15 địa phương dẫn đầu", "trong Top
   * 3", "phấn đấu Top 3", "trong nhóm 30/63 tỉnh, thành phố"; a rank risen to: "vươn lên top 55 vào
   * năm 2030" (opendevelopment.vn on the GII labour goals), "vươn lên nhóm 10 tỉnh dẫn đầu"; the
   * group kept or named with both words: "duy trì chỉ số HDI của tỉnh ở nhóm 5 tỉnh, thành phố đứng
   * đầu cả nước" (qdnd on Quảng Ninh's plan), "nằm trong nhóm Top 20" (Khánh Hòa's DTI plan). A
   * group cut off by the end of an excerpt ("Việt Nam thuộc nhóm 50 n", the last words of
   * mic.gov.vn's page on programme 749) names no group to be in, and is not one; nor is a share
   * after the word ("trong nhóm 100 %": the share is read, and the two hits no longer overlap,
   * which made the reader throw). The group's word may announce its sizes after a colon: "Việt Nam
   * thuộc nhóm: 70 nước dẫn đầu về Chính phủ điện tử (EGDI); 50 nước dẫn đầu về công nghệ thông tin
   * (IDI)" (Nghị quyết 175/NQ-CP's Đề án on the national data centre).
   */
  static final Pattern RANK =
      Pattern.compile(
          "(?:(?:nam|dung|xep(?:\\s+hang)?|luon)\\s+(?:trong|thuoc)\\s+|(?:trong|thuoc|vao|(?<!\\p{L})o)\\s+"
              + "|\\blot\\s+|\\bvuon\\s+len\\s+"
              + "|huong\\s+(?:den|toi)\\s+"
              // a group kept: "giữ vững top 10 toàn cầu", "giữ vững vị trí \"top\" 10 địa phương"
              + "|\\bgiu(?:\\s+vung)?\\s+(?:vi\\s+tri\\s+)?"
              + "|(?<=phan\\s{1,3}dau\\s{1,3}))"
              + "[\"“”]?(?:nhom\\s+top|nhom|top)[\"“”]?(?:\\s*:)?\\s+(?<rank>\\d+)(?:/\\d+)?\\b(?!\\s?%|\\s+\\p{L}{1,2}$)"
              + "(?:\\s+(?:tinh,\\s+thanh\\s+pho|tinh|dia\\s+phuong|don\\s+vi|co\\s+quan|bo"
              + "|nuoc|quoc\\s+gia))?(?:\\s+(?:dan\\s+dau|dung\\s+dau|cao\\s+nhat))?");

  /**
   * A place in a ranking: "xếp 20/63 tỉnh", "xếp vị trí 10 - 15/63 tỉnh, thành phố" (a range: its
   * worst place, 15), "vị trí 5/14 tỉnh vùng", "xếp thứ 3/14 tỉnh"; after a comma ({@code lead}
   * absent) a place goes on a list a place opened: "…, 3/14 tỉnh vùng Bắc Trung bộ". The whole
   * ranked may be named by where it is, not by its units: "chỉ số cải cách hành chính cấp tỉnh (PAR
   * INDEX) xếp hạng 15/34 trên cả nước" (An Giang's 2026 chỉ tiêu on sggp.org.vn), "xếp thứ 10/63
   * toàn quốc".
   */
  static final Pattern PLACE =
      Pattern.compile(
          "(?:(?<lead>\\bxep(?:\\s+hang)?\\s+(?:(?:vi\\s+tri|thu)\\s+)?|\\bvi\\s+tri\\s+(?:thu\\s+)?)"
              + "|(?<=[,;]\\s{1,3}))"
              + "(?:\\d{1,2}\\s*[-–]\\s*)?(?<rank>\\d{1,2})/\\d{1,3}\\s+"
              + "(?:tinh|dia\\s+phuong|don\\s+vi|bo|co\\s+quan|huyen|xa|nuoc|quoc\\s+gia"
              + "|(?:tren\\s+)?ca\\s+nuoc|toan\\s+quoc)\\b");

  /**
   * A place at most, written with a sign: "Chỉ số đổi mới sáng tạo toàn cầu (GII) đứng vị trí ≤ 30"
   * (Bộ KH&CN's Quyết định 149 on most.gov.vn), "xếp hạng <= 40": within the first N.
   */
  static final Pattern PLACE_AT_MOST =
      Pattern.compile(
          "\\b(?:(?:dung|xep)\\s+(?:o\\s+)?(?:vi\\s+tri|thu\\s+hang|hang)(?:\\s+thu)?|xep\\s+hang"
              + "|vi\\s+tri|thu\\s+hang)\\s*(?:≤|<=|=<)\\s*(?<rank>\\d{1,3})\\b");

  /**
   * A rank target as one of the leaders: "trở thành 1 trong 5 địa phương dẫn đầu cả nước", "là một
   * trong 10 tỉnh đứng đầu", "1 trong 3 đầu tàu phát triển kinh tế của vùng" (a noun of leading:
   * "đầu tàu", "cực tăng trưởng"): within the first N. The leaders must be named ("dẫn đầu", "đứng
   * đầu", "đầu tàu", or the highest of a measure: "là một trong 10 tỉnh, thành phố có thu nhập bình
   * quân đầu người cao nhất cả nước", thuonghieudoanhnghiep on Ninh Bình's plan), so a place
   * reported ("xếp hạng 1 trong số 34 tỉnh") is not one.
   */
  static final Pattern ONE_OF_LEADERS =
      Pattern.compile(
          "\\b(?:1|mot)\\s+trong\\s+(?:so\\s+)?(?:nhung\\s+)?(?<rank>\\d{1,2})\\s+"
              + "(?:(?:tinh,\\s+thanh\\s+pho|tinh,\\s+thanh|tinh|dia\\s+phuong|don\\s+vi|co\\s+quan|bo"
              + "|nuoc|quoc\\s+gia)\\s+(?:dan\\s+dau|dung\\s+dau|co\\s+[^.;%]{1,60}?\\s+cao\\s+nhat)"
              + "|dau\\s+tau|cuc\\s+tang\\s+truong)\\b");

  /**
   * A further rank in a list of ranks, after a comma: "thuộc nhóm 3 nước dẫn đầu ASEAN, nhóm 50
   * nước đứng đầu thế giới"; after "và" too, the leaders named "hàng đầu": "vào nhóm 3 nước dẫn đầu
   * ASEAN và nhóm 30 quốc gia hàng đầu thế giới vào năm 2028" (vietnamnet.vn on the Government's
   * programme). The leaders must be named, and a rank must come before it; or the group's noun and
   * leaders are left to the rank before, the field named after "về" ("thuộc nhóm 5 địa phương đứng
   * đầu về chính phủ điện tử; nhóm 3 địa phương dẫn đầu về công nghệ thông tin, nhóm 3 về an toàn,
   * an ninh mạng", saigondautu.com.vn on HCM City's e-government plan), or the contest after "tại"
   * ("duy trì trong tốp 2 tại các kỳ SEA Games, trong tốp 15 tại các kỳ ASIAD và tốp 50 tại các kỳ
   * Olympic", the sports strategy to 2030 on baochinhphu). The size is group {@code rank}, or
   * {@code bare} where the group's word is left to the rank before ({@link #listedRank}): after
   * "và" or a semicolon, the size with its noun and its leaders alone, as a list announced by
   * "thuộc nhóm:" goes on ("…; 50 nước dẫn đầu về công nghệ thông tin (IDI); 40 nước dẫn đầu về an
   * toàn, an ninh mạng (GCI)", Nghị quyết 175/NQ-CP), or "thuộc nhóm 3 nước dẫn đầu ASEAN và 30
   * quốc gia hàng đầu thế giới" (the appendix of Nghị quyết 109/NQ-CP).
   */
  static final Pattern LISTED_RANK =
      Pattern.compile(
          "(?<=(?:[,;]|\\bva)\\s{1,3})(?:nhom|top)\\s+(?<rank>\\d+)\\s+"
              + "(?:(?:tinh,\\s+thanh\\s+pho|tinh|dia\\s+phuong|don\\s+vi|co\\s+quan|bo|nuoc|quoc\\s+gia)"
              + "\\s+(?:dan\\s+dau|dung\\s+dau|hang\\s+dau)|ve|tai)\\b"
              // the group's word left to the rank before, its leaders named after what they have:
              // "thuộc nhóm ba quốc gia dẫn đầu … và 50 quốc gia có năng lực cạnh tranh du lịch
              // hàng đầu thế giới" (the tourism strategy to 2030 on tapchidulich)
              + "|(?<=(?:;|\\bva)\\s{1,3})(?<bare>\\d{1,3})\\s+(?:nuoc|quoc\\s+gia|tinh|dia\\s+phuong"
              + "|thanh\\s+pho)\\s+(?:co\\s+[^.;,%]{1,60}?\\s)?(?:dan\\s+dau|dung\\s+dau|hang\\s+dau)\\b");

  /** The size of the group a {@link #LISTED_RANK} match names. */
  static String listedRank(Matcher listed) {
    String rank = listed.group("rank");
    return rank != null ? rank : listed.group("bare");
  }

  private Ranks() {}
}
