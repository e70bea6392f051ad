package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure due by a year still ahead, the deadline told after it, right after a sentence that set
 * goals: "Năm 2016, cả nước phấn đấu giải quyết việc làm cho 1,5-1,6 triệu lao động, …. Tỷ lệ tham
 * gia bảo hiểm xã hội trong lực lượng lao động đạt 50% vào năm 2020, năm 2016 đạt 23 – 25%."
 * (cand.com.vn on the 2016-2020 employment goals). The sentence goes on with the goals before it,
 * as one opening on the deadline would ("Đến năm 2020, …"); a year earlier than the latest the text
 * names ("đạt 51,6% vào cuối năm 2015" in a page about 2016-2020) is a result's date, and a
 * sentence after no goal is read as before.
 */
final class DueAfterFigure {
  private DueAfterFigure() {}

  /**
   * On folded text: "50% vào năm 2020", "80% đến hết năm 2030", "90% trước năm 2025"; or the
   * deadline between the measure and its figure, "Tỷ lệ đô thị hóa đến năm 2025 đạt từ 60-62%, đến
   * năm 2030 đạt trên 75%" (hanict on Hà Nội's CTr 21), its year in group 2.
   */
  private static final Pattern DUE =
      Pattern.compile(
          "\\d\\s?%\\s+(?:vao|den|truoc)\\s+(?:het\\s+|cuoi\\s+)?(?:nam\\s+)?((?:19|20)\\d{2})\\b"
              + "|\\b(?:vao|den|truoc)\\s+(?:het\\s+|cuoi\\s+)?nam\\s+((?:19|20)\\d{2})\\s+(?:dat|la)\\s+"
              + "(?:(?:tu|tren|duoi|khoang|it\\s+nhat|toi\\s+thieu)\\s+)?\\d+(?:[,.]\\d+)?\\s?"
              + "(?:[-–]\\s?\\d+(?:[,.]\\d+)?\\s?)?%");

  /**
   * True when the folded sentence gives a figure due by a year no earlier than {@code latestYear}
   * (the latest the text names), the year after the figure.
   */
  static boolean dueAhead(String folded, int latestYear) {
    Matcher m = DUE.matcher(folded);
    while (m.find()) {
      if (Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) >= latestYear) {
        return true;
      }
    }
    return false;
  }
}
