package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure told as a forecast, not a goal (the corpus README's convention: "a forecast … is not a
 * goal"): "Tỉnh Quảng Ninh dự báo tăng trưởng kinh tế quý I năm 2026 đạt mức từ 12,08% đến 12,10%"
 * (tinvan, beside the province's goal "phấn đấu … trên 13%"), "Dự báo: Đến năm 2025, hơn 50% dân số
 * thế giới sẽ tiếp cận 5G." (thuvienphapluat on Nghị quyết 27/NQ-CP), "Thu do cơ quan thuế quản lý
 * … dự báo sẽ trên 86,1% tổng thu" (vnexpress), "GDP Việt Nam năm nay dự báo tăng 5%". What is
 * forecast is estimated, like "ước đạt" ({@link ResultWords}). The forecasting named as a task or a
 * measure ("nâng cao chất lượng công tác dự báo", "tỷ lệ dự báo chính xác đạt 80%") is no forecast
 * of the figure.
 */
final class Forecast {
  /**
   * On folded text: "Dự báo:" opening the sentence, "được dự báo", "dự báo sẽ", and "dự báo" as the
   * verb of a figure's change or level ("dự báo tăng", "dự báo đạt", "dự báo tăng trưởng …", "dự
   * báo GDP …"), not after a noun that makes it a task or a measure; and "Theo dự báo", "Theo dự
   * tính", "Theo ước tính" opening the sentence.
   */
  private static final Pattern FORECAST =
      Pattern.compile(
          "^du\\s+bao\\s*:|\\bduoc\\s+du\\s+bao\\b"
              // one's forecast or estimate opening the sentence as its source: "Theo dự tính của
              // Liên Hợp Quốc thì đến năm 2050 nước biển sẽ dâng 26 cm và 70% khu đô thị Sài Gòn
              // sẽ bị ngập lụt" (the Wikipedia page of Hồ Chí Minh City), "Theo một dự báo được
              // thực hiện đầu năm 2008 thì …"; not "Theo dự kiến", a plan's own expectation
              + "|^theo\\s+(?:mot\\s+|cac\\s+)?(?:du\\s+bao|du\\s+tinh|du\\s+doan|uoc\\s+tinh)\\b"
              + "|(?<!\\bty\\sle\\s)(?<!\\bcong\\stac\\s)(?<!\\bchat\\sluong\\s)(?<!\\bnang\\sluc\\s)"
              + "(?<!\\bhe\\sthong\\s)\\bdu\\s+bao\\s+(?:se|tang(?:\\s+truong)?|giam|dat|o\\s+muc"
              + "|toc\\s+do|gdp|grdp|lam\\s+phat|cpi)\\b");

  private Forecast() {}

  /**
   * Where the folded sentence's first forecast starts and ends ({@code [start, end)}), or {@code
   * null} when it tells none; the figures after it up to a word of intent are forecast ({@link
   * ResultWords#estimated}), a goal's words after them ("Tỉnh Quảng Ninh dự báo tăng trưởng kinh tế
   * quý I năm 2026 đạt mức từ 12,08% đến 12,10%, với các chỉ tiêu kinh tế quan trọng đều bám sát
   * kịch bản đề ra") do not make them goals.
   */
  static int[] span(String folded) {
    Matcher m = FORECAST.matcher(folded);
    return m.find() ? new int[] {m.start(), m.end()} : null;
  }

  /** True when the folded sentence tells its figure as a forecast. */
  static boolean told(String folded) {
    return FORECAST.matcher(folded).find();
  }
}
