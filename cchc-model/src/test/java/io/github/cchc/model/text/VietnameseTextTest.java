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
}
