package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The headline's ATX mark blanked for the targets' reader ({@link AtxMark}). */
class AtxMarkTest {
  private static SourceDocument doc(Object... blocks) {
    return new SourceDocument("x.md", List.of(blocks));
  }

  @Test
  void theMarkOfTheFirstLineIsBlankedInPlace() {
    String headline =
        "# Sẽ cắt giảm ít nhất 50% thủ tục đầu tư xây dựng nhà ở xã hội theo yêu cầu của Thủ tướng"
            + " (Thông báo 596/TB-VPCP năm 2025)";
    SourceDocument d = doc(headline, "Ngày 03/11/2025, Văn phòng Chính phủ ban hành Thông báo");
    SourceDocument b = AtxMark.blanked(d);
    assertThat(b.blocks().get(0)).isEqualTo(" " + headline.substring(1));
    assertThat(((String) b.blocks().get(0)).length()).isEqualTo(headline.length());
    assertThat(b.blocks().get(1)).isEqualTo(d.blocks().get(1));
    assertThat(AtxMark.blanked(doc("# Thái Nguyên\nTỉnh Bắc Thái")).blocks())
        .containsExactly("  Thái Nguyên\nTỉnh Bắc Thái");
  }

  @Test
  void aSectionsMarkALowerLineOrACutBreadcrumbIsLeft() {
    // "## Lịch sử" is a section; a "#" lower down is not the headline's; "#1" is no heading
    SourceDocument section = doc("## Sẽ cắt giảm ít nhất 50% thủ tục");
    assertThat(AtxMark.blanked(section)).isSameAs(section);
    SourceDocument lower = doc("Tỉnh Bắc Thái có các cơ sở kinh tế", "# Thái Nguyên");
    assertThat(AtxMark.blanked(lower)).isSameAs(lower);
    SourceDocument tag = doc("#1 Giảm tối thiểu 20% công chức");
    assertThat(AtxMark.blanked(tag)).isSameAs(tag);
    SourceDocument table =
        doc(
            new SourceTable(
                1, List.of(List.of(new SourceTable.Cell("# A", 1, SourceTable.Merge.NONE)))));
    assertThat(AtxMark.blanked(table)).isSameAs(table);
  }
}
