package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The budget deficit a budget estimate passed sets: "Quốc hội quyết nghị: Thông qua dự toán ngân
 * sách nhà nước (NSNN) năm 2026 … Mức bội chi NSNN là 605.800 tỷ đồng, tương đương 4,2% tổng sản
 * phẩm trong nước (GDP), gồm: Bội chi ngân sách trung ương là 583.700 tỷ đồng, tương đương 4% GDP;
 * …" (Nghị quyết 245/2025/QH15 on the 2026 estimate, as a news page gives it). The deficit of an
 * estimate for a year still to come is the most the budget may run, a ceiling ({@link HeldDown}),
 * though it is given as an amount "tương đương" a share of GDP, the way a report gives a result.
 * Only in a text that passes or assigns such an estimate: the deficit of a year closed ("bội chi
 * năm 2024 là …, tương đương 3,4% GDP" in a report) stays a result.
 */
final class DeficitOfEstimate {
  private DeficitOfEstimate() {}

  /**
   * An estimate passed, assigned or decided, on folded text: "thông qua dự toán ngân sách nhà nước
   * (NSNN) năm 2026", "quyết định dự toán ngân sách nhà nước năm 2026", "giao dự toán NSNN năm
   * 2026"; the year is group {@code year}.
   */
  private static final Pattern ESTIMATE_PASSED =
      Pattern.compile(
          "\\b(?:thong\\s+qua|quyet\\s+dinh|quyet\\s+nghi|giao)\\s+du\\s+toan\\s+(?:ngan\\s+sach"
              + "(?:\\s+nha\\s+nuoc)?|nsnn)(?:\\s*\\(nsnn\\))?\\s+nam\\s+(?<year>(?:19|20)\\d{2})\\b");

  /**
   * A sentence giving the deficit's level as a share of GDP, on folded text: "mức bội chi NSNN là …
   * tỷ đồng, tương đương 4,2% tổng sản phẩm trong nước (GDP)", "bội chi ngân sách nhà nước khoảng
   * 4% GDP"; not a deficit cut ("giảm bội chi") nor one told as done ("đã", "thực hiện").
   */
  private static final Pattern DEFICIT_LEVEL =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:muc\\s+)?boi\\s+chi\\s+(?:ngan\\s+sach|nsnn)\\b(?:[^.;]|\\.(?=\\d)){0,120}?"
              + "\\d(?:[\\d,.]*)\\s?%\\s*(?:tong\\s+san\\s+pham|gdp)");

  private static final Pattern DONE = Pattern.compile("\\b(?:da|thuc\\s+hien|quyet\\s+toan)\\b");

  /**
   * True when the (folded) text passes or assigns a budget estimate for a year no earlier than
   * {@code latestYear}, the latest it names.
   */
  static boolean estimatePassed(String foldedText, int latestYear) {
    Matcher m = ESTIMATE_PASSED.matcher(foldedText);
    while (m.find()) {
      if (Integer.parseInt(m.group("year")) >= latestYear) {
        return true;
      }
    }
    return false;
  }

  /** True when the (folded) sentence gives the deficit's level as a share of GDP. */
  static boolean givesDeficit(String folded) {
    return DEFICIT_LEVEL.matcher(folded).lookingAt() && !DONE.matcher(folded).find();
  }
}
