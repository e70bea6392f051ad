package io.github.cchc.reporting.html;

import io.github.cchc.reporting.model.Block;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.CellKind;
import io.github.cchc.reporting.model.Chart;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.HeaderGroup;
import io.github.cchc.reporting.model.OfficialHeader;
import io.github.cchc.reporting.model.Paragraph;
import io.github.cchc.reporting.model.Report;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Section;
import io.github.cchc.reporting.model.SignatureBlock;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.render.ColumnWidths;
import io.github.cchc.reporting.render.ReportRenderer;
import io.github.cchc.reporting.render.VietnameseFormat;
import io.github.cchc.reporting.svg.PngChartPainter;
import io.github.cchc.reporting.svg.SvgChartWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.owasp.encoder.Encode;

/**
 * Renders a {@link Report} as HTML in the official layout: the two-column head (issuing body and
 * number on the left; quốc hiệu, tiêu ngữ and the date line on the right), the kind and title, the
 * sections with their tables and charts (inline SVG), then Nơi nhận beside the signature block.
 *
 * <pre>{@code
 * String html = HtmlRenderer.fragment().render(report);
 * // <section class="cchc-report" lang="vi"><style>.cchc-report{...}</style>...</section>
 * }</pre>
 *
 * <p>The fragment is a single {@code <section class="cchc-report">} element whose style sheet only
 * selects inside that class, so it cannot restyle the host page; it contains no script, no link and
 * no reference to anything outside itself. Every text of the model is escaped with {@link
 * Encode#forHtml(String)}. The output is also well-formed XML (void elements self-closed).
 */
public final class HtmlRenderer implements ReportRenderer {
  /** The class of the root element; every CSS selector of the fragment starts with it. */
  public static final String ROOT_CLASS = "cchc-report";

  private static final String CSS =
      ".cchc-report{font-family:'Times New Roman','Liberation Serif',serif;font-size:14pt;"
          + "color:#000;background:#fff;line-height:1.3;max-width:170mm;margin:0 auto}"
          + ".cchc-report table{border-collapse:collapse}"
          + ".cchc-report .cchc-head,.cchc-report .cchc-foot{width:100%}"
          + ".cchc-report .cchc-head td{vertical-align:top;text-align:center;padding:0}"
          + ".cchc-report .cchc-issuer{width:40%;font-size:13pt}"
          + ".cchc-report .cchc-nation{width:60%;font-size:13pt}"
          + ".cchc-report .cchc-b{font-weight:bold}"
          + ".cchc-report .cchc-motto{font-weight:bold;font-size:14pt}"
          + ".cchc-report .cchc-rule{border-top:1px solid #000;margin:1pt auto 6pt auto;"
          + "width:35%;height:0}"
          + ".cchc-report .cchc-nation .cchc-rule{width:58%}"
          + ".cchc-report .cchc-date{font-style:italic;font-size:14pt;margin-top:4pt}"
          + ".cchc-report .cchc-kind{font-size:14pt;font-weight:bold;text-align:center;"
          + "margin:18pt 0 0 0}"
          + ".cchc-report .cchc-title{font-weight:bold;text-align:center;margin:0 0 12pt 0}"
          + ".cchc-report .cchc-to{margin:0 auto 12pt auto;font-size:14pt}"
          + ".cchc-report .cchc-to td{vertical-align:top;padding:0 0 0 4pt;text-align:left}"
          + ".cchc-report h2{font-size:14pt;font-weight:bold;margin:10pt 0 4pt 0;"
          + "page-break-after:avoid;break-after:avoid}"
          + ".cchc-report .cchc-data tr{page-break-inside:avoid;break-inside:avoid}"
          + ".cchc-report .cchc-data thead{display:table-header-group}"
          + ".cchc-report p{text-align:justify;text-indent:1cm;margin:0 0 6pt 0}"
          + ".cchc-report .cchc-table{margin:6pt 0 10pt 0}"
          + ".cchc-report .cchc-caption{font-weight:bold;text-align:center;text-indent:0;"
          + "margin:0 0 2pt 0;page-break-after:avoid;break-after:avoid}"
          + ".cchc-report .cchc-unit{font-style:italic;text-align:right;text-indent:0;"
          + "font-size:12pt;margin:0}"
          + ".cchc-report .cchc-data{width:100%;font-size:12pt;-fs-table-paginate:paginate}"
          + ".cchc-report .cchc-data th,.cchc-report .cchc-data td{border:1px solid #000;"
          + "padding:2pt 4pt}"
          + ".cchc-report .cchc-data th{font-weight:bold;text-align:center;vertical-align:middle}"
          + ".cchc-report .cchc-data th.cchc-long{width:38%}"
          + ".cchc-report .cchc-data.cchc-wide{font-size:9.5pt}"
          + ".cchc-report .cchc-data.cchc-wide th,.cchc-report .cchc-data.cchc-wide td{"
          + "padding:1pt 2pt}"
          + ".cchc-report p{overflow-wrap:break-word;word-wrap:break-word}"
          + ".cchc-report .cchc-data td.cchc-n{text-align:right;white-space:nowrap}"
          + ".cchc-report .cchc-data tr.cchc-total td{font-weight:bold}"
          + ".cchc-report .cchc-chart{margin:6pt 0 10pt 0;text-align:center}"
          + ".cchc-report .cchc-chart svg,.cchc-report .cchc-chart img{max-width:100%;height:auto}"
          + ".cchc-report .cchc-chart img{width:150mm}"
          + ".cchc-report .cchc-foot{margin-top:12pt;page-break-inside:avoid}"
          + ".cchc-report .cchc-foot td{vertical-align:top;padding:0}"
          + ".cchc-report .cchc-recipients{width:50%;font-size:11pt}"
          + ".cchc-report .cchc-recipients .cchc-label{font-size:12pt;font-weight:bold;"
          + "font-style:italic}"
          + ".cchc-report .cchc-sign{width:50%;text-align:center;font-weight:bold}"
          + ".cchc-report .cchc-space{height:70pt}"
          + ".cchc-report .cchc-appendix{page-break-before:always;break-before:page;"
          + "margin-top:18pt}"
          // printed: the measured column widths of a table with long texts, and its type size
          + "@media print{.cchc-report .cchc-data.cchc-fixed{table-layout:fixed}"
          + ".cchc-report .cchc-data.cchc-f11{font-size:11pt}"
          + ".cchc-report .cchc-data.cchc-f10{font-size:10pt}}";

