package io.github.cchc.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cchc.model.document.DocumentNumber;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text files in the legacy encodings old systems export (LegacyText): real pages of the corpus
 * re-encoded as Windows-1258 ("Vietnamese (Windows)", tones as combining marks) and as TCVN3 (ABC)
 * are read as their UTF-8 copies are, the encoding assumed said in the plan's problems; bytes that
 * are no Vietnamese encoding for sure are still refused, saying how to convert them.
 */
class LegacyTextFilesTest {
  private static final String CORPUS = "/io/github/cchc/model/corpus/";

  private static String page(String name) throws IOException {
    try (InputStream in = LegacyTextFilesTest.class.getResourceAsStream(CORPUS + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The text as Word's "Vietnamese (Windows)" export writes it: each letter's tone split off as a
   * combining mark after the letter with its other marks (â, ơ, ư … are single bytes).
   */
  static byte[] windows1258(String text) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String nfd = Normalizer.normalize(text.substring(i, i + 1), Normalizer.Form.NFD);
      String tone = nfd.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
      String rest = nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", "");
      b.append(Normalizer.normalize(rest, Normalizer.Form.NFC)).append(tone);
    }
    ByteBuffer out =
        Charset.forName("windows-1258")
            .newEncoder()
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(b));
    byte[] bytes = new byte[out.remaining()];
    out.get(bytes);
    return bytes;
  }

  /** TCVN3's characters from 0xA1 (TCVN 5712:1993, as io.github.cchc.model.text.Tcvn3 has them). */
  private static final String TCVN3 =
      "ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ";

  /** The text as typed with a .Vn font: marked letters small (TCVN3 has no marked capitals). */
  static byte[] tcvn3(String text) {
    byte[] out = new byte[text.length()];
    int n = 0;
    for (char c : text.toCharArray()) {
      int at = TCVN3.indexOf(c);
      if (at < 0 && c > 0x7F) {
        at = TCVN3.indexOf(Character.toLowerCase(c));
      }
      if (at >= 0) {
        out[n++] = (byte) (0xA1 + at);
      } else if (c <= 0x7F) {
        out[n++] = (byte) c;
      } else {
        out[n++] = (byte) ' '; // a quotation mark or a dash TCVN3 lacks
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  @Test
  void aWindows1258TextIsReadAsItsUtf8Copy(@TempDir Path tmp) throws IOException {
    // the seed Kế hoạch 24/KH-SNgV of Bình Phước's Sở Ngoại vụ, as Notepad saves it in
    // "Vietnamese (Windows)": read as UTF-8 it was "not UTF-8 text: bad byte 0xD2"
    String utf8 = page("seed-binhphuoc-sngv-kh-24-2024.txt");
    Path file = Files.write(tmp.resolve("kh-24.txt"), windows1258(utf8));
    Path copy = Files.write(tmp.resolve("kh-24-utf8.txt"), utf8.getBytes(StandardCharsets.UTF_8));
    assertThat(PlanReader.assumedEncoding(Files.readAllBytes(file))).contains("Windows-1258");
    assertThat(PlanReader.text(file)).isEqualTo(PlanReader.text(copy));
    Plan plan = PlanReader.readAny(file);
    assertThat(plan.header().orElseThrow().numberSymbol().map(DocumentNumber::format))
        .contains("24/KH-SNgV");
    assertThat(plan.targets()).isEqualTo(PlanReader.readAny(copy).targets());
    assertThat(plan.problems())
        .anySatisfy(p -> assertThat(p.toString()).contains("not UTF-8: read as Windows-1258"));
    // read once, the file tells its text and its encoding as decode and assumedEncoding do
    PlanReader.TextFile once = PlanReader.textFile(file, Files.readAllBytes(file));
    assertThat(once.text()).isEqualTo(PlanReader.decode("kh-24.txt", Files.readAllBytes(file)));
    assertThat(once.encoding()).contains("Windows-1258");
    assertThat(PlanReader.readAny(once)).isEqualTo(plan);
    // its UTF-8 copy assumes nothing and says nothing
    assertThat(PlanReader.textFile(copy, Files.readAllBytes(copy)).encoding()).isEmpty();
    assertThat(PlanReader.assumedEncoding(Files.readAllBytes(copy))).isEmpty();
    assertThat(PlanReader.readAny(copy).problems()).isEmpty();
  }

  @Test
  void aSecondPageInWindows1258() throws IOException {
    // Kế hoạch 122/KH-UBND of Trà Vinh (2024), another real plan of the corpus
    String utf8 = page("travinh-kh-122-2024.txt");
    assertThat(PlanReader.decode("kh-122.txt", windows1258(utf8)))
        .isEqualTo(PlanReader.decode("kh-122.txt", utf8.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aTcvn3TextIsReadInUnicode(@TempDir Path tmp) throws IOException {
    // the same seed typed with .VnTime and saved as text, as an archive of the 2000s keeps it
    String utf8 = page("seed-binhphuoc-sngv-kh-24-2024.txt");
    Path file = Files.write(tmp.resolve("kh-24.txt"), tcvn3(utf8));
    assertThat(PlanReader.assumedEncoding(Files.readAllBytes(file))).contains("TCVN3 (ABC)");
    Plan plan = PlanReader.readAny(file);
    assertThat(plan.header().orElseThrow().numberSymbol().map(DocumentNumber::format))
        .contains("24/KH-SNgV");
    assertThat(PlanReader.text(file))
        .contains("Bình Phước, ngày 22 tháng 02 năm 2024")
        .contains("Thực hiện các chỉ tiêu phấn đấu nâng cao");
    assertThat(plan.problems())
        .anySatisfy(p -> assertThat(p.toString()).contains("read as TCVN3 (ABC) text"));
  }

  @Test
  void bytesOfNoVietnameseEncodingAreStillRefusedSayingHowToConvert() {
    // Latin-1 German and French: high bytes that are no tone after a vowel, nor TCVN3, nor VNI
    byte[] latin1 =
        "Größe und Übersicht, déjà vu: l'année dernière".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(PlanReader.assumedEncoding(latin1)).isEmpty();
    assertThatThrownBy(() -> PlanReader.decode("de.txt", latin1))
        .isInstanceOf(PlanReadException.class)
        .hasMessageContaining("not UTF-8 text: bad byte 0xF6")
        .hasMessageContaining("iconv -f WINDOWS-1258 -t UTF-8");
    // a Windows-1258 text with a single tone mark is not Vietnamese for sure: refused as well
    byte[] one = "Mot dong co dâu: a\u0301".getBytes(Charset.forName("windows-1258"));
    assertThat(PlanReader.assumedEncoding(one)).isEmpty();
  }
}
