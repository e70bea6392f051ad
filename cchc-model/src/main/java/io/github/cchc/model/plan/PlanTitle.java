package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page titled by the plan it gives, on folded text: a first line that opens on a document setting
 * goals (after a place and a colon, as news sites title a district's news) and names its year or
 * period, no earlier than the latest year the page names: "Kế hoạch Kinh tế - xã hội giai đoạn
 * 2021-2025" over Bình Định's chỉ tiêu (skhdt.binhdinh.gov.vn), "Chợ Đồn: Nghị quyết của HĐND huyện
 * về nhiệm vụ và giải pháp phát triển kinh tế – xã hội, đảm bảo quốc phòng – an ninh năm 2012"
 * (backan.gov.vn). The page is the plan's account: its figures, changes by an amount among them
 * ("Tổng sản phẩm địa phương GRDP bình quân hàng năm tăng 7,0 - 7,5%"), are the plan's goals until
 * one is told as a result. A title about how a plan went ("Kết quả thực hiện Kế hoạch …", "Sơ kết
 * …", "Báo cáo …"), or about a period the page goes beyond, is no plan's title.
 */
final class PlanTitle {
  /** A title opening on a document that sets goals, after a place and a colon if any. */
  private static final Pattern TITLE =
      Pattern.compile("^(?:[^:%\\d]{1,40}:\\s*)?" + PlanAccount.PLAN_DOCUMENT + "\\b[^%]{0,200}$");

  /** Words of a title about how a plan went, not about the plan. */
  private static final Pattern ABOUT_RESULTS =
      Pattern.compile(
          "\\b(?:ket\\s+qua|danh\\s+gia|tinh\\s+hinh|so\\s+ket|tong\\s+ket|bao\\s+cao|hoan\\s+thanh)\\b");

  /** A year in the title. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  private PlanTitle() {}

  /**
   * True when the (folded) first line of a page titles it by a plan for a year or period no earlier
   * than {@code latestYear}, the latest the page names.
   */
  static boolean titlesPlanAhead(String folded, int latestYear) {
    if (!TITLE.matcher(folded).matches() || ABOUT_RESULTS.matcher(folded).find()) {
      return false;
    }
    int last = 0;
    Matcher y = YEAR.matcher(folded);
    while (y.find()) {
      last = Math.max(last, Integer.parseInt(y.group()));
    }
    return last > 0 && last >= latestYear;
  }
}
