package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share a figure measures, when its subject runs over several shares of a list: the last clause
 * that names a share of its own ("tỷ lệ …", "tỷ trọng …" after a comma or a semicolon). In "giảm 1%
 * tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2021 - 2025, tỷ lệ người dân tham gia bảo hiểm
 * y tế 91%" (doanhnghiepthuonghieu on Đồng Tháp's new rural goals for 2021) the 91% is the share of
 * the insured, not of the poor: whether the share is one a plan brings down is read from its own
 * clause, not from the share listed before it.
 */
final class OwnShare {
  private OwnShare() {}

  /** A clause opening on a share, on folded text: ", tỷ lệ", "; tỉ trọng". */
  private static final Pattern SHARE_CLAUSE =
      Pattern.compile("[,;]\\s*(?=t[yi]\\s+(?:le|trong)\\b)");

  /** The folded subject from its last clause naming a share of its own, or the whole subject. */
  static String of(String folded) {
    Matcher m = SHARE_CLAUSE.matcher(folded);
    int start = 0;
    while (m.find()) {
      start = m.end();
    }
    return folded.substring(start);
  }
}
