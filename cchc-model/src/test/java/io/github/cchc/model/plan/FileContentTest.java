package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as they arrive, opened by what they are ({@link FileKind}), not by what they are named: the
 * fixtures of {@code /formats/} (see its README) under other names, and the RTF and HTML pages a
 * district's document system published as {@code .doc}.
 */
class FileContentTest {
  private static Path fixture(Path dir, String name, String as) throws IOException {
    Path out = dir.resolve(as);
    try (InputStream in = FileContentTest.class.getResourceAsStream("/formats/" + name)) {
      Files.copy(in, out);
    }
    return out;
  }

  @Test
  void aPdfNamedDocxIsReadAsThePdfItIs(@TempDir Path tmp) throws IOException {
    String name = "seed-004-sngv-kien-giang-draft-2024-libreoffice.pdf";
    Plan asPdf = PlanReader.readAny(fixture(tmp, name, "du-thao.pdf"));
    Plan asDocx = PlanReader.readAny(fixture(tmp, name, "du-thao.docx"));
    assertThat(asDocx.header()).isPresent().isEqualTo(asPdf.header());
    assertThat(asDocx.title()).isPresent().isEqualTo(asPdf.title());
    assertThat(asDocx.targets()).isEqualTo(asPdf.targets());
  }

  @Test
  void aDocNamedPdfOrWithoutExtensionIsReadAsTheDocItIs(@TempDir Path tmp) throws IOException {
    String name = "lethuy-tcvn3-2011.doc";
    String text = PlanReader.text(fixture(tmp, name, "kiem-diem.doc"));
    assertThat(PlanReader.text(fixture(tmp, name, "kiem-diem.pdf"))).isEqualTo(text);
    assertThat(PlanReader.text(fixture(tmp, name, "Bản kiểm điểm 2011"))).isEqualTo(text);
    assertThat(text).contains("Đảng bộ cơ quan UBND");
  }

  @Test
  void aFileIsTakenAsADocumentByItsNameOrItsFirstBytes(@TempDir Path tmp) throws IOException {
    // the routing the command line shares with readAny: by name, else by content
    assertThat(PlanReader.readsAsDocument(tmp.resolve("missing.pdf"))).isTrue();
    String pdf = "seed-004-sngv-kien-giang-draft-2024-libreoffice.pdf";
    assertThat(PlanReader.readsAsDocument(fixture(tmp, pdf, "du-thao"))).isTrue();
    assertThat(PlanReader.readsAsDocument(fixture(tmp, "lethuy-tcvn3-2011.doc", "kiem-diem.dat")))
        .isTrue();
    Path rtf = fixture(tmp, "hpbaotho-du-thao-van-ban-rtf-head.doc", "du-thao.rtf");
    assertThat(PlanReader.readsAsDocument(rtf)).isTrue();
    Path text = Files.writeString(tmp.resolve("ke-hoach"), "KẾ HOẠCH\nSố: 24/KH-SNgV\n");
    assertThat(PlanReader.readsAsDocument(text)).isFalse();
    Path html = fixture(tmp, "hpbaotho-ke-hoach-tap-huan-html-head.doc", "tap-huan.htm");
    assertThat(PlanReader.readsAsDocument(html)).isTrue();
    Path htmlAsText = fixture(tmp, "hpbaotho-ke-hoach-tap-huan-html-head.doc", "tap-huan.txt");
    assertThat(PlanReader.readsAsDocument(htmlAsText)).isTrue();
    assertThat(PlanReader.readsAsDocument(tmp.resolve("missing"))).isFalse();
  }

  @Test
  void anRtfServedAsDocIsSaidToBeRtf(@TempDir Path tmp) throws IOException {
    Path rtf = fixture(tmp, "hpbaotho-du-thao-van-ban-rtf-head.doc", "Du Thao Van Ban.doc");
    assertThatThrownBy(() -> PlanReader.readAny(rtf))
        .isInstanceOf(PlanReadException.class)
        .hasMessageStartingWith("Du Thao Van Ban.doc: file: an RTF document (Rich Text Format)")
        .hasMessageContaining("not a .doc file as its name says")
        .hasMessageContaining("save it as .docx");
  }

