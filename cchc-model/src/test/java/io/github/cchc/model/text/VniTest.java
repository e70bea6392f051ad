package io.github.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * VNI to Unicode on real lines: Quyết định 991/QĐ-UBND of Bình Phước (2008) and the Quy định of Cà
 * Mau's Đội kiểm tra liên ngành 814 (2006), both Word files typed in VNI-Times (corpus set {@code
 * tuning-p}); each expected line was read by eye from the page rendered with the VNI font.
 */
class VniTest {

  @Test
  void realHeaderLinesReadInUnicode() {
    // Bình Phước, Quyết định 991/QĐ-UBND: a capital with a tone ("UÛ"), the circumflex with a
    // tone in capitals ("OÄ"), the i with a ngã as one character ("Ó")
    assertThat(Vni.toUnicode("UÛY BAN NHAÂN DAÂN")).isEqualTo("ỦY BAN NHÂN DÂN");
    assertThat(Vni.toUnicode("COÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"))
        .isEqualTo("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assertThat(Vni.toUnicode("TÆNH BÌNH PHÖÔÙC")).isEqualTo("TỈNH BÌNH PHƯỚC");
    assertThat(Vni.toUnicode("Soá: 991/QÑ-UBND")).isEqualTo("Số: 991/QĐ-UBND");
    assertThat(Vni.toUnicode("Ñoàng Xoaøi, ngaøy 14 thaùng5 naêm 2008"))
        .isEqualTo("Đồng Xoài, ngày 14 tháng5 năm 2008");
    assertThat(Vni.toUnicode("Ñoäc laäp - Töï do - Haïnh phuùc"))
        .isEqualTo("Độc lập - Tự do - Hạnh phúc");
  }

  @Test
  void realBodyLinesReadInUnicode() {
    // the breve with its tones ("aê", "aè", "aë", "aé") and ư ơ in a row ("öôø")
    assertThat(Vni.toUnicode("Caên cöù Quyeát ñònh soá 186/2006/QÑ-TTg ngaøy 14/8/2006"))
        .isEqualTo("Căn cứ Quyết định số 186/2006/QĐ-TTg ngày 14/8/2006");
    assertThat(Vni.toUnicode("814), nhaèm thöïc hieän caùc Nghò ñònh 87,88,31/CP vaø Chæ"))
        .isEqualTo("814), nhằm thực hiện các Nghị định 87,88,31/CP và Chỉ");
    assertThat(Vni.toUnicode("ñöôïc Ban Chæ ñaïo 814 ñeà nghò phoái hôïp hoaëc laøm thaønh"))
        .isEqualTo("được Ban Chỉ đạo 814 đề nghị phối hợp hoặc làm thành");
    assertThat(Vni.toUnicode("5. Xaây döïng moái quan heä noäi boä ñoaøn keát gaén boù,"))
        .isEqualTo("5. Xây dựng mối quan hệ nội bộ đoàn kết gắn bó,");
    assertThat(Vni.toUnicode("tröôøng hôïp")).isEqualTo("trường hợp");
  }

  @Test
  void vniIsToldFromTcvn3AndUnicode() {
    assertThat(Vni.isLikely("UÛY BAN NHAÂN DAÂN         COÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"))
        .isTrue();
    // TCVN3 (Quyết định 144/2002/QĐ-BTC): its commonest letters are below 0xC0, which VNI never
    // uses
    assertThat(Vni.isLikely("bé tµi chÝnh          céng hoµ x· héi chñ nghÜa ViÖt nam")).isFalse();
    // Unicode Vietnamese has vowel pairs VNI's marks look like ("hoà", "thuê"), and its own letters
    assertThat(Vni.isLikely("Cộng hoà xã hội chủ nghĩa Việt Nam, thuê khoá học, toà án")).isFalse();
    assertThat(Vni.isLikely("Señor Muñoz, plain text 98%")).isFalse();
    assertThat(Vni.isFont("VNI-Times")).isTrue();
    assertThat(Vni.isFont("ABCDEF+VNI-Helve")).isTrue();
    assertThat(Vni.isFont(".VnTime")).isFalse();
    assertThat(Vni.isFont(null)).isFalse();
  }
}
