package io.github.cchc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .txt} in Windows-1258 ("Vietnamese (Windows)", tones as combining marks), as old systems
 * export it, is read by {@code citations}, {@code targets} and {@code plan} saying the encoding
 * assumed on standard error; it was refused as "not UTF-8 text: bad byte 0xD2".
 */
class LegacyTextCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /**
   * The opening of the seed Kế hoạch 24/KH-SNgV of Bình Phước's Sở Ngoại vụ, its tones split off
   * after their letters as Windows-1258 writes them ("Kế" is "Kê" and U+0301).
   */
  private static final String SEED =
      "Số: 24/KH-SNgV\nBình Phước, ngày 22 tháng 02 năm 2024\nKẾ HOẠCH\n"
          + "Thực hiện các chỉ tiêu phấn đấu nâng cao chỉ số cải cách hành chính năm 2024\n"
          + "Căn cứ Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh Ban hành Kế hoạch"
          + " Cải cách hành chính Nhà nước năm 2024;\n";

  private static byte[] windows1258(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      String nfd = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
      String tone = nfd.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
      String rest = nfd.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", "");
      b.append(java.text.Normalizer.normalize(rest, java.text.Normalizer.Form.NFC)).append(tone);
    }
    return b.toString().getBytes(Charset.forName("windows-1258"));
  }

  @Test
  void aWindows1258TextIsReadSayingSo(@TempDir Path tmp) throws Exception {
    Path file = Files.write(tmp.resolve("kh-24.txt"), windows1258(SEED));
    int code =
        Cchc.execute(new PrintWriter(out), new PrintWriter(err), "citations", file.toString());
    assertThat(code).as(err.toString()).isEqualTo(Cchc.OK);
    assertThat(out.toString()).contains("\"numberSymbol\":\"2142/QĐ-UBND\"");
    assertThat(err.toString()).contains("kh-24.txt: not UTF-8: read as Windows-1258 text");
    // the same text in UTF-8 says nothing
    StringWriter quiet = new StringWriter();
    Path utf8 = Files.write(tmp.resolve("kh-24-utf8.txt"), SEED.getBytes(StandardCharsets.UTF_8));
    Cchc.execute(
        new PrintWriter(new StringWriter()), new PrintWriter(quiet), "citations", utf8.toString());
    assertThat(quiet.toString()).isEmpty();
    StringWriter plan = new StringWriter();
    assertThat(Cchc.execute(new PrintWriter(plan), new PrintWriter(err), "plan", file.toString()))
        .isEqualTo(Cchc.OK);
    assertThat(plan.toString()).contains("24/KH-SNgV");
  }
}
