package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rank group whose size is written in words, on folded text: "nằm trong nhóm ba nước dẫn đầu
 * ASEAN" (doanhnhanvn on the Deputy Prime Minister's goal for the investment environment), "đưa
 * ngành thủy sản trở thành nhóm ba nước sản xuất và xuất khẩu thủy sản dẫn đầu thế giới" (infonet
 * on the fisheries strategy 339/QĐ-TTg), "thuộc nhóm năm tỉnh dẫn đầu". Only the numbers two to
 * ten, and only before the noun of the group ("tỉnh", "nước", "quốc gia", "địa phương", "thành
 * phố"), so that "nhóm sau" (the group below) and "nhóm năm 2025" name none. The leads are those of
 * {@link Ranks#RANK}, and "trở thành" (to become one of the group).
 */
final class RankInWords {
  private static final Map<String, Integer> NUMBERS =
      Map.of(
          "hai", 2, "ba", 3, "bon", 4, "nam", 5, "sau", 6, "bay", 7, "tam", 8, "chin", 9, "muoi",
          10);

  private static final Pattern GROUP_IN_WORDS =
      Pattern.compile(
          "(?:(?:nam|dung|xep(?:\\s+hang)?|luon)\\s+(?:trong|thuoc)\\s+|(?:trong|thuoc|vao)\\s+"
              + "|\\blot\\s+|\\bvuon\\s+len\\s+|\\btro\\s+thanh\\s+|huong\\s+(?:den|toi)\\s+"
              + "|(?<=phan\\s{1,3}dau\\s{1,3}))"
              + "(?:nhom|top)\\s+(?<rank>hai|ba|bon|nam|sau|bay|tam|chin|muoi)\\s+"
              + "(?:tinh|nuoc|quoc\\s+gia|dia\\s+phuong|thanh\\s+pho)\\b"
              + "(?:\\s+(?:dan\\s+dau|dung\\s+dau|hang\\s+dau))?");

  private RankInWords() {}

  /** The rank groups written in words in a (folded) sentence: {start, end, size} each. */
  static List<int[]> in(String folded) {
    List<int[]> out = new ArrayList<>();
    if (!folded.contains("nhom") && !folded.contains("top")) {
      return out;
    }
    Matcher m = GROUP_IN_WORDS.matcher(folded);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end(), NUMBERS.get(m.group("rank"))});
    }
    return out;
  }
}