  /**
   * On screens: host rules cannot reach inside (every element but SVG drawings reverted to the
   * browser's defaults before the report's own rules, which are more specific), and a table wider
   * than the screen scrolls in its own box, never the page (390 px phones).
   */
  private static final String SCREEN_CSS =
      "@media screen{.cchc-report :where(*:not(svg,svg *)){all:revert}"
          + ".cchc-report{box-sizing:border-box;padding:0 4px;overflow-wrap:break-word;"
          + "container:cchc-report/inline-size}"
          + ".cchc-report .cchc-scroll{overflow-x:auto;max-width:100%;"
          + "-webkit-overflow-scrolling:touch}"
          + ".cchc-report .cchc-head td,.cchc-report .cchc-foot td{font-size:inherit}"
          // the column of long texts keeps at least 13 em, about 28 characters a line: in a
          // narrow box (a 390 px phone) the table scrolls in its own box instead of squeezing a
          // target's wording to a word a line (the number columns do not wrap)
          + ".cchc-report .cchc-data th.cchc-long{min-width:13em}}"
          // the national title on one line where the report has room for it (it wrapped before
          // "NAM" at full width: 13 pt bold fills three fifths of 170 mm to the pixel); measured
          // on the report itself, so that a report embedded in a narrow box still wraps it
          + "@container cchc-report (min-width:600px){"
          + ".cchc-report .cchc-nation .cchc-b{white-space:nowrap}}";

  private static final String PAGE_CSS =
      "@page{size:A4;margin:20mm 15mm 20mm 30mm;"
          + "@top-center{content:counter(page);font-family:'Liberation Serif',serif;"
          + "font-size:13pt}}"
          + "@page:first{@top-center{content:none}}"
          + "body{margin:0;font-family:'Times New Roman','Liberation Serif',serif}";

  /** Text width of the official A4 page: 210 mm less margins of 30 and 15 mm, in points. */
  private static final double TEXT_WIDTH_POINTS = 165 * 72 / 25.4;

  /** What a printed cell adds to its text: padding 4 pt a side, the border, a point of safety. */
  private static final double CELL_PADDING_POINTS = 10;

