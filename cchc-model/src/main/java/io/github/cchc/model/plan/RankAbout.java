package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rank is in, named after it by "về": "Theo đó, tỉnh Hải Dương đặt ra những chỉ tiêu đến năm
 * 2030: Thuộc nhóm 20 địa phương dẫn đầu cả nước về ứng dụng, chuyển giao khoa học, công nghệ và
 * đổi mới sáng tạo với tiềm lực …" (lienhiephoihaiduong.vn on Hải Dương's Kế hoạch 726), "Hải Phòng
 * phấn đấu trong Top 3 địa phương dẫn đầu cả nước về cải cách hành chính", "Tỉnh Gia Lai đặt mục
 * tiêu lọt nhóm 15 địa phương dẫn đầu cả nước về chỉ số chuyển đổi số (DTI)". When the words before
 * the rank name no measure (an actor, a time, a word of intent), what is measured is the field
 * after "về", up to the end of its clause or a word that goes on to something else ("với", "vào
 * năm", "trong năm", "theo"). A rank whose index is named before it keeps it ("Chỉ số PCI nằm trong
 * nhóm 6 tỉnh, thành phố đứng đầu cả nước").
 */
final class RankAbout {
  private RankAbout() {}

  /** "về" soon after the rank's group, on folded text, nothing closing the clause between. */
  private static final Pattern ABOUT = Pattern.compile("^[^;.]{0,40}?\\bve\\s+(?=\\p{L})");

  /** Where the field ends, on folded text. */
  private static final Pattern FIELD_END =
      Pattern.compile(
          "[;.]|\\s+(?:voi|vao\\s+nam|trong\\s+(?:nam|\\d)|den\\s+nam|theo|va\\s+(?:nhom|top)"
              + "|doi\\s+hoi)\\b|,\\s+(?:doi\\s+hoi|dong\\s+thoi|tien\\s+phong)\\b");

  /** The longest field read. */
  private static final int MAX = 160;

  /**
   * The field after "về" following the rank ending at {@code end} of the sentence {@code s} ({@code
   * f} folded), up to {@code segEnd}; "" when there is none or the words from {@code segStart} to
   * the rank's {@code start} name a measure.
   */
  static String field(String s, String f, int segStart, int start, int end, int segEnd) {
    String clause = f.substring(segStart, start);
    int cut = Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':'));
    if (ObjectOfFigure.namesMeasure(clause.substring(cut + 1))) {
      return "";
    }
    Matcher about = ABOUT.matcher(f).region(end, segEnd);
    if (!about.lookingAt()) {
      return "";
    }
    int from = about.end();
    int to = Math.min(segEnd, from + MAX);
    Matcher stop = FIELD_END.matcher(f).region(from, to);
    if (stop.find()) {
      to = stop.start();
    }
    String field = Subjects.withoutLeadIn(Subjects.clean(s.substring(from, to)));
    return Subjects.words(field) >= 2 ? field : "";
  }
}