  @Test
  void anHtmlPageServedAsDocIsReadAsThePageItIs(@TempDir Path tmp) throws IOException {
    // Word's "Web Page" published as .doc: read as a page; the fixture is its head, no body
    Path html = fixture(tmp, "hpbaotho-ke-hoach-tap-huan-html-head.doc", "Ke_hoach_tap_huan.doc");
    assertThatThrownBy(() -> PlanReader.readAny(html))
        .isInstanceOf(PlanReadException.class)
        .hasMessageStartingWith("Ke_hoach_tap_huan.doc: file: no text");
    // a page's HTML source kept as .txt is read as the page, not as its markup
    Path txt = tmp.resolve("trang.txt");
    Files.writeString(txt, "<html><body>KẾ HOẠCH\nCải cách hành chính năm 2024</body></html>\n");
    assertThat(PlanReader.text(txt)).contains("KẾ HOẠCH").doesNotContain("<body>");
  }

  @Test
  void anEmptyWordOrPdfFileIsSaidToBeEmpty(@TempDir Path tmp) throws IOException {
    for (String name : new String[] {"rong.docx", "rong.doc", "rong.pdf"}) {
      Path empty = Files.createFile(tmp.resolve(name));
      assertThatThrownBy(() -> PlanReader.readAny(empty))
          .isInstanceOf(PlanReadException.class)
          .hasMessage(name + ": file: an empty file (0 bytes)");
    }
    Path txt = Files.createFile(tmp.resolve("rong.txt"));
    assertThatThrownBy(() -> PlanReader.readAny(txt)).hasMessageContaining("no text");
  }

  @Test
  void aZipOfSomethingElseNamedDocxIsSaidToBeOne(@TempDir Path tmp) throws IOException {
    Path zip = tmp.resolve("ho-so.docx");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("ke-hoach.txt"));
      z.write("KẾ HOẠCH".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      z.closeEntry();
    }
    assertThatThrownBy(() -> PlanReader.readAny(zip))
        .isInstanceOf(PlanReadException.class)
        .hasMessageStartingWith("ho-so.docx: file: a zip archive that is not a Word .docx");
  }

  @Test
  void aWordNameOverTextSaysWhatTheContentStartsWith(@TempDir Path tmp) throws IOException {
    Path txt = Files.writeString(tmp.resolve("ke-hoach.docx"), "KE HOACH so 24\n");
    assertThatThrownBy(() -> PlanReader.readAny(txt))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("ke-hoach.docx: file: not a readable .docx")
        .hasMessageContaining("it starts with \"KE HOACH so 24\\x0A\"");
  }

  @Test
  void aPdfWithAUserPasswordIsSaidToBeProtected(@TempDir Path tmp) throws IOException {
    Path plain = fixture(tmp, "seed-004-sngv-kien-giang-draft-2024-libreoffice.pdf", "a.pdf");
    Path locked = tmp.resolve("ke-hoach-co-mat-khau.pdf");
    try (PDDocument doc = Loader.loadPDF(plain.toFile())) {
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      doc.save(locked.toFile());
    }
    assertThatThrownBy(() -> PlanReader.readAny(locked))
        .isInstanceOf(PlanReadException.class)
        .hasMessageStartingWith("ke-hoach-co-mat-khau.pdf: file: a password-protected PDF");
  }

  @Test
  void aDocWithAPasswordIsSaidToBeProtected(@TempDir Path tmp) throws IOException {
    Path locked = fixture(tmp, "hpbaotho-ds-encrypted.doc", "DS.doc");
    assertThatThrownBy(() -> PlanReader.readAny(locked))
        .isInstanceOf(PlanReadException.class)
        .hasMessageStartingWith("DS.doc: file: a password-protected Word document")
        .hasMessageNotContaining("Biff8EncryptionKey");
    // an unprotected Word 97 document of the same system is still read
    assertThat(PlanReader.text(fixture(tmp, "lethuy-tcvn3-2011.doc", "kd.doc"))).isNotBlank();
  }

  @Test
  void aMissingFileIsSaidToBeMissingWithoutAClassName(@TempDir Path tmp) {
    for (String name : new String[] {"khong-co.pdf", "khong-co.txt"}) {
      assertThatThrownBy(() -> PlanReader.readAny(tmp.resolve(name)))
          .isInstanceOf(PlanReadException.class)
          .hasMessage(name + ": file: no such file");
    }
  }
}
