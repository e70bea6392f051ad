package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A share whose whole is the agricultural sector, not the economy: "(8) Tỷ trọng chăn nuôi trong
 * ngành nông nghiệp đạt 30%" (Hà Giang's chỉ tiêu to 2020 on timhieuvietnam), "tăng tỷ trọng chăn
 * nuôi trong nông nghiệp lên mức trên 42%" (the livestock strategy to 2020 on agro.gov.vn). Farming
 * named after "trong" is the whole a part of it (livestock, fishing, high-tech output) is measured
 * in; that part is a share the plan raises, not the farm share of the economy's structure that a
 * plan brings down ({@link HeldDown#agricultureShare}). Farm labour's share ("tỷ trọng lao động
 * trong ngành nông nghiệp đạt khoảng 25%") is labour, held down by its own rule, and is no such
 * part.
 */
final class ShareWithinFarming {
  /**
   * On a folded subject: "trong" then farming as the whole ("trong ngành nông nghiệp", "trong nông
   * nghiệp", "trong tổng giá trị sản xuất nông nghiệp", "trong khu vực nông, lâm nghiệp"), after a
   * part that is not labour.
   */
  private static final Pattern PART_OF_FARMING =
      Pattern.compile(
          "(?<!\\bt[yi]\\s)\\btrong\\s+(?:tong\\s+)?(?:gia\\s+tri\\s+)?(?:san\\s+xuat\\s+)?"
              + "(?:(?:nganh|linh\\s+vuc|khu\\s+vuc)\\s+)?nong\\b");

  /** Labour named before the whole: farm labour's share, which a plan brings down. */
  private static final Pattern LABOUR = Pattern.compile("\\blao\\s+dong\\b");

  /**
   * On a folded sentence: the structure whose whole is the farm sector itself, "cơ cấu ngành nông
   * lâm thủy sản đến năm 2020 nông nghiệp chiếm 64,7%, lâm nghiệp 2%, thủy sản 33,3%" (the Prime
   * Minister's plan for farming to 2020 on nongnghiep.vn), "Cơ cấu giá trị sản xuất trong nội bộ
   * ngành nông nghiệp trồng trọt chiếm 55%, chăn nuôi chiếm 30% và dịch vụ nông nghiệp chiếm 15%"
   * (Đức Linh's plan for farming 2021-2025): its parts (farming, forestry, fishing; crops,
   * livestock, farm services) are shares of the farm sector, not the economy's farm share.
   */
  private static final Pattern STRUCTURE_OF_FARMING =
      Pattern.compile(
          "\\bco\\s+cau\\s+(?:gia\\s+tri\\s+san\\s+xuat\\s+)?(?:trong\\s+)?(?:noi\\s+bo\\s+)?"
              + "nganh\\s+nong\\b");

  /** Industry named in the sentence: a structure of the economy, not of farming. */
  private static final Pattern INDUSTRY = Pattern.compile("\\bcong\\s+nghiep\\b");

  /**
   * True when the folded sentence gives the structure of the farm sector itself (and names no
   * industry, as the economy's structure does).
   */
  static boolean structureOfFarming(String folded) {
    return STRUCTURE_OF_FARMING.matcher(folded).find() && !INDUSTRY.matcher(folded).find();
  }

  /** True when the folded subject names a part's share within farming (not labour's). */
  static boolean in(String foldedSubject) {
    java.util.regex.Matcher m = PART_OF_FARMING.matcher(foldedSubject);
    return m.find() && !LABOUR.matcher(foldedSubject).region(0, m.start()).find();
  }

  private ShareWithinFarming() {}
}
