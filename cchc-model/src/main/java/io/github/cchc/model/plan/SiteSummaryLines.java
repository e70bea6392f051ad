package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary lines a legal news site closes its pages with, as the crawled copies of
 * thuvienphapluat's news pages give them (thousands of files of {@code tnt305/tai_lieu_noi_bo}):
 * the photo's caption, the headline again ended by the credit "(Hình từ Internet)", and the closing
 * line "Trên đây là thông tin về "…"" quoting the headline. Both tell the page's headline again
 * (the Government office's Thông báo 596/TB-VPCP on the site: "Sẽ cắt giảm ít nhất 50% thủ tục đầu
 * tư xây dựng nhà ở xã hội theo yêu cầu của Thủ tướng (Thông báo 596/TB-VPCP năm 2025) (Hình từ
 * Internet)"), so their figures are summaries, as a caption's ending on "Ảnh: …" are ({@link
 * RestatedHeadline}).
 */
final class SiteSummaryLines {
  /** The site's caption credit ending a line, on folded text, with the copy's emphasis marks. */
  private static final Pattern CREDIT =
      Pattern.compile("\\(\\s*hinh\\s+tu\\s+internet\\s*\\)[\\s*_.|]*$");

  /**
   * The site's closing line quoting the headline, on folded text: "Trên đây là thông tin về "…"",
   * "Trên đây là "Chỉ thị 05: 100% hộ gia đình …"", "Trên đây là toàn bộ nội dung về "…"", or "Trên
   * đây là thông tin về" and the headline without quotes.
   */
  private static final Pattern RECAP =
      Pattern.compile(
          "^[\\s*_#]*tren\\s+day\\s+la\\s+(?:[^\"“:.]{0,40}[\"“]|thong\\s+tin\\s+ve\\b)");

  private SiteSummaryLines() {}

  /** True when the line is the site's caption or its closing line quoting the headline. */
  static boolean is(String line) {
    String f = VietnameseText.fold(line);
    return CREDIT.matcher(f).find() || RECAP.matcher(f).find();
  }

  /** The line without the site's caption credit at its end; the line itself when it has none. */
  static String withoutCredit(String line) {
    Matcher m = CREDIT.matcher(VietnameseText.fold(line));
    return m.find() ? line.substring(0, m.start()).strip() : line;
  }
}
