package io.github.cchc.model.plan;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations a page defines for the figures of a plan, the plan's name followed by the
 * initials of its words in brackets: "kịch bản tăng trưởng (KBTT)" (cafef on Đắk Lắk's nine months
 * of 2025, "Tăng trưởng GRDP 9 tháng ước đạt 6,9% (kịch bản tăng trưởng (KBTT): 7,87%). Trong đó:
 * Khu vực nông, lâm nghiệp và thủy sản ước đạt 5,39% (KBTT: 5,44%); …"), "kế hoạch (KH)", "chỉ tiêu
 * kế hoạch (CTKH)". The growth scenario a province builds to reach its year's goal, quarter by
 * quarter and sector by sector, is the yardstick its results are judged against ("vượt kịch bản đề
 * ra"), as a plan's figure is: the corpus labels it a goal wherever its figure stands beside a
 * result (the settled rule of a goal a result is set against). The abbreviation must be made of the
 * initials of the name's words, so that a bracket naming something else ("(GRDP)", "(TFP)") is
 * none.
 */
final class PlanAbbreviations {
  private PlanAbbreviations() {}

  /**
   * On folded text: a plan's word ("kế hoạch", "kịch bản", "chỉ tiêu", "mục tiêu") and up to three
   * words after it, then a bracket of two to six letters.
   */
  private static final Pattern DEFINED =
      Pattern.compile(
          "(?<!\\p{L})((?:ke\\s+hoach|kich\\s+ban|chi\\s+tieu|muc\\s+tieu)(?:\\s+\\p{L}+){0,3})"
              + "\\s?\\(\\s?(\\p{L}{2,6})\\s?\\)");

  /**
   * The abbreviations the folded text defines for a plan's figures, in lower case; empty when none.
   */
  static Set<String> defined(String folded) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = DEFINED.matcher(folded);
    while (m.find()) {
      String[] words = m.group(1).split("\\s+");
      String abbreviation = m.group(2).toLowerCase(Locale.ROOT);
      StringBuilder initials = new StringBuilder();
      for (String w : words) {
        initials.append(w.charAt(0));
        if (initials.toString().equals(abbreviation)) {
          out.add(abbreviation);
          break;
        }
      }
    }
    return out;
  }
}
