package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rank before the signer's name (Thông tư 65/2026/TT-BCA, corpus unseen63). */
class RankBeforeNameTest {
  @Test
  void theSignerIsTheNameAfterTheRank() {
    DocumentHeader h =
        DocumentHeader.readLeniently(
            "BỘ CÔNG AN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "Số: 65/2026/TT-BCA\n\nHà Nội, ngày 20 tháng 5 năm 2026\n\nTHÔNG TƯ\n"
                + "Quy định danh mục đồ vật cấm đưa vào trại giam\n\n"
                + "Căn cứ Luật Thi hành án hình sự ngày 14 tháng 6 năm 2019;\n"
                + "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định danh mục đồ vật cấm.\n"
                + "5. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo"
                + " về Bộ để được hướng dẫn./. \n \n \n \nBỘ TRƯỞNG \n"
                + "Đại tướng Lương Tam Quang \n \n");
    assertThat(h.signer()).hasValue("Lương Tam Quang");
  }

  @Test
  void onlyARankIsDropped() {
    assertThat(RankBeforeName.dropped("Đại tướng Lương Tam Quang")).isEqualTo("Lương Tam Quang");
    assertThat(RankBeforeName.dropped("Thiếu tướng Nguyễn Văn A")).isEqualTo("Nguyễn Văn A");
    // a name whose first word is a rank's first word, and a line with no name after the rank
    assertThat(RankBeforeName.dropped("Trung Văn Đức")).isEqualTo("Trung Văn Đức");
    assertThat(RankBeforeName.dropped("Đại tá")).isEqualTo("Đại tá");
  }
}
