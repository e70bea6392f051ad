package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The last value of a list that closes its clause (";", a full stop) has the list's subject, not
 * the words of the clause after it.
 */
class LastValueOfListTest {
  @Test
  void theLastValueBeforeASemicolonKeepsTheListsSubject() {
    // tbnhnew on Gia Lai's master plan to 2030 (unseen54): "và 4,6%;" is the tax share
    List<Target> t =
        TargetExtractor.extract(
            "Tỷ trọng nông - lâm - thủy sản, công nghiệp - xây dựng, dịch vụ, thuế sản phẩm tương"
                + " ứng 26,62%, 28,94%, 39,84% và 4,6%; GRDP bình quân đầu người 133 triệu"
                + " đồng/năm (theo giá hiện hành); thu ngân sách nhà nước trên địa bàn tăng bình"
                + " quân 9-10%/năm.");
    assertThat(t).hasSize(5);
    assertThat(t.get(3).subject())
        .isEqualTo(
            "Tỷ trọng nông - lâm - thủy sản, công nghiệp - xây dựng, dịch vụ, thuế sản phẩm");
    assertThat(t.get(4).subject()).isEqualTo("thu ngân sách nhà nước trên địa bàn tăng bình quân");
    // 123docz on Sóc Trăng's goals 2015-2020 (unseen30): a dash-joined series of sector shares
    List<Target> s =
        TargetExtractor.extract(
            "Phấn đấu tỷ trọng các ngành nông nghiệp - công nghiệp, xây dựng, dịch vụ trong cơ cấu"
                + " GDP tương ứng chiếm 39,6% - 25,1% - 35,3%; cơ cấu lao động theo các khu vực nông"
                + " nghiệp - công nghiệp - dịch vụ đạt 46% - 21,1% - 32,9%; kim ngạch xuất khẩu đạt"
                + " 550 triệu USD.");
    assertThat(s).hasSize(6);
    assertThat(s.get(2).subject()).contains("tỷ trọng các ngành nông nghiệp");
    assertThat(s.get(5).subject()).contains("cơ cấu lao động");
  }

  @Test
  void aValueWithItsOwnSubjectAfterItIsNotThisClass() {
    // nhandan.vn on Cần Thơ's poverty goals for 2025 (unseen55): each figure names what it counts
    List<Target> t =
        TargetExtractor.extract(
            "Phấn đấu 100% người thuộc hộ nghèo, cận nghèo được hỗ trợ tham gia bảo hiểm y tế; trên"
                + " 90% hộ nghèo, hộ cận nghèo được tiếp cận thông tin, dịch vụ viễn thông và"
                + " internet.");
    assertThat(t)
        .extracting(Target::subject)
        .containsExactly(
            "người thuộc hộ nghèo, cận nghèo được hỗ trợ tham gia bảo hiểm y tế",
            "hộ nghèo, hộ cận nghèo được tiếp cận thông tin, dịch vụ viễn thông và internet");
  }
}
