package io.github.cchc.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cchc.indicators.period.ReportingCalendar;
import io.github.cchc.indicators.statistics.ProcessingStatistics;
import io.github.cchc.model.dossier.Channel;
import io.github.cchc.model.dossier.Dossier;
import io.github.cchc.reporting.builder.PeriodicReport;
import io.github.cchc.reporting.html.HtmlRenderer;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.server.browser.Chromium;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report's HTML fragment in headless Chromium: at 390 px nothing but a table's own scroll box
 * is wider than the screen, and a host page's hostile rules for {@code h2} and {@code th} do not
 * change the report's computed styles. Skipped where no Chromium is installed.
 */
class ReportInBrowserTest {
  private static final String PROBE =
      "<pre id=\"out\"></pre><script>try{var box=document.getElementById('box')"
          + ".getBoundingClientRect().right;var n=0;document.querySelectorAll('.cchc-report *')"
          + ".forEach(function(e){if(e.getBoundingClientRect().right>box+1"
          + "&&!e.closest('.cchc-scroll'))n++});"
          + "var h=getComputedStyle(document.querySelector('.cchc-report h2'));"
          + "var t=getComputedStyle(document.querySelector('.cchc-report th'));"
          + "var q=document.querySelector('.cchc-report .cchc-nation .cchc-b');"
          + "var lines=Math.round(q.getBoundingClientRect().height"
          + "/parseFloat(getComputedStyle(q).lineHeight));"
          + "var L=document.querySelector('.cchc-report th.cchc-long');"
          + "var em=Math.round(L.getBoundingClientRect().width/parseFloat(getComputedStyle(L).fontSize));"
          + "document.getElementById('out').textContent='RESULT overflow='+n+' title='+lines"
          + "+' long='+em"
          + "+' h2='+h.color+'|'"
          + "+h.textTransform+'|'+h.letterSpacing+'|'+h.fontFamily+' th='+t.backgroundColor+'|'"
          + "+t.color;}catch(x){document.getElementById('out').textContent='RESULT error '+x}"
          + "</script>";

  private static Report report() {
    ProcessingStatistics s =
        ProcessingStatistics.of(
            ReportingCalendar.calendar().quarter(2024, 2),
            LocalDate.of(2024, 7, 10),
            Dossier::agency);
    s.add(
        Dossier.builder()
            .id("H1")
            .procedureCode("2.000488")
            .agency("Ủy ban nhân dân thành phố Đồng Xoài")
            .channel(Channel.ONLINE)
            .received(LocalDateTime.parse("2024-05-02T08:00"))
            .due(LocalDateTime.parse("2024-05-15T17:00"))
            .build());
    return PeriodicReport.builder()
        .header(
            OfficialHeader.builder()
                .governingBody("UBND TỈNH BÌNH PHƯỚC")
                .issuingBody("SỞ NỘI VỤ")
                .symbol("BC-SNV")
                .place("Bình Phước")
                .date(LocalDate.of(2024, 7, 10))
                .build())
        .periodLabel("quý II năm 2024")
        .plan("Kế hoạch số 15/KH-UBND")
        .processing(s.byGroup())
        .build()
        .toReport();
  }

  /** The periodic report with a table of targets, whose wording is the column of long texts. */
  private static Report withTargets() {
    Report periodic = report();
    Table targets =
        Table.builder()
            .caption("Bảng 1. Kết quả thực hiện các chỉ tiêu")
            .addColumns(
                Column.of("STT"),
                Column.of("Chỉ tiêu"),
                Column.of("Tử số"),
                Column.of("Mẫu số"),
                Column.of("Kết quả", "%"),
                Column.of("Ngưỡng", "%"),
                Column.of("Đánh giá"))
            .addRows(
                Row.of(
                    Cell.count(3),
                    Cell.text(
                        "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho"
                            + " người dân, tổ chức."),
                    Cell.count(949_570),
                    Cell.count(972_300),
                    Cell.percent(new BigDecimal("97.66"), 2),
                    Cell.percent(new BigDecimal("98"), 0),
                    Cell.text("Không đạt")),
                Row.of(
                    Cell.count(6),
                    Cell.text(
                        "Tối thiểu 50% kết quả giải quyết TTHC điện tử đối với TTHC thuộc thẩm"
                            + " quyền giải quyết của cấp tỉnh được số hóa hồ sơ."),
                    Cell.count(583_377),
                    Cell.count(972_300),
                    Cell.percent(new BigDecimal("60.00"), 2),
                    Cell.percent(new BigDecimal("50"), 0),
                    Cell.text("Đạt")))
            .build();
    return Report.builder()
        .from(periodic)
        .addSections(Section.builder().heading("IV. CÁC CHỈ TIÊU").addBlocks(targets).build())
        .build();
  }

