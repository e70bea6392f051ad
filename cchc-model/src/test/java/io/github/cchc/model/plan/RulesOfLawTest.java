package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The figures of a document that lays down rules of law (Nghị định, Thông tư, Luật, Pháp lệnh) are
 * the rules' limits, rates and conditions, not goals; a goal there is one a word of intent sets.
 * From the State Bank's Thông tư 01/2006/TT-NHNN (tuning-p of issue 16, its PDF's text).
 */
class RulesOfLawTest {
  private static final String HEADER =
      """
      NGÂN HÀNG NHÀ NƯỚC
      VIỆT NAM

      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc

      Số : 01/2006/TT-NHNN

      Hà Nội, ngày  20  tháng  02  năm 2006

      THÔNG TƯ
      Hướng dẫn một số nội dung về góp vốn thành lập
      Quỹ bảo lãnh tín dụng cho các doanh nghiệp nhỏ và vừa

      """;

  @Test
  void aRulesLimitIsNoGoal() {
    String text =
        HEADER
            + "a) Mức vốn góp của một tổ chức tín dụng vào một Quỹ bảo lãnh tín dụng không được"
            + " vượt quá 11% vốn điều lệ của Quỹ bảo lãnh tín dụng.\n"
            + "b) Tổng mức góp vốn vào Quỹ bảo lãnh tín dụng và các khoản đầu tư thương mại khác"
            + " không được vượt quá 40% vốn điều lệ và quỹ dự trữ của tổ chức tín dụng.\n";
    assertThat(TargetsRead.article(text)).isEmpty();
  }

  @Test
  void aGoalSetByAWordOfIntentIsStillOne() {
    String text =
        HEADER
            + "Phấn đấu đến năm 2010, 100% tỉnh, thành phố trực thuộc Trung ương thành lập Quỹ bảo"
            + " lãnh tín dụng.\n";
    assertThat(TargetsRead.article(text)).containsExactly("EQ 100");
  }
}
