package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Tỉnh đến năm 2030" (the province, by 2030) is no "tính đến năm 2030" (as of 2030): folded, the
 * two read alike, and the second dates a result ("tính đến hết năm 2024, …"). A plan's figures are
 * given for the province by its deadline ("Cơ cấu kinh tế của tỉnh đến năm 2030: Nông nghiệp, thủy
 * sản 3,6%; …", vanhoasukien on Hưng Yên's quy hoạch 2021-2030), so the tone of the NFC word tells
 * them apart: the "tỉnh" before "đến" keeps its tone in the folded text, where no word of result
 * matches it.
 */
final class ProvinceByDeadline {
  private ProvinceByDeadline() {}

  /** "tỉnh" (the province, with the hỏi tone) before "đến", on NFC text; group 1 is its "ỉ". */
  private static final Pattern PROVINCE_BY =
      Pattern.compile(
          "(?<!\\p{L})t(ỉ)nh\\s+đến(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The folded form of an NFC text, {@code folded}, with the "ỉ" of each "tỉnh đến" left unfolded;
   * the two have the same length, as {@link io.github.cchc.model.text.VietnameseText#fold} keeps
   * it.
   */
  static String keptApart(String nfc, String folded) {
    if (nfc.length() != folded.length()) {
      return folded;
    }
    Matcher m = PROVINCE_BY.matcher(nfc);
    if (!m.find()) {
      return folded;
    }
    StringBuilder out = new StringBuilder(folded);
    do {
      out.setCharAt(m.start(1), nfc.charAt(m.start(1)));
    } while (m.find());
    return out.toString();
  }
}
