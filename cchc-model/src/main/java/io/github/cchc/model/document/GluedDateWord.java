package io.github.cchc.model.document;

import java.util.regex.Pattern;

/**
 * A date line whose copy lost the space between a number and the word after or before it: "Đà Nẵng,
 * ngày⏎18 tháng 11năm 2025" (Quyết định 2641/QĐ-UBND of Đà Nẵng, 2025, as a converted file gives
 * it), "ngày 05 tháng02 năm 2024". "ngày", "tháng" and "năm" are words of their own before and
 * after their numbers (Nghị định 30/2020/NĐ-CP, Phụ lục I), so a digit touching one of them is a
 * space lost, and it is put back before the line is read; a word that only begins like them ("11
 * nămđ") is not split.
 */
final class GluedDateWord {
  private GluedDateWord() {}

  /** A digit then "tháng" or "năm", or "ngày", "tháng" or "năm" then a digit, with no space. */
  private static final Pattern GLUED =
      Pattern.compile(
          "(?<=\\d)(?=(?:tháng|năm)(?![\\p{L}\\d]))|(?<=(?<![\\p{L}\\d])(?:ngày|tháng|năm))(?=\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Returns the line with a space between each number and a date word glued to it.
   *
   * @param line a date line, NFC
   * @return the line spaced, the same string when nothing was glued
   */
  static String spaced(String line) {
    return GLUED.matcher(line).replaceAll(" ");
  }
}
