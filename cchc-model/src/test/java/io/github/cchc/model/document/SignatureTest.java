package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.cchc.model.CchcParseException;
import org.junit.jupiter.api.Test;

class SignatureTest {
  @Test
  void readsEveryCapacity() {
    Signature kt = Signature.parse("**KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC**\n\nNguyễn Phúc Đạt");
    assertThat(kt.format()).isEqualTo("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Phúc Đạt");
    Signature tm = Signature.parse("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
    assertThat(tm.authority()).contains(SigningAuthority.TM);
    assertThat(tm.onBehalfOf()).contains("ỦY BAN NHÂN DÂN");
    assertThat(tm.name()).isEmpty();
    Signature acting = Signature.parse("Q. GIÁM ĐỐC\nLê Văn A");
    assertThat(acting.authority()).contains(SigningAuthority.Q);
    assertThat(acting.title()).isEqualTo("GIÁM ĐỐC");
    assertThat(Signature.parse(acting.format())).isEqualTo(acting);
    assertThat(Signature.parse(kt.format())).isEqualTo(kt);
    assertThat(SigningAuthority.parse("tuq")).isEqualTo(SigningAuthority.TUQ);
  }

  @Test
  void rejectsIncompleteBlocks() {
    assertThatThrownBy(() -> Signature.parse("KT. GIÁM ĐỐC"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("title line expected");
    assertThatThrownBy(() -> Signature.parse("GIÁM ĐỐC\nA\nB"))
        .isInstanceOf(CchcParseException.class)
        .hasMessageContaining("unexpected line");
    assertThatThrownBy(() -> Signature.parse(" \n ")).isInstanceOf(CchcParseException.class);
  }

  @Test
  void arbitraryStringsOnlyEverThrowCchcParseException() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 30))
        .check(
            s -> {
              for (String t : new String[] {s, "KT. " + s, "TM.\n" + s, s + "\n" + s}) {
                try {
                  Signature.parse(t);
                } catch (CchcParseException e) {
                  // allowed
                }
                try {
                  SigningAuthority.parse(t);
                } catch (CchcParseException e) {
                  // allowed
                }
                try {
                  DocumentType.parse(t);
                } catch (CchcParseException e) {
                  // allowed
                }
              }
              return true;
            });
  }
}
