package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A figure that counts the noun phrase right after it, the words before it naming no measure: "Đồng
 * Tháp phấn đấu trên 92% dân số tham gia bảo hiểm y tế", "Bắc Ninh phấn đấu đến năm 2025, toàn tỉnh
 * có 50% số xã đạt chuẩn Nông thôn mới nâng cao", "Cụ thể, phấn đấu 96% tỷ lệ văn bản …", "giảm gần
 * 4% hộ nghèo", "giải ngân 100% vốn đầu tư công do Thủ tướng giao", "Bên cạnh đó, trên 30% bộ,
 * ngành, địa phương triển khai …". In Vietnamese a share written before a noun ("80% chi bộ", "4%
 * hộ nghèo") quantifies that noun: it is what the figure measures, while the words before the
 * figure (an actor, a time, a verb of intent, change or action, "có", a connective) only say who
 * strives, when, and how. The subject is the noun phrase after the figure.
 *
 * <p>Not this class: the last clause before the figure names a measure itself ("tỷ lệ hộ nghèo giảm
 * 2%", "tốc độ tăng trưởng GRDP đạt 7%"), the figure is a share of a whole written after it ("chiếm
 * 20% GRDP", "đạt 100% dự toán", "45% diện tích"), or a word after the figure opens no noun phrase
 * ("2%/năm", "5% so với năm 2020", "95% trở lên", "80% vào năm 2025", "30%, 20%").
 */
final class ObjectOfFigure {
  private ObjectOfFigure() {}

  /**
   * The head nouns of a measure, on folded text: a rate, a share, a speed, a growth, a value, an
   * income, a level, an index, the national or provincial product, revenue, productivity, the cover
   * of forest, a structure, a turnover, an interest rate, a scale, a contribution, a count ("số
   * lượng", and "số" opening its clause: "số hộ nghèo giảm 2%"). Not "mục tiêu", the goal, nor "mục
   * đích", the purpose ("Mục đích của chiến dịch là bảo đảm 95% trẻ từ đủ 6 tháng …": the figure
   * counts the children after it).
   */
  private static final Pattern MEASURE =
      Pattern.compile(
          "\\b(?:t[yi]\\s+(?:le|trong)|toc\\s+do|tang\\s+truong|gia\\s+tri|thu\\s+nhap"
              + "|muc(?!\\s+(?:tieu|dich))|chi\\s+so|grdp|gdp|thu\\s+ngan\\s+sach|nang\\s+suat"
              + "|che\\s+phu|co\\s+cau|kim\\s+ngach|lai\\s+suat|quy\\s+mo|dong\\s+gop|so\\s+luong"
              + "|doanh\\s+thu|san\\s+luong|dien\\s+tich|lam\\s+phat|cpi)\\b"
              + "|^(?:tong\\s+)?so\\s+(?!voi\\b)");

  /**
   * The words that can follow a figure and open no noun phrase it counts, on folded text:
   * prepositions, conjunctions, words of time, of comparison ("so với", and "so" alone before its
   * base: "tăng 8 – 9% so cùng kỳ năm 2022", "so năm 2022") and of direction, adverbs; and the
   * wholes a share is taken of (the product, a total, the estimate, the plan, a goal, the area, the
   * population as a whole).
   */
  private static final Pattern NO_OBJECT =
      Pattern.compile(
          "^(?:(?:so\\s+voi|so\\s+cung\\s+ky|so\\s+nam\\s+(?:\\d{4}|truoc)|tro\\s+len|tro\\s+xuong|vao|trong|nam|moi|hang|den|toi|va|thi|la|cua"
              + "|cho|theo|tai|o|do|voi|khi|nhung|sau|truoc|tu|len|xuong|hoac|hay|binh\\s+quan|ma"
              + "|duoc|da|se|ca|tro|vuot|cao|thap|tang|giam|dat|tren|duoi|khoang|it\\s+nhat"
              + "|toi\\s+thieu|toi\\s+da|nua|nhu|giai\\s+doan|ve|dong\\s+thoi|grdp|gdp|tong"
              + "|du\\s+toan|ke\\s+hoach|chi\\s+tieu|muc\\s+tieu|nhiem\\s+ky)\\b"
              + "|(?:dan\\s+so|so\\s+luong|dien\\s+tich(?:\\s+tu\\s+nhien)?)\\s*(?:[,;.)]|$)"
              // the whole a share is taken of, named by its place: "đạt 27,5% số xã của tỉnh;"
              + "|(?:tong\\s+)?so\\s+[^,;.()]{1,30}?\\s+cua\\s+"
              + "(?:tinh|huyen|thanh\\s+pho|thi\\s+xa|quan|xa|phuong|ca\\s+nuoc)\\s*(?:[,;.)]|$))");

  /**
   * The end of the words before a figure that make it a goal's own value or a reach, on folded
   * text: a goal named as a result's yardstick ("cao hơn chỉ tiêu 10% Chính phủ giao", "vượt mức
   * chỉ tiêu 10% do Chính phủ giao": the figure is the goal's, what follows says who set it; not a
   * goal set there, "Kế hoạch đặt chỉ tiêu 100% bộ, ngành, địa phương triển khai …", which is the
   * class's), a verb of cover after the thing that covers ("hạ tầng mạng băng rộng cáp quang phủ
   * 100% trường học": the thing covers, the share is its reach).
   */
  private static final Pattern GOAL_OR_COVER_BEFORE =
      Pattern.compile(
          "(?:\\b(?:vuot(?:\\s+xa)?(?:\\s+muc)?|cao\\s+hon|thap\\s+hon|bang|so\\s+voi)\\s+"
              + "(?:cac\\s+)?(?:chi\\s+tieu|ke\\s+hoach|muc\\s+tieu|nghi\\s+quyet)"
              + "(?:\\s+(?:de\\s+ra|dat\\s+ra|duoc\\s+giao|giao))?"
              + "|\\S+\\s+\\S+\\s+(?:bao\\s+)?phu(?:\\s+song)?)$");

  /** A word right after the figure: one space, then a letter. */
  private static final Pattern WORD_NEXT = Pattern.compile("^ \\p{L}");

  /**
   * True when the figure {@code [start, end)} of the folded sentence counts the noun phrase right
   * after it, the words before it naming no measure.
   *
   * @param f the sentence, folded
   * @param segStart where the words before the figure start (the end of the figure before, or 0)
   * @param start where the figure starts, its words of comparison with it
   * @param end where the figure ends
   */
  static boolean counts(String f, int segStart, int start, int end) {
    if (f.startsWith("chiem", start)) {
      // "chiếm 20% GRDP", "chiếm 30% tổng số": a share of what is before it
      return false;
    }
    String after = f.substring(end);
    if (!WORD_NEXT.matcher(after).lookingAt()
        || NO_OBJECT.matcher(after.substring(1)).lookingAt()) {
      return false;
    }
    String clause = lastClause(f.substring(segStart, start));
    return !MEASURE.matcher(clause).find()
        && !GOAL_OR_COVER_BEFORE
            .matcher(clause)
            .region(Math.max(0, clause.length() - Subjects.TAIL), clause.length())
            .find();
  }

  /** True when the (folded) text names a measure ({@link #MEASURE}). */
  static boolean namesMeasure(String folded) {
    return MEASURE.matcher(folded).find();
  }

  /** The words after the last separator of a clause, of a list, a colon or a bracket. */
  private static String lastClause(String before) {
    int cut = -1;
    for (int i = 0; i < before.length(); i++) {
      if (",;:()".indexOf(before.charAt(i)) >= 0) {
        cut = i;
      }
    }
    return before.substring(cut + 1).strip();
  }
}
