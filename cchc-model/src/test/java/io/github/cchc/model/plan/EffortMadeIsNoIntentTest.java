package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Phấn đấu" as the effort made ("sự nỗ lực phấn đấu của nhân dân", "nhờ sự phấn đấu") is no word
 * of intent; as a verb it is. Real sentence of A Lưới's report on the first half of 2021
 * (aluoi.thuathienhue.gov.vn, unseen21).
 */
class EffortMadeIsNoIntentTest {

  private static final String A_LUOI =
      "Nhờ được sự lãnh đạo của cấp ủy Đảng, sự điều hành của chính quyền các cấp cùng với sự nỗ"
          + " lực phấn đấu của nhân dân trong huyện đã tổ chức thành công công tác bầu cử đại biểu"
          + " Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 -2026; kiểm soát"
          + " tốt tình hình dịch bệnh Covid-19; thu ngân sách trên địa bàn đạt 76,75%; tổng vốn đầu"
          + " tư toàn xã hội đạt 76,47%.";

  @Test
  void effortOfThePeopleIsNoIntent() {
    assertThat(Goals.intentStart(A_LUOI)).isNegative();
    assertThat(TargetExtractor.extract(A_LUOI, true)).isEmpty();
    // a realistic variant: "nhờ sự phấn đấu"
    assertThat(Goals.intentStart("Nhờ sự phấn đấu không ngừng, huyện đã đạt 95% kế hoạch."))
        .isNegative();
  }

  @Test
  void striveAsAVerbStaysIntent() {
    // counter-examples: "phấn đấu" and "nỗ lực phấn đấu" as verbs
    assertThat(Goals.intentStart("Phấn đấu thu ngân sách đạt 100% dự toán.")).isZero();
    assertThat(Goals.intentStart("Huyện nỗ lực phấn đấu đạt tỷ lệ che phủ rừng 70%."))
        .isNotNegative();
  }
}