  private static String run(Path dir, String hostCss) throws IOException, InterruptedException {
    return run(dir, hostCss, 390);
  }

  private static String run(Path dir, String hostCss, int boxWidth)
      throws IOException, InterruptedException {
    Path chromium = Chromium.find().orElse(null);
    Assumptions.assumeTrue(chromium != null, Chromium.HOW_TO_ENABLE);
    String page =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><style>"
            + hostCss
            + "</style></head><body><div id=\"box\" style=\"width:"
            + boxWidth
            + "px\">"
            + HtmlRenderer.fragment().render(withTargets())
            + "</div>"
            + PROBE
            + "</body></html>";
    Path file = dir.resolve("host-" + Math.abs(hostCss.hashCode()) + "-" + boxWidth + ".html");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(
                List.of(
                    chromium.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--user-data-dir=" + dir.resolve("profile"),
                    "--window-size=1280,1600",
                    "--virtual-time-budget=3000",
                    "--dump-dom",
                    file.toUri().toString()))
            .redirectError(dir.resolve("chromium.log").toFile())
            .start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    Matcher m = Pattern.compile("RESULT [^<]*").matcher(dom);
    assertThat(m.find()).as("the probe ran: " + dom.length() + " chars").isTrue();
    return m.group();
  }

  @Test
  void at390PixelsOnlyTablesScrollInTheirOwnBox(@TempDir Path dir) throws Exception {
    assertThat(run(dir, "")).contains("overflow=0 ");
  }

  @Test
  void at390PixelsTheColumnOfLongTextsKeepsItsWidthAndTheTableScrolls(@TempDir Path dir)
      throws Exception {
    // the target's wording took a word a line (4 em) at 390 px; the column now keeps 13 em and
    // the table scrolls in its own box, while at full width the column has its 38 %
    String narrow = run(dir, "", 390);
    assertThat(narrow).contains("overflow=0 ");
    assertThat(longColumnEm(narrow)).isBetween(13, 16);
    assertThat(longColumnEm(run(dir, "", 700))).isGreaterThanOrEqualTo(13);
  }

  private static int longColumnEm(String result) {
    Matcher m = Pattern.compile("long=(\\d+)").matcher(result);
    assertThat(m.find()).as(result).isTrue();
    return Integer.parseInt(m.group(1));
  }

  @Test
  void theNationalTitleTakesOneLineWhereTheReportHasItsWidth(@TempDir Path dir) throws Exception {
    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" wrapped before "NAM" at the report's full width; in a
    // 390 px box it still wraps, so nothing overflows there
    assertThat(run(dir, "", 700)).contains("overflow=0 title=1 ");
    assertThat(run(dir, "", 390)).contains("overflow=0 title=2 ");
  }

  @Test
  void aHostileHostStylesheetDoesNotRestyleTheReport(@TempDir Path dir) throws Exception {
    String plain = run(dir, "");
    String hostile =
        run(
            dir,
            "h2{color:rgb(255,0,0);text-transform:lowercase;letter-spacing:5px;"
                + "font-family:monospace}th{background:yellow;color:blue}p{font-size:30px}");
    assertThat(hostile.substring(hostile.indexOf(" h2=")))
        .isEqualTo(plain.substring(plain.indexOf(" h2=")));
  }
}
