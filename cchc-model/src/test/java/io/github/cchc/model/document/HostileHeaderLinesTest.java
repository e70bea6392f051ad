package io.github.cchc.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cchc.model.CchcParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The header reader over hostile sequences of lines: pieces of real headers (the corpus's pages:
 * number lines, date lines wrapped anywhere, flattened cells with table bars, a place cut in its
 * name, menus, property tables, signature blocks) in any order, cut anywhere and glued with bars.
 * Whatever the page, {@link DocumentHeader#read(CharSequence)} returns a header or refuses the page
 * with its documented {@link CchcParseException} at an offset inside the text; nothing else
 * escapes, and the body offsets stay inside the text.
 */
class HostileHeaderLinesTest {
  private static final List<String> PIECES =
      List.of(
          "BỘ CÔNG THƯƠNG ------- Số: 507/QĐ-BCT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự"
              + " do - Hạnh phúc --------------- Hà Nội, ngày 21 tháng 02 năm 2017 |",
          "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
          "Số: 30/2018/QĐ-UBND | Hải Phòng, ngày 09 tháng 10 năm 2018 |",
          "Nghị quyết số: 653/2019/UBTVQH14",
          "Nghị quyết số: 653/",
          "Số:",
          "Số: 24/KH-",
          "Số: 67-HĐBT",
          "Cao",
          "Bằng, ngày 09 tháng 10 năm 2018",
          "Phú Thọ, ngày 13",
          "tháng 02 năm 2025",
          "Hà Nội, ngày 32 tháng 13 năm 2024",
          "Thứ hai, Ngày 17/05/2021 -",
          "CỘNG HÒA XÃ HỘI",
          "CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do -",
          "Hạnh phúc",
          "---------------",
          "|",
          "  • An Giang",
          "  • Bình Dương",
          "KẾ HOẠCH",
          "QUYẾT",
          "ĐỊNH",
          "V/v triển khai xây dựng Chính phủ điện tử",
          "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
          "| Người ký | Nguyễn Khắc Toàn |",
          "Số hiệu: | 4233/KH-UBND |",
          "Nơi nhận:",
          "- Như Điều 3;",
          "TM. ỦY BAN NHÂN DÂN",
          "KT. CHỦ TỊCH",
          "PHÓ CHỦ TỊCH",
          "Nguyễn Văn Phòng",
          "Căn cứ Nghị định s20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ;",
          "Chương trình hành động số 147-CTHĐ/TU ngày 09/5/2019 của Tỉnh ủy",
          "Sáng ngày 01/11/2023, Ban Chỉ đạo đã họp 10 tháng đầu năm 2023",
          "- U BAN DÂN T C C NG HOÀ XÃ H I CH NGHĨA VI T NAM S 291/QĐ-UBDT Hà N i, ngày 08",
          "(Đã ký)",
          "",
          "   ");

  @Test
  void anySequenceOfHeaderLinesIsReadOrRefusedWithItsTypedError() {
    qt().withExamples(3000)
        .forAll(
            lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 30),
            integers().between(0, 3))
        .checkAssert(
            (picks, glue) -> {
              StringBuilder page = new StringBuilder();
              for (int k : picks) {
                String piece = PIECES.get(k);
                // cut the piece where a copy might: nowhere, in its middle, or glue it with a bar
                switch ((k + glue) % 4) {
                  case 1 -> page.append(piece, 0, piece.length() / 2).append('\n');
                  case 2 -> page.append(piece).append(" | ");
                  default -> page.append(piece).append('\n');
                }
              }
              String text = page.toString();
              try {
                DocumentHeader h = DocumentHeader.read(text);
                assertThat(h.bodyStart()).isBetween(0, text.length());
                assertThat(h.bodyEnd()).isBetween(h.bodyStart(), text.length());
              } catch (CchcParseException refused) {
                assertThat(refused.errorIndex()).isBetween(0, text.length());
              }
            });
  }
}
