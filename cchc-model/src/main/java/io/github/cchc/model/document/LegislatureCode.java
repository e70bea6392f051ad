package io.github.cchc.model.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Quốc hội's code in a cited symbol ("QH14", "UBTVQH13") read back as issued where the citation
 * itself leaves one reading. Two classes of misprint:
 *
 * <ul>
 *   <li>a legislature's number at odds with the symbol's year: a Quốc hội sits for five years, so a
 *       year strictly inside one term has one legislature ("Luật Ngân sách nhà nước số
 *       83/2015/QH14", Nghị định 302/2025/NĐ-CP, corpus {@code unseen48}, is the law of 2015 of the
 *       thirteenth legislature, 83/2015/QH13). A year in which one term ended and the next began
 *       (2002, 2007, 2011, 2016, 2021) has two and is left as printed;
 *   <li>a Pháp lệnh cited with the Quốc hội's code alone: ordinances are passed by the Standing
 *       Committee, whose code is "UBTVQH" ("Pháp lệnh số 01/2018/QH14 ngày 22 tháng 12 năm 2018 sửa
 *       đổi, bổ sung một số điều của 04 Pháp lệnh có liên quan đến quy hoạch", Nghị quyết 07/2023
 *       of Cao Bằng, corpus {@code unseen45}, is 01/2018/UBTVQH14). A Nghị quyết may be either
 *       body's, so its code is left.
 * </ul>
 */
final class LegislatureCode {
  private LegislatureCode() {}

  /** "QH" or "UBTVQH" and the legislature's number. */
  private static final Pattern CODE = Pattern.compile("(UBTVQH|QH)(\\d{1,2})");

  /**
   * The first year of each legislature from the ninth (1992) to the sixteenth (2026): the
   * legislature of index {@code i} is the {@code FIRST_LEGISLATURE + i}-th.
   */
  private static final int[] TERM_START = {1992, 1997, 2002, 2007, 2011, 2016, 2021, 2026};

  private static final int FIRST_LEGISLATURE = 9;

  /**
   * Returns {@code n}, cited as a {@code type}, with its Quốc hội code as issued.
   *
   * @param n the cited number
   * @param type the type the citation names
   * @return the number with its code repaired, or {@code n}
   */
  static DocumentNumber repaired(DocumentNumber n, DocumentType type) {
    Matcher m = CODE.matcher(n.issuerCode());
    if (!m.matches() || !n.unitCodes().isEmpty()) {
      return n;
    }
    String body = m.group(1);
    int legislature = Integer.parseInt(m.group(2));
    if (n.year().isPresent()) {
      int sitting = legislatureOf(n.year().getAsInt());
      if (sitting > 0) {
        legislature = sitting;
      }
    }
    if (type == DocumentType.PHAP_LENH && n.typeCode().isEmpty()) {
      body = "UBTVQH";
    }
    String code = body + legislature;
    return code.equals(n.issuerCode())
        ? n
        : DocumentNumber.builder().from(n).issuerCode(code).build();
  }

  /** The legislature sitting through the whole of {@code year}, or 0 in a year terms changed. */
  private static int legislatureOf(int year) {
    for (int i = 0; i + 1 < TERM_START.length; i++) {
      if (year > TERM_START[i] && year < TERM_START[i + 1]) {
        return FIRST_LEGISLATURE + i;
      }
    }
    return 0;
  }
}
