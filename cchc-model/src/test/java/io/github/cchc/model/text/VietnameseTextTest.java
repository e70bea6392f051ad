package io.github.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {
  @Test
  void nfcComposesDecomposedLetters() {
    String decomposed = Normalizer.normalize("Kế hoạch số 24/KH-SNgV", Normalizer.Form.NFD);
    assertThat(decomposed).hasSizeGreaterThan("Kế hoạch số 24/KH-SNgV".length());
    assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Kế hoạch số 24/KH-SNgV");
  }

  @Test
  void plainHasSpacesForNoBreakSpacesAndDForEthOneCharacterForOne() {
    String web = "Quyết\u00a0ðịnh số\u202f12/QÐ-UBND\u2007ngày";
    String plain = VietnameseText.plain(web);
    assertThat(plain).isEqualTo("Quyết định số 12/QĐ-UBND ngày");
    assertThat(plain).hasSameSizeAs(web);
    String decomposed = Normalizer.normalize("Kế\u00a0hoạch", Normalizer.Form.NFD);
    assertThat(VietnameseText.plain(decomposed)).isEqualTo("Kế hoạch");
    String clean = "Kế hoạch số 24/KH-SNgV";
    assertThat(VietnameseText.plain(clean)).isSameAs(clean);
  }

  @Test
  void foldRemovesTonesAndMapsDToD() {
    assertThat(VietnameseText.fold("Quyết định ĐẦU TƯ")).isEqualTo("quyet dinh dau tu");
    assertThat(VietnameseText.fold("Ủy ban nhân dân tỉnh Tiền Giang"))
        .isEqualTo("uy ban nhan dan tinh tien giang");
    assertThat(VietnameseText.fold("Nghị định 61/2018/NĐ-CP")).isEqualTo("nghi dinh 61/2018/nd-cp");
  }

  @Test
  void foldedMatchingIgnoresCaseAndDiacritics() {
    assertThat(VietnameseText.equalsFolded("KẾ HOẠCH", "Kế hoạch")).isTrue();
    assertThat(VietnameseText.equalsFolded("Kế hoạch", "Kê hoach")).isTrue();
    assertThat(VietnameseText.equalsFolded("Kế hoạch", "Kế toán")).isFalse();
    assertThat(VietnameseText.indexOfFolded("Căn cứ Kế hoạch số 24", "KE HOACH")).isEqualTo(7);
    assertThat(VietnameseText.indexOfFolded("Căn cứ", "quyết")).isEqualTo(-1);
  }

  @Test
  void foldKeepsTheLengthOfTheNfcText() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
        .check(s -> VietnameseText.fold(s).length() == VietnameseText.nfc(s).length());
  }

  @Test
  void foldOfDecomposedEqualsFoldOfComposed() {
    String text = "Bình Phước, ngày 22 tháng 02 năm 2024";
    assertThat(VietnameseText.fold(Normalizer.normalize(text, Normalizer.Form.NFD)))
        .isEqualTo(VietnameseText.fold(text))
        .isEqualTo("binh phuoc, ngay 22 thang 02 nam 2024");
  }

  @Test
  void theFastNfcCheckOnlyAcceptsCharactersThatAreStableUnderNfc() {
    for (char c = 0; c < 0x300; c++) {
      assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC))
          .as("U+%04X", (int) c)
          .isTrue();
    }
    for (char c = 0x300; c < 0xFFFF; c++) {
      if (VietnameseText.isStableBlock(c)) {
        String s = String.valueOf(c);
        assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as("U+%04X", (int) c).isTrue();
        // and it never composes with a following or preceding letter or mark
        assertThat(Normalizer.normalize("a" + s + "\u0301", Normalizer.Form.NFC))
            .as("U+%04X", (int) c)
            .isEqualTo("a" + s + "\u0301");
        assertThat(Normalizer.normalize(s + "a", Normalizer.Form.NFC)).isEqualTo(s + "a");
      }
    }
    assertThat(VietnameseText.isSurelyNfc("Kế hoạch số 24/KH-SNgV “Chính quyền thân thiện” ¹"))
        .isTrue();
    assertThat(VietnameseText.isSurelyNfc("Ke\u0302\u0301")).isFalse();
  }
}
