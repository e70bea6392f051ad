package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.document.DocumentNumber;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Layouts of real published files that the text of a web page never shows, read through the path a
 * user takes ({@link PlanReader#readAny(Path)}, {@link PlanReader#text(Path)}): the files of the
 * corpus set {@code binary/} (its README says where each comes from). Each test names the class of
 * layout and fails before the rule that reads it.
 */
class BinaryLayoutsTest {
  private static Path file(String name) throws URISyntaxException {
    return Path.of(
        BinaryLayoutsTest.class.getResource("/io/github/cchc/model/corpus/binary/" + name).toURI());
  }

  private static DocumentHeader header(String name) throws URISyntaxException {
    return PlanReader.readAny(file(name)).header().orElseThrow();
  }

  @Test
  void aDocHeaderTypedWithTabStopsGivesTheIssuingBodyApart() throws Exception {
    // Chỉ thị 09/2009/CT-UBND of Bình Dương: "TỈNH BÌNH DƯƠNG⇥Độc lập - Tự do - Hạnh phúc"
    DocumentHeader h = header("binhduong-ct-09-2009.doc");
    assertThat(String.join(" ", h.issuingBody())).isEqualTo("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("09/2009/CT-UBND");
    assertThat(h.place()).contains("Thủ Dầu Một");
    // and its foot: "- UBND các huyện, thị xã;⇥Nguyễn Văn Hiệp" beside the recipients
    assertThat(h.signer()).contains("Nguyễn Văn Hiệp");
  }

  @Test
  void wordAnchorsOfDrawnRulesAreNoText() throws Exception {
    // the rule under the title of a .doc is a drawn line anchored at the end of the title (U+0008)
    assertThat(header("binhduong-ct-09-2009.doc").title())
        .contains("Về việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở");
    assertThat(header("cantho-qd-09-2010.doc").title())
        .contains(
            "Ban hành Quy định tuyển chọn, xét chọn tổ chức, cá nhân chủ trì thực hiện nhiệm vụ"
                + " khoa học và công nghệ cấp thành phố");
    assertThat(PlanReader.text(file("binhduong-ct-09-2009.doc"))).doesNotContain("\b");
  }

  @Test
  void theDocumentADecisionAdoptsWithItsOwnHeaderIsCutBeforeThatHeader() throws Exception {
    // Quyết định 15/2010/QĐ-UBND of Hà Nội and, after its signature, the Quy định it adopts under
    // a header of its own ("ỦY BAN NHÂN DÂN⏎THÀNH PHỐ HÀ NỘI⏎CỘNG HÒA …⏎QUY ĐỊNH")
    DocumentHeader h = header("hanoi-qd-15-2010.doc");
    assertThat(h.signer()).contains("Ngô Thị Thanh Hằng");
    assertThat(h.numberSymbol().map(DocumentNumber::format)).contains("15/2010/QĐ-UBND");
  }

  @Test
  void columnsSideBySideAreGivenOneAfterTheOther() {
    // the head of Quyết định 09/2010/QĐ-UBND of Cần Thơ as tab stops would give it
    String head =
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "THÀNH PHỐ CẦN THƠ\tĐộc lập - Tự do - Hạnh phúc\n"
            + "\n"
            + "QUYẾT ĐỊNH\n";
    assertThat(SideBySide.columns(head))
        .isEqualTo(
            "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                + "\n"
                + "QUYẾT ĐỊNH\n");
    // a tab after the label of a numbered item is an indent, not a second column
    String items = "1.\tPhạm vi điều chỉnh: Nghị quyết này quy định mức thu\na)\tLệ phí cấp mới\n";
    assertThat(SideBySide.columns(items)).isEqualTo(items);
  }
}