  private static final HtmlRenderer FRAGMENT = new HtmlRenderer(false, false, null);
  private static final HtmlRenderer PAGE = new HtmlRenderer(true, false, null);

  private final boolean page;
  private final boolean pngCharts;
  private final @Nullable String stylesheetHref;

  private HtmlRenderer(boolean page, boolean pngCharts, @Nullable String stylesheetHref) {
    this.page = page;
    this.pngCharts = pngCharts;
    this.stylesheetHref = stylesheetHref;
  }

  /**
   * The style sheet of the report, every selector scoped under {@link #ROOT_CLASS}: what {@link
   * #withStylesheetLink(String)} expects at its address, and what a Shadow DOM host adopts.
   *
   * @return the CSS text
   */
  public static String stylesheet() {
    return SCREEN_CSS + CSS;
  }

  /**
   * The style sheet of a page rendered by {@code page().withStylesheetLink(href)}: {@link
   * #stylesheet()} with the page's print rules ({@code @page}: A4, the official margins, the page
   * number from page 2) and its {@code body} rule, so that the linked page prints as the page with
   * the inline style does.
   *
   * @return the CSS text
   */
  public static String pageStylesheet() {
    return PAGE_CSS + SCREEN_CSS + CSS;
  }

  /**
   * This renderer, linking the style sheet ({@code <link rel="stylesheet" href="...">}) instead of
   * writing it inline, for pages whose Content-Security-Policy allows styles from the site only
   * ({@code style-src 'self'}); serve {@link #stylesheet()} at {@code href} for a fragment, {@link
   * #pageStylesheet()} for a page (it keeps the print rules). The output has no inline style then:
   * no {@code <style>} element, no {@code style} attribute.
   *
   * @param href the address of the style sheet, as written in the link
   * @return a renderer that links the style sheet
   */
  public HtmlRenderer withStylesheetLink(String href) {
    return new HtmlRenderer(page, pngCharts, java.util.Objects.requireNonNull(href));
  }

  /**
   * The renderer of embeddable fragments.
   *
   * @return the fragment renderer
   */
  public static HtmlRenderer fragment() {
    return FRAGMENT;
  }

  /**
   * The renderer of standalone pages (A4 page rules for printing, page numbers from page 2).
   *
   * @return the page renderer
   */
  public static HtmlRenderer page() {
    return PAGE;
  }

  /**
   * This renderer, drawing charts as embedded PNG pictures ({@code data:} URIs) instead of inline
   * SVG, for consumers that lay out HTML without SVG support (the PDF renderer).
   *
   * @return a renderer with PNG charts
   */
  public HtmlRenderer withPngCharts() {
    return new HtmlRenderer(page, true, stylesheetHref);
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html;charset=UTF-8";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    out.write(render(report).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The report as HTML text.
   *
   * @param report the report
   * @return the fragment or the page
   */
  public String render(Report report) {
    StringBuilder out = new StringBuilder(32 * 1024);
    if (page) {
      out.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"/>")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
          .append("<title>")
          .append(Encode.forHtml(report.kind() + " - " + report.title()))
          .append("</title>");
      if (stylesheetHref != null) {
        link(out);
      } else {
        out.append("<style>").append(PAGE_CSS).append(SCREEN_CSS).append(CSS).append("</style>");
      }
      out.append("</head><body>");
      out.append("<section class=\"").append(ROOT_CLASS).append("\" lang=\"vi\">");
    } else {
      out.append("<section class=\"").append(ROOT_CLASS).append("\" lang=\"vi\">");
      if (stylesheetHref != null) {
        link(out);
      } else {
        out.append("<style>").append(SCREEN_CSS).append(CSS).append("</style>");
      }
    }
    head(report.header(), out);
    out.append("<div class=\"cchc-kind\">").append(Encode.forHtml(report.kind())).append("</div>");
    out.append("<div class=\"cchc-title\">")
        .append(Encode.forHtml(report.title()))
        .append("</div>");
    addressees(report.addressees(), out);
    for (Section section : report.sections()) {
      section(section, out);
    }
    foot(report, out);
    for (Section appendix : report.appendices()) {
      out.append("<div class=\"cchc-appendix\">");
      section(appendix, out);
      out.append("</div>");
    }
    out.append("</section>");
    if (page) {
      out.append("</body></html>\n");
    }
    return out.toString();
  }

