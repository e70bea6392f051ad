package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text that lost its Vietnamese letters in a copy (the font lacked the precomposed "ị", "ế", "ố" …,
 * each left as a space): the number and symbol, still whole, are read where the type's name is
 * still recognisable, and no letter is put back. The sentence is that of Quyết định 291/QĐ-UBDT of
 * 2006 as tailieu.vn gives it (corpus {@code unseen7}).
 */
class LostLettersTest {
  private static List<String> cited(String text) {
    return CitationExtractor.extract(text).stream()
        .map(c -> c.type().fullName() + " " + c.number().format())
        .toList();
  }

  @Test
  void typeNamesThatLostTheirLettersStillStartACitation() {
    String text =
        "Căn c Ngh đ nh s 51/2003/NĐ-CP ngày 16 tháng 5 năm 2003 c a Chính ph quy đ nh ch c năng,"
            + " nhi m v , quy n h n và cơ c u t ch c c a U ban Dân t c; Căn c Quy t đ nh s"
            + " 140/QĐ-UBDT ngày 06 tháng 6 năm 2006 c a B trư ng, Ch nhi m U ban Dân t c v vi c"
            + " ban hành Quy ch làm vi c c a U ban Dân t c;";
    assertThat(cited(text)).containsExactly("Nghị định 51/2003/NĐ-CP", "Quyết định 140/QĐ-UBDT");
  }

  @Test
  void soWithItsColonThatLostItsLetter() {
    // the same page: the line that names the Quy định's decision, "số:" left as "s :"
    String text =
        "QUY Đ NH CH Đ BÁO CÁO C A Y BAN DÂN T C ( Ban hành kèm theo Quy t đ nh s : 291/QĐ-UBDT"
            + " ngày 8 tháng 11 năm 2006 c a B trư ng, Ch nhi m U ban Dân t c)";
    assertThat(cited(text)).containsExactly("Quyết định 291/QĐ-UBDT");
    // "số:" of a type still whole, "s:" with the colon glued
    assertThat(cited("theo Nghị định s: 63/2010/NĐ-CP của Chính phủ"))
        .containsExactly("Nghị định 63/2010/NĐ-CP");
  }

  @Test
  void theNamesAsTheyLostTheirLetters() {
    assertThat(CitationScanner.lostLetters("Nghị định")).isEqualTo("ngh d nh");
    assertThat(CitationScanner.lostLetters("Quyết định")).isEqualTo("quy t d nh");
    assertThat(CitationScanner.lostLetters("Thông tư")).isEqualTo("thong tu");
  }

  @Test
  void ordinaryWordsDoNotStartACitation() {
    assertThat(cited("Trong năm 2006 có 51 đơn vị, tỷ lệ đạt 140/200 hồ sơ.")).isEmpty();
  }
}
