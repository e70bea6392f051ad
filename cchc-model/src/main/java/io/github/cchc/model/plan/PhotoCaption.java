package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo's caption on a line of its own, told by the credit that closes it, on folded text: "… tại
 * TP. Lạng Sơn. Ảnh: Đ.X", "Ảnh minh họa (Ảnh: Ngọc Thắng)", "… - ảnh 1" (the numbered photo of a
 * page's copy), "… (Ảnh: minh hoạ)", "… Ảnh: Nhã Chi |". A caption stands outside the run of the
 * page's sentences: the page's paragraphs of goals go on across it ("… Triển khai cung cấp 100%
 * hàng hóa … OCOP …⏎Chương trình phổ cập kỹ năng số cộng đồng được tổ chức tại TP. Lạng Sơn. Ảnh:
 * Đ.X⏎100% các sự kiện văn hóa, du lịch của tỉnh được truyền thông số …", vietnamnet.vn on Lạng
 * Sơn's 2025 plan of digital transformation): what the sentences before it told goes on to the
 * sentences after it, with what the caption tells itself, and a caption opening the text leaves the
 * text's first sentence to the line after it ("Ảnh minh họa (Ảnh: Ngọc Thắng)⏎Theo đó, Thành phố sẽ
 * duy trì …", tphcm.dangcongsan.vn).
 */
final class PhotoCaption {
  /**
   * The credit closing a caption: "Ảnh: Đ.X", "(Ảnh: Kontumtv)", "ẢNH: PHÚ THÀNH", "– Ảnh: Thanh
   * Nhã", "Ảnh minh họa", a photo's number "- ảnh 1", with a trailing full stop or a "|" of a
   * page's copy. The credit's name is short and holds no colon, semicolon, percentage or bracket,
   * and no sentence after a full stop ("Ảnh: Đ.X", "Ảnh: T. Hà", not "Ảnh: VGP. Thủ tướng chủ trì
   * …").
   */
  private static final Pattern CREDIT_CLOSING =
      Pattern.compile(
          "(?:^|[\\s.(–-])\\(?anh(?:\\s*:\\s*[^:;%()\\s](?:[^:;%().]|\\.(?!\\s\\S{3})){0,39}"
              + "|\\s+minh\\s+hoa)\\)?"
              + "\\s?\\.?\\s?\\|?$"
              + "|\\s[-–]\\s?anh\\s\\d{1,2}$");

  /** The longest line read as a caption. */
  private static final int MAX_CAPTION = 300;

  private PhotoCaption() {}

  /**
   * A photo caption's credit ending its line, of a caption of any length (the summary lines of
   * {@link RestatedHeadline}), on folded text: "… . Ảnh: Nhã Chi |", "… (Ảnh mh)", "(Ảnh minh
   * họa)", "… . Ảnh minh họa", and the photo's number after a dash, glued or not, as baochinhphu's
   * layout prints it: "Đến năm 2030, khu vực doanh nghiệp đóng góp 65 - 70% GDP của cả nước- Ảnh
   * 1." (vccidanang's copy of a baochinhphu page on Nghị quyết 66/NQ-CP, under a sapo and a body
   * that state the goal).
   */
  private static final Pattern CREDIT_AT_END =
      Pattern.compile(
          "(?:\\(\\s*anh\\b[^()]{0,60}\\)|(?<!\\p{L})anh(?:\\s+minh\\s+hoa)?\\s*:[^.:;]{1,60}"
              + "|(?<=[.\\-–]\\s)anh\\s+minh\\s+hoa|(?<=[\\-–]|[\\-–]\\s)anh\\s+\\d{1,2})[\\s|.]*$");

  /**
   * Where the credit of a caption of any length ends the (folded) line ({@link RestatedHeadline}'s
   * summary lines); -1 when it has none.
   */
  static int creditStart(String folded) {
    Matcher m = CREDIT_AT_END.matcher(folded);
    return m.find() ? m.start() : -1;
  }

  /** True when the (folded, stripped) line is a photo's caption closed by its credit. */
  static boolean is(String folded) {
    return folded.length() <= MAX_CAPTION && CREDIT_CLOSING.matcher(folded).find();
  }

  /**
   * An image's name glued before its caption, on NFC text: the page's copy prints the picture's
   * alternative text, the headline with the photo's number, then the caption ("An Giang phấn đấu
   * giảm tỷ lệ hộ nghèo dân tộc thiểu số từ 3-4%/năm ảnh 1Người dân xã Nhơn Hưng, … vào mùa nước
   * nổi. Ảnh: Công Mạo - TTXVN", dantocmiennui on An Giang's poverty plan).
   */
  private static final Pattern IMAGE_NAME = Pattern.compile("^.+?\\s[Ảả]nh\\s\\d{1,2}(?=\\p{Lu})");

  /**
   * The (NFC, stripped) line without the image's name before its caption, when the rest is a
   * caption closed by its credit: the name restates the headline, it is no sentence of the page.
   */
  static String withoutImageName(String line) {
    Matcher m = IMAGE_NAME.matcher(line);
    if (!m.find()) {
      return line;
    }
    String caption = line.substring(m.end());
    return is(VietnameseText.fold(caption)) ? caption : line;
  }
}