  private void link(StringBuilder out) {
    out.append("<link rel=\"stylesheet\" href=\"")
        .append(Encode.forHtmlAttribute(java.util.Objects.requireNonNull(stylesheetHref)))
        .append("\"/>");
  }

  private void section(Section section, StringBuilder out) {
    out.append("<h2>").append(Encode.forHtml(section.heading())).append("</h2>");
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph p) {
        out.append("<p>").append(Encode.forHtml(p.text())).append("</p>");
      } else if (block instanceof Table t) {
        table(t, out);
      } else if (block instanceof Chart c) {
        chart(c, out);
      }
    }
  }

  /**
   * Kính gửi under the title: one addressee on the label's line, several as a list beside it, each
   * "- " and ";", the last ".".
   */
  private static void addressees(List<String> addressees, StringBuilder out) {
    if (addressees.isEmpty()) {
      return;
    }
    out.append("<table class=\"cchc-to\"><tr><td>Kính gửi:</td><td>");
    if (addressees.size() == 1) {
      out.append(Encode.forHtml(addressees.get(0))).append('.');
    } else {
      for (int i = 0; i < addressees.size(); i++) {
        out.append("<div>- ")
            .append(Encode.forHtml(addressees.get(i)))
            .append(i == addressees.size() - 1 ? "." : ";")
            .append("</div>");
      }
    }
    out.append("</td></tr></table>");
  }

  private static void head(OfficialHeader header, StringBuilder out) {
    out.append("<table class=\"cchc-head\"><tr><td class=\"cchc-issuer\">");
    header
        .governingBody()
        .ifPresent(g -> out.append("<div>").append(Encode.forHtml(g)).append("</div>"));
    out.append("<div class=\"cchc-b\">")
        .append(Encode.forHtml(header.issuingBody()))
        .append("</div><div class=\"cchc-rule\"></div><div>")
        .append(Encode.forHtml(VietnameseFormat.numberLine(header)))
        .append("</div></td><td class=\"cchc-nation\"><div class=\"cchc-b\">")
        .append(Encode.forHtml(header.nationalTitle()))
        .append("</div><div class=\"cchc-motto\">")
        .append(Encode.forHtml(header.motto()))
        .append("</div><div class=\"cchc-rule\"></div><div class=\"cchc-date\">")
        .append(Encode.forHtml(VietnameseFormat.dateLine(header)))
        .append("</div></td></tr></table>");
  }

  private void table(Table table, StringBuilder out) {
    out.append("<div class=\"cchc-table\"><p class=\"cchc-caption\">")
        .append(Encode.forHtml(table.caption()))
        .append("</p>");
    table
        .unitNote()
        .ifPresent(
            u -> out.append("<p class=\"cchc-unit\">").append(Encode.forHtml(u)).append("</p>"));
    // Ten columns or more (Biểu II.06a has 13): a smaller type so the table fits the page width.
    boolean wide = table.columns().size() >= 10;
    // Printed (PDF, a printed page), a table with a column of long texts gets measured widths.
    int longColumn = longColumn(table);
    Optional<ColumnWidths> printed =
        page && !wide && longColumn >= 0
            ? ColumnWidths.of(table, longColumn, TEXT_WIDTH_POINTS, CELL_PADDING_POINTS)
            : Optional.empty();
    out.append("<div class=\"cchc-scroll\"><table class=\"cchc-data")
        .append(wide ? " cchc-wide" : "")
        .append(printed.map(p -> " cchc-fixed cchc-f" + p.fontSize()).orElse(""))
        .append("\">");
    printed.ifPresent(
        p -> {
          // width attributes, not style: a page under style-src 'self' keeps them
          out.append("<colgroup>");
          for (String width : percents(p.points(), longColumn)) {
            out.append("<col width=\"").append(width).append("\"/>");
          }
          out.append("</colgroup>");
        });
    out.append("<thead>");
    List<Column> columns = table.columns();
    if (table.groups().isEmpty()) {
      out.append("<tr>");
      for (int c = 0; c < columns.size(); c++) {
        th(columns.get(c), 1, c == longColumn, out);
      }
      out.append("</tr>");
    } else {
      out.append("<tr>");
      int index = 0;
      for (HeaderGroup g : table.groups()) {
        if (g.label().isEmpty()) {
          for (int i = 0; i < g.span(); i++) {
            th(columns.get(index + i), 2, index + i == longColumn, out);
          }
        } else {
          out.append("<th colspan=\"")
              .append(g.span())
              .append("\">")
              .append(Encode.forHtml(g.label()))
              .append("</th>");
        }
        index += g.span();
      }
      out.append("</tr><tr>");
      index = 0;
      for (HeaderGroup g : table.groups()) {
        if (!g.label().isEmpty()) {
          for (int i = 0; i < g.span(); i++) {
            th(columns.get(index + i), 1, index + i == longColumn, out);
          }
        }
        index += g.span();
      }
      out.append("</tr>");
    }
    out.append("</thead><tbody>");
    for (Row row : table.rows()) {
      row(row, columns, "", out);
    }
    for (Row row : table.totals()) {
      row(row, columns, " class=\"cchc-total\"", out);
    }
    out.append("</tbody></table></div></div>");
  }

  /** The column of long texts, -1 if none: it gets the room the numbers do not need. */
  private static int longColumn(Table table) {
    return ColumnWidths.longColumn(table);
  }

  /**
   * Widths in percent of the table, one decimal: rounded up for every column but the long one, so
   * that no number column is narrower than measured; the long column has the rest.
   */
  private static List<String> percents(List<Double> points, int longColumn) {
    double total = 0;
    for (double p : points) {
      total += p;
    }
    String[] out = new String[points.size()];
    double given = 0;
    for (int c = 0; c < out.length; c++) {
      if (c != longColumn) {
        double p = Math.ceil(points.get(c) * 1000 / total) / 10;
        out[c] = String.format(java.util.Locale.ROOT, "%.1f%%", p);
        given += p;
      }
    }
    out[longColumn] =
        String.format(java.util.Locale.ROOT, "%.1f%%", Math.floor((100 - given) * 10) / 10);
    return List.of(out);
  }

  private static void th(Column column, int rowspan, boolean wide, StringBuilder out) {
    out.append("<th")
        .append(rowspan > 1 ? " rowspan=\"" + rowspan + "\"" : "")
        .append(wide ? " class=\"cchc-long\">" : ">")
        .append(Encode.forHtml(column.label()));
    column.unit().ifPresent(u -> out.append("<br/>(").append(Encode.forHtml(u)).append(')'));
    out.append("</th>");
  }

  private static void row(Row row, List<Column> columns, String attributes, StringBuilder out) {
    out.append("<tr").append(attributes).append('>');
    for (int c = 0; c < row.cells().size(); c++) {
      Cell cell = row.cells().get(c);
      boolean numeric = cell.kind() != CellKind.TEXT && cell.kind() != CellKind.EMPTY;
      out.append(numeric ? "<td class=\"cchc-n\">" : "<td>")
          .append(Encode.forHtml(VietnameseFormat.cell(cell, columns.get(c))))
          .append("</td>");
    }
    out.append("</tr>");
  }

  private void chart(Chart chart, StringBuilder out) {
    out.append("<div class=\"cchc-chart\">");
    if (pngCharts) {
      out.append("<img alt=\"")
          .append(Encode.forHtmlAttribute(chart.title()))
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(PngChartPainter.toPng(chart, 2)))
          .append("\"/>");
    } else {
      out.append(SvgChartWriter.toSvg(chart));
    }
    out.append("</div>");
  }

  private static void foot(Report report, StringBuilder out) {
    out.append("<table class=\"cchc-foot\"><tr><td class=\"cchc-recipients\">");
    if (!report.recipients().isEmpty()) {
      out.append("<div class=\"cchc-label\">Nơi nhận:</div>");
      List<String> recipients = report.recipients();
      for (int i = 0; i < recipients.size(); i++) {
        out.append("<div>- ")
            .append(Encode.forHtml(recipients.get(i)))
            .append(i == recipients.size() - 1 ? "." : ";")
            .append("</div>");
      }
    }
    out.append("</td><td class=\"cchc-sign\">");
    if (report.signature().isPresent()) {
      SignatureBlock s = report.signature().orElseThrow();
      s.authority().ifPresent(a -> out.append("<div>").append(Encode.forHtml(a)).append("</div>"));
      out.append("<div>").append(Encode.forHtml(s.title())).append("</div>");
      out.append("<div class=\"cchc-space\"></div>");
      s.name().ifPresent(n -> out.append("<div>").append(Encode.forHtml(n)).append("</div>"));
    }
    out.append("</td></tr></table>");
  }
}
