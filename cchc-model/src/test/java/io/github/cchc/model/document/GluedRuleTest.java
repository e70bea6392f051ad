package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A rule glued to the issuer's last line: "TỈNH TRÀ VINH--------" (Nghị quyết 07/2011/NQ-HĐND of
 * Trà Vinh on luatminhkhue, corpus set unseen38).
 */
class GluedRuleTest {
  @Test
  void theIssuersGluedRuleIsDropped() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH TRÀ VINH--------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 07/2011/NQ-HĐND\n\n"
                + "Trà Vinh, ngày 08 tháng 12 năm 2011\n\nNGHỊ QUYẾT\n"
                + "VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2012\n"
                + "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm"
                + " 2003;\n");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH");
    assertThat(h.place()).hasValue("Trà Vinh");
  }

  @Test
  void underscoresGluedAreDroppedAndDashesInsideTextStay() {
    assertThat(GluedRule.drop("BỘ Y TẾ_______")).isEqualTo("BỘ Y TẾ");
    // counter-examples: a range's dashes, a dash of a joined name, a short dash at the end
    assertThat(GluedRule.drop("GIAI ĐOẠN 2021--2025")).isEqualTo("GIAI ĐOẠN 2021--2025");
    assertThat(GluedRule.drop("Bà Rịa - Vũng Tàu")).isEqualTo("Bà Rịa - Vũng Tàu");
    assertThat(GluedRule.drop("TỈNH TRÀ VINH--")).isEqualTo("TỈNH TRÀ VINH--");
  }
}
