package io.github.cchc.model.document;

import io.github.cchc.model.text.VietnameseText;
import io.github.cchc.model.unit.AdministrativeUnit;
import io.github.cchc.model.unit.AdministrativeUnits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letters a copy lost in the header's closed-list fields, put back. Copies from legal-document
 * sites drop the precomposed Vietnamese letters their font lacks, leaving nothing or a space: "Y
 * BAN NHÂN DÂN" for "ỦY BAN NHÂN DÂN" (Kế hoạch 2516/KH-UBND of Kon Tum on luatminhkhue), "TNH LAI
 * CHÂU" for "TỈNH LAI CHÂU" (Quyết định 1930/QĐ-UBND of Lai Châu on nhansu), "Đk Nông" for "Đắk
 * Nông" (Kế hoạch 571/KH-UBND of Đắk Nông on vanbanphapluat).
 *
 * <p>The rule: in a field whose words come from a closed list — the issuing body's words (ỦY BAN
 * NHÂN DÂN, HỘI ĐỒNG NHÂN DÂN, TỈNH, HUYỆN, XÃ, PHƯỜNG, THÀNH PHỐ, BỘ …, SỞ …) and the names of
 * provinces and cities (before and after the 2025 merger, from {@link
 * AdministrativeUnits#provinces()}) — a run of words is restored to a known phrase when it is that
 * phrase with only some of its Vietnamese-marked letters (those not in plain ASCII: "Ủ", "Ỉ", "ắ",
 * "Đ" …) dropped or each left as a space, at least one of them lost, and exactly one known phrase
 * fits there. A run that is itself a known phrase as printed is kept ("Y" of "BỘ Y TẾ" is not
 * "ỦY"). The restored phrase takes the printed case: all capitals, or a capital first letter. Free
 * text (a title, a headline) is not restored: it is kept as printed.
 */
final class RestoredLetters {
  private RestoredLetters() {}

  /** The words of issuing bodies, in capitals; phrases whose words a lost letter could confuse. */
  private static final List<String> BODY_WORDS =
      List.of(
          "ỦY BAN NHÂN DÂN",
          "HỘI ĐỒNG NHÂN DÂN",
          "ỦY BAN DÂN TỘC",
          "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
          "ỦY BAN",
          "TỈNH",
          "HUYỆN",
          "THỊ XÃ",
          "THỊ TRẤN",
          "XÃ",
          "PHƯỜNG",
          "QUẬN",
          "THÀNH PHỐ",
          "THỦ TƯỚNG CHÍNH PHỦ",
          "CHÍNH PHỦ",
          "VĂN PHÒNG",
          "BỘ",
          "SỞ",
          "NỘI VỤ",
          "TƯ PHÁP",
          "Y TẾ",
          "GIÁO DỤC VÀ ĐÀO TẠO",
          "TÀI CHÍNH",
          "KẾ HOẠCH VÀ ĐẦU TƯ",
          "THÔNG TIN VÀ TRUYỀN THÔNG",
          "NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
          "NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
          "TÀI NGUYÊN VÀ MÔI TRƯỜNG",
          "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
          "KHOA HỌC VÀ CÔNG NGHỆ",
          "CÔNG THƯƠNG",
          "XÂY DỰNG",
          "GIAO THÔNG VẬN TẢI",
          "VĂN HÓA, THỂ THAO VÀ DU LỊCH",
          "NGOẠI VỤ",
          "CÔNG AN",
          "QUỐC PHÒNG");

  private static final List<Known> ISSUER = known(true);
  private static final List<Known> PLACE = known(false);

  /** A known phrase and the pattern of its copies that lost letters, matched ignoring case. */
  private record Known(String phrase, Pattern lossy) {}

  private static List<Known> known(boolean issuer) {
    Set<String> phrases = new LinkedHashSet<>();
    if (issuer) {
      phrases.addAll(BODY_WORDS);
    }
    for (AdministrativeUnit u : AdministrativeUnits.provinces().all()) {
      String name = u.name().replaceFirst("^(Tỉnh|Thành phố) ", "");
      phrases.add(issuer ? upper(name) : name);
    }
    if (!issuer) {
      phrases.add("Hà Nội");
    }
    List<Known> list = new ArrayList<>();
    for (String p : phrases) {
      list.add(new Known(p, lossy(p, BODY_WORDS.contains(p) && p.indexOf(' ') > 0)));
    }
    return list;
  }

  private static String upper(String s) {
    return s.toUpperCase(VietnameseText.VIETNAMESE);
  }

  /**
   * The pattern of {@code phrase} with any of its marked letters dropped or left as a space; the
   * group "kept" of each marked letter is empty when it was lost. In a body's words ({@code
   * toneLoss}), a letter may also have lost its tone mark alone, keeping its vowel's hat, breve or
   * horn, as a font without the letter prints it: "HỘI ĐÔNG NHÂN DÂN" for "HỘI ĐỒNG NHÂN DÂN" (Nghị
   * quyết 23/2015/NQ-HĐND of Đắk Nông on caselaw.vn). Only in a body's words of two words or more,
   * which no other words spell so: a single word without its tone may be another word ("QUÂN" of
   * "QUÂN KHU" is not "QUẬN"); not in a place's name, whose spellings without a tone mark are the
   * place's own ("Đăk Nông").
   */
  private static Pattern lossy(String phrase, boolean toneLoss) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == ' ') {
        re.append("\\s+");
      } else if (marked(c)) {
        String toneless = toneless(c);
        re.append("(?:(").append(Pattern.quote(String.valueOf(c))).append(")");
        if (toneLoss && !toneless.equals(String.valueOf(c)) && marked(toneless.charAt(0))) {
          re.append("|").append(Pattern.quote(toneless));
        }
        re.append("| ?)");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    re.append("(?![\\p{L}\\p{N}])");
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A letter without its tone mark (grave, acute, tilde, hook, dot below): "Ồ" is "Ô". */
  private static String toneless(char c) {
    String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
    return java.text.Normalizer.normalize(
        d.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""), java.text.Normalizer.Form.NFC);
  }

  /** A letter outside plain ASCII: one a font without Vietnamese glyphs cannot print. */
  private static boolean marked(char c) {
    return Character.isLetter(c) && c > 0x7f;
  }

  /**
   * Returns an issuing-body line with the letters it lost put back ("Y BAN NHÂN DÂN" gives "ỦY BAN
   * NHÂN DÂN", "TNH LAI CHÂU" gives "TỈNH LAI CHÂU").
   */
  static String issuer(String line) {
    return restore(line, ISSUER);
  }

  /** Returns a date line's place with the letters it lost put back ("Đk Nông" gives "Đắk Nông"). */
  static String place(String place) {
    for (Known k : PLACE) {
      if (k.phrase().equalsIgnoreCase(place.strip())) {
        // a known name printed with a small letter where it has a capital: "Hà nội", as documents
        // of the 2000s often wrote it (Nghị định 109/2004/NĐ-CP), is Hà Nội
        return k.phrase();
      }
    }
    return restore(place, PLACE);
  }

  private static String restore(String s, List<Known> known) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = s.length();
    while (i < n) {
      boolean wordStart =
          Character.isLetter(s.charAt(i)) && (i == 0 || !Character.isLetter(s.charAt(i - 1)));
      if (!wordStart) {
        out.append(s.charAt(i++));
        continue;
      }
      int longestExact = -1;
      int longestLossy = -1;
      Set<String> fits = new LinkedHashSet<>();
      for (Known k : known) {
        Matcher m = k.lossy().matcher(s).region(i, n).useTransparentBounds(true);
        if (!m.lookingAt()) {
          continue;
        }
        if (lost(m, k.phrase())) {
          if (m.end() > longestLossy) {
            longestLossy = m.end();
            fits.clear();
          }
          if (m.end() == longestLossy) {
            fits.add(k.phrase().toUpperCase(Locale.ROOT));
          }
        } else {
          longestExact = Math.max(longestExact, m.end());
        }
      }
      if (longestLossy > longestExact && fits.size() == 1) {
        String printed = s.substring(i, longestLossy);
        out.append(inCaseOf(printed, fits.iterator().next()));
        i = longestLossy;
      } else {
        int end = i;
        while (end < n && Character.isLetter(s.charAt(end))) {
          end++;
        }
        out.append(s, i, end);
        i = end;
      }
    }
    return out.toString();
  }

  /** Whether the copy matched lost a letter of the phrase: a marked letter's group is empty. */
  private static boolean lost(Matcher m, String phrase) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The phrase in the case of the printed copy: capitals as printed in capitals, else a capital
   * first letter to each word.
   */
  private static String inCaseOf(String printed, String upperPhrase) {
    String letters = printed.replaceAll("[^\\p{L}]", "");
    if (letters.equals(upper(letters))) {
      return upperPhrase;
    }
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (char c : upperPhrase.toLowerCase(VietnameseText.VIETNAMESE).toCharArray()) {
      b.append(first ? Character.toUpperCase(c) : c);
      first = !Character.isLetter(c);
    }
    return b.toString();
  }
}
