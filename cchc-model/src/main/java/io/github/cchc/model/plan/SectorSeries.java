package io.github.cchc.model.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A series of three or more percentages joined by dashes, each the share of one sector of a
 * structure named in the same order: "tỷ lệ cơ cấu ngành nông nghiệp - công nghiệp, xây dựng - dịch
 * vụ là 30,3% - 27,4% - 42,3%, đến năm 2020 là 19,2% - 32,6% - 48,2%" (Bến Tre's master plan to
 * 2020 on timhieuvietnam), "cơ cấu lao động theo các khu vực nông nghiệp - công nghiệp - dịch vụ
 * đạt 46% - 21,1% - 32,9%" (Sóc Trăng's goals 2015-2020 on 123docz). A range has two ends only
 * ("12,5% - 13%"): three dash-joined figures are no range but one value a sector, each at least the
 * figure, save the agricultural sector's share, which a plan brings down (at most, as the corpus
 * README's structure convention says). The sectors are read in their order in the words before the
 * series (from the start of its clause); a later series of the sentence without sectors of its own
 * ("đến năm 2020 là …") takes those of the one before; when the sectors named do not match the
 * figures one for one, every figure is at least.
 */
final class SectorSeries {
  private SectorSeries() {}

  /** One figure of a series: its span in the sentence, its value and whether it is a ceiling. */
  record Item(int start, int end, BigDecimal value, boolean ceiling) {}

  private static final String FIGURE = "\\d{1,3}(?:[,.]\\d+)?\\s?%";

  /** Three or more percentages joined by dashes, on folded text. */
  private static final Pattern SERIES =
      Pattern.compile("(?<![\\d,.])" + FIGURE + "(?:\\s?[-\u2013]\\s?" + FIGURE + "){2,}(?!0)");

  /** One figure inside a series. */
  private static final Pattern ONE = Pattern.compile("(?<num>\\d{1,3}(?:[,.]\\d+)?)\\s?%");

  /**
   * A sector named, on folded text: farming (with forestry and fishing, one sector), industry (with
   * construction), services, or "khu vực I/II/III"; "phi nông nghiệp" is not farming.
   */
  private static final Pattern SECTOR =
      Pattern.compile(
          "\\b(?<farm>(?<!phi\\s)nong\\b|khu\\s+vuc\\s+(?:i|1)\\b)"
              + "|\\bcong\\s+nghiep\\b|\\bdich\\s+vu\\b|\\bkhu\\s+vuc\\s+(?:ii|iii|2|3)\\b");

  /** Where a clause of the sentence starts: after ';' or ':' (the sector list itself has ','). */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]");

  /** The figures of every series in the folded sentence, in order. */
  static List<Item> in(String folded) {
    List<Item> out = new ArrayList<>();
    if (folded.indexOf('%') < 0) {
      return out;
    }
    Matcher m = SERIES.matcher(folded);
    List<Boolean> sectors = List.of();
    int searchFrom = 0;
    while (m.find()) {
      List<Boolean> named = sectors(folded, searchFrom, m.start());
      if (!named.isEmpty()) {
        sectors = named;
      }
      List<Item> items = new ArrayList<>();
      Matcher one = ONE.matcher(folded).region(m.start(), m.end());
      while (one.find()) {
        items.add(
            new Item(
                one.start(), one.end(), new BigDecimal(one.group("num").replace(',', '.')), false));
      }
      boolean matched = sectors.size() == items.size();
      for (int k = 0; k < items.size(); k++) {
        Item it = items.get(k);
        out.add(new Item(it.start(), it.end(), it.value(), matched && sectors.get(k)));
      }
      searchFrom = m.end();
    }
    return out;
  }

  /** True when {@code [start, end)} overlaps one of the series' figures. */
  static boolean covers(List<Item> items, int start, int end) {
    for (int k = 0; k < items.size(); k++) {
      Item it = items.get(k);
      if (start < it.end() && it.start() < end) {
        return true;
      }
    }
    return false;
  }

  /** The sectors named in {@code folded[from, to)}'s last clause, true for farming, in order. */
  private static List<Boolean> sectors(String folded, int from, int to) {
    Matcher b = CLAUSE_BREAK.matcher(folded).region(from, to);
    int start = from;
    while (b.find()) {
      start = b.end();
    }
    List<Boolean> out = new ArrayList<>();
    Matcher s = SECTOR.matcher(folded).region(start, to);
    while (s.find()) {
      out.add(s.group("farm") != null);
    }
    return out;
  }
}
