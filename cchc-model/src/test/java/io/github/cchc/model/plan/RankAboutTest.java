package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rank whose words before it name no measure is in the field named after it by "về" ({@link
 * RankAbout}); one whose index is named before it keeps it.
 */
class RankAboutTest {
  private static Target rank(String sentence) {
    List<Target> t =
        TargetExtractor.extract(sentence).stream()
            .filter(x -> x.comparator() == Comparison.RANK_WITHIN)
            .toList();
    assertThat(t).hasSize(1);
    return t.get(0);
  }

  @Test
  void theFieldAfterVeIsWhatTheRankIsIn() {
    // lienhiephoihaiduong.vn on Hải Dương's Kế hoạch 726 (unseen53)
    Target t =
        rank(
            "Theo đó, tỉnh Hải Dương đặt ra những chỉ tiêu đến năm 2030: Thuộc nhóm 20 địa phương"
                + " dẫn đầu cả nước về ứng dụng, chuyển giao khoa học, công nghệ và đổi mới sáng tạo"
                + " với tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo đạt mức tiên tiến"
                + " ở một số lĩnh vực quan trọng; duy trì mục tiêu tăng trưởng GRDP trung bình giai"
                + " đoạn 2025-2030 của tỉnh đạt 12% trở lên.");
    assertThat(t.subject())
        .isEqualTo("ứng dụng, chuyển giao khoa học, công nghệ và đổi mới sáng tạo");
    assertThat(t.year()).hasValue(2030);
    // baogialai.com.vn on Gia Lai's DTI goal for 2026
    assertThat(
            rank("(GLO)- Tỉnh Gia Lai đặt mục tiêu lọt nhóm 15 địa phương dẫn đầu cả nước về chỉ"
                    + " số chuyển đổi số (DTI) trong năm 2026, đòi hỏi sự thay đổi mạnh mẽ, đồng"
                    + " bộ trong cách làm chuyển đổi số của toàn bộ hệ thống chính quyền.")
                .subject())
        .isEqualTo("chỉ số chuyển đổi số (DTI)");
  }

  @Test
  void anIndexNamedBeforeTheRankStaysItsSubject() {
    // vietnamnet.vn on Lạng Sơn's digital transformation plan for 2025 (unseen25): "chỉ số DTI"
    // before the rank is what is ranked, "về chuyển đổi số" says what the leaders lead in
    Target t =
        rank(
            "Theo đó, kế hoạch đặt mục tiêu chung là tiếp tục tổ chức thực hiện hiệu quả các mục"
                + " tiêu, nhiệm vụ; duy trì chỉ số DTI nằm trong top 10 tỉnh/thành phố dẫn đầu về"
                + " chuyển đổi số.");
    assertThat(t.subject()).contains("chỉ số DTI");
  }
}
