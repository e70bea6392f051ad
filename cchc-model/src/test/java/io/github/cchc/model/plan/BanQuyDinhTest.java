package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.DocumentType;
import org.junit.jupiter.api.Test;

/**
 * A Bản Quy định adopted by a decision: its heading "BẢN QUY ĐỊNH" names a Quy định, and, as a text
 * that lays down rules, its percentages are rates, not goals. The header and first article of the
 * rules An Giang adopted by Quyết định 522/2002/QĐ-UB (a TCVN3 .doc of viparse-corpus, corpus
 * {@code unseen48}), as the reader decodes it.
 */
class BanQuyDinhTest {
  private static final String HEAD =
      "ỦY BAN NHÂN DÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH AN GIANG\n"
          + "--------------------\n\nĐộc lập - Tự do - Hạnh phúc\n_______________________\n\n"
          + "Long Xuyên, ngày  07 tháng 3 năm  2002\n\n";

  private static final String BODY =
      "Chính sách khuyến khích và ưu đãi đầu tư đối với một số\n"
          + "lĩnh vực, ngành, nghề trên địa bàn tỉnh An Giang\n"
          + "(Ban hành kèm theo Quyết định số: 522/2002/QĐ.UB\n"
          + "ngày 07/ 3/2002 của UBND tỉnh An Giang)\n"
          + "---------------------\n"
          + "Chương I\nNHỮNG QUY ĐỊNH CHUNG\n"
          + "Điều 1. Phạm vi điều chỉnh\n"
          + "Nhà đầu tư được giảm 50% thuế sử dụng đất trong 5 năm đầu; Nhà nước hỗ trợ 20% chi"
          + " phí đào tạo lao động.\n";

  @Test
  void aBanQuyDinhIsAQuyDinhWhoseRatesAreNoGoals() {
    Plan plan = PlanReader.readAnyText("angiang-522.txt", HEAD + "BẢN QUY ĐỊNH\n" + BODY);
    DocumentHeader h = plan.header().orElseThrow();
    assertThat(h.documentType()).contains(DocumentType.QUY_DINH);
    assertThat(h.title())
        .contains(
            "Chính sách khuyến khích và ưu đãi đầu tư đối với một số lĩnh vực, ngành, nghề trên"
                + " địa bàn tỉnh An Giang");
    assertThat(plan.targets()).isEmpty();
  }

  @Test
  void aBanHuongDanOfTheClassAndATypeNamedWithBan() {
    // a realistic variant: "BẢN HƯỚNG DẪN" names a Hướng dẫn; "BẢN GHI NHỚ" is a type of its own
    Plan guide = PlanReader.readAnyText("huong-dan.txt", HEAD + "BẢN HƯỚNG DẪN\n" + BODY);
    assertThat(guide.header().orElseThrow().documentType()).contains(DocumentType.HUONG_DAN);
    Plan memo = PlanReader.readAnyText("ghi-nho.txt", HEAD + "BẢN GHI NHỚ\n" + BODY);
    assertThat(memo.header().orElseThrow().documentType()).contains(DocumentType.BAN_GHI_NHO);
  }

  @Test
  void banBeforeWordsThatNameNoType() {
    // counter-example: "BẢN ĐỒ QUY HOẠCH" names no type
    Plan plan = PlanReader.readAnyText("ban-do.txt", HEAD + "BẢN ĐỒ QUY HOẠCH\n" + BODY);
    assertThat(plan.header().map(h -> h.documentType().isPresent()).orElse(false)).isFalse();
  }
}
