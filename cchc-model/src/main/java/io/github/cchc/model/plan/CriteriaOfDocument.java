package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The criteria a document lays down, listed after "gồm:": "Các tiêu chí trong giải quyết thủ tục
 * hành chính theo Nghị quyết 57 của Trung ương gồm: tỷ lệ đúng hạn với 99%, tỷ lệ hồ sơ trực tuyến
 * với 80% và tỷ lệ thanh toán trực tuyến với 60%" (sggp on Đà Nẵng's weekly check of its units).
 * The levels a resolution, plan or decision requires of every unit are its goals, set as a word of
 * intent sets the figures after it, on a page of results too. The document must be named: criteria
 * alone ("đạt 19/19 tiêu chí", "các tiêu chí gồm: …" of a scoring) require nothing.
 */
final class CriteriaOfDocument {
  private CriteriaOfDocument() {}

  /**
   * On folded text: "các tiêu chí … theo Nghị quyết … gồm:", "bộ tiêu chí … của Kế hoạch … gồm:".
   */
  private static final Pattern LISTED =
      Pattern.compile(
          "\\b(?:cac|bo)\\s+tieu\\s+chi\\b[^.;:]{0,120}?\\b(?:theo|cua)\\s+(?:nghi\\s+quyet|ke\\s+hoach"
              + "|quyet\\s+dinh|chi\\s+thi|ket\\s+luan|de\\s+an|chuong\\s+trinh)\\b[^.;:]{0,80}?"
              + "\\bgom\\s*:");

  /**
   * Where the criteria listed begin in the (folded) sentence, after "gồm:"; -1 when it lists no
   * criteria of a document.
   */
  static int listedFrom(String folded) {
    Matcher m = LISTED.matcher(folded);
    return m.find() ? m.end() : -1;
  }
}
