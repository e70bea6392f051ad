package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A legal news site's closing lines, the caption ended by "(Hình từ Internet)" and "Trên đây là
 * thông tin về "…"", tell the headline again: a goal the body states is counted once, in the body;
 * a caption's goal the body does not state keeps it.
 */
class SiteSummaryLinesTest {
  @TempDir Path dir;

  /** The targets of a crawled Markdown page, read as the command reads a {@code .md} file. */
  private List<String> read(String markdown) throws IOException {
    Path f = dir.resolve("page.md");
    Files.writeString(f, markdown, StandardCharsets.UTF_8);
    return PlanReader.readAny(f).targets().stream()
        .map(t -> t.comparator() + " " + t.value().map(Object::toString).orElse("-"))
        .toList();
  }

  @Test
  void theSitesCaptionAndClosingLineRepeatTheBodysGoal() throws IOException {
    // thuvienphapluat's page on Thông báo 596/TB-VPCP (tnt305/tai_lieu_noi_bo; corpus unseen48)
    String tb596 =
        """
        # Sẽ cắt giảm ít nhất 50% thủ tục đầu tư xây dựng nhà ở xã hội theo yêu cầu của Thủ tướng\
         (Thông báo 596/TB-VPCP năm 2025)

        **(4) Rà soát, xây dựng quy trình, thủ tục thuận lợi, rút ngắn thời gian, tạo luồng xanh,\
         cắt giảm ít nhất 50% các thủ tục hành chính đầu tư xây dựng nhà ở xã hội; tăng cường hậu\
         kiểm, giảm tiền kiểm.**

        Theo đó, Thủ tướng đã nhấn mạnh về việc cần **cắt giảm ít nhất 50% thủ tục đầu tư xây dựng\
         nhà ở xã hội**, đưa các dự án vào nhóm luồng xanh để làm thủ tục nhanh chóng.

        *Trên đây là thông tin về "Thủ tướng yêu cầu cắt giảm ít nhất 50% thủ tục đầu tư xây dựng\
         nhà ở xã hội (Thông báo 596/TB-VPCP năm 2025)".*

        *Sẽ cắt giảm ít nhất 50% thủ tục đầu tư xây dựng nhà ở xã hội theo yêu cầu của Thủ tướng\
         (Thông báo 596/TB-VPCP năm 2025) (Hình từ Internet)*
        """;
    assertThat(read(tb596)).containsExactly("GE 50", "GE 50");
    // a second page of the site (tnt305, src/etl/dataset/e5016435461f5572.md, Chỉ thị 05/CT-UBND
    // of Ho Chi Minh City): the closing line without "thông tin về" and the caption
    String ct05 =
        """
        # Chỉ thị 05: 100% hộ gia đình để ở kết hợp sản xuất, kinh doanh chất dễ cháy nổ liền kề\
         tại TPHCM phải tham gia Tổ liên gia an toàn PCCC thế nào?

        Theo đó, Chủ tịch Ủy ban nhân dân Thành phố yêu cầu Công an Thành phố đảm bảo 100% nhà để ở\
         kết hợp sản xuất, kinh doanh hàng hóa, chất dễ cháy, nổ liền kề; các khu phố trong khu dân\
         cư, làng nghề, hẻm tập trung đông dân cư (hộ gia đình) phải tham gia Tổ liên gia an toàn\
         phòng cháy, chữa cháy.

        **Trên đây là "Chỉ thị 05: 100% hộ gia đình để ở kết hợp sản xuất kinh doanh chất dễ cháy\
         nổ liền kề tại TPHCM phải tham gia Tổ liên gia an toàn PCCC thế nào?"*

        *Chỉ thị 05: 100% hộ gia đình để ở kết hợp sản xuất kinh doanh chất dễ cháy nổ liền kề tại\
         TPHCM phải tham gia Tổ liên gia an toàn PCCC thế nào? (Hình từ Internet)*
        """;
    assertThat(read(ct05)).containsExactly("EQ 100");
  }

  @Test
  void aCaptionsGoalTheBodyDoesNotStateIsKept() throws IOException {
    // the Thông báo 596 page without the body's sentences: the caption's goal is its own
    String captionOnly =
        """
        # Thông báo 596/TB-VPCP năm 2025

        Ngày 03/11/2025, Văn phòng Chính phủ ban hành Thông báo 596/TB-VPCP về Kết luận của Thủ\
         tướng Chính phủ Phạm Minh Chính tại buổi làm việc về các giải pháp Phát triển đột phá nhà ở\
         xã hội.

        *Sẽ cắt giảm ít nhất 50% thủ tục đầu tư xây dựng nhà ở xã hội theo yêu cầu của Thủ tướng\
         (Thông báo 596/TB-VPCP năm 2025) (Hình từ Internet)*
        """;
    assertThat(read(captionOnly)).containsExactly("GE 50");
  }
}
