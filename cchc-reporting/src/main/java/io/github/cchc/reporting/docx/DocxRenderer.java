package io.github.cchc.reporting.docx;

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
import io.github.cchc.reporting.render.Reproducible;
import io.github.cchc.reporting.render.VietnameseFormat;
import io.github.cchc.reporting.svg.PngChartPainter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a {@link Report} as a Word document in the official layout (Nghị định 30/2020/NĐ-CP, Phụ
 * lục I): A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman; the
 * head as a borderless two-column table (governing and issuing body over "Số: …" on the left; quốc
 * hiệu 13 bold, tiêu ngữ 14 bold with a short rule, and the italic date line on the right); the
 * kind and title centred in bold; body text 14 justified with a 1 cm first-line indent; tables in
 * 12 with merged header cells; charts as PNG pictures; Nơi nhận (12 bold italic, list 11) beside
 * the signature block; the page number centred in the top margin from page 2.
 *
 * <pre>{@code
 * Files.write(Path.of("bao-cao.docx"), new DocxRenderer().toBytes(report));
 * }</pre>
 */
public final class DocxRenderer implements ReportRenderer {
  private static final String FONT = "Times New Roman";
  private static final int TEXT_WIDTH = twips(210 - 30 - 15);

  /** The type size of the styles part's defaults, in points. */
  private static final int DEFAULT_SIZE = 14;

  /** A DOCX renderer. */
  public DocxRenderer() {}

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public String mediaType() {
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }

  @Override
  public void render(Report report, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      page(doc);
      head(doc, report.header());
      XWPFParagraph kind = paragraph(doc, ParagraphAlignment.CENTER, 12, 0);
      run(kind, report.kind(), 14, true, false);
      XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, 0, 12);
      run(title, report.title(), 14, true, false);
      addressees(doc, report.addressees());
      int[] pictures = {0};
      for (Section section : report.sections()) {
        section(doc, section, pictures, false);
      }
      foot(doc, report);
      for (Section appendix : report.appendices()) {
        section(doc, appendix, pictures, true);
      }
      Instant time = Reproducible.timeOf(report);
      doc.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(time)));
      doc.getProperties().getCoreProperties().setCreator("cchc-sdk");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
      // POI's zip is only read back by copyZip, which deflates every entry again: written without
      // compression (deflate level 0) it has the same entries, so the file is the same, sooner
      try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
        zip.setLevel(Deflater.NO_COMPRESSION);
        doc.write(zip);
      }
      Reproducible.copyZip(bytes.toByteArray(), time, out);
    }
  }

  private static int twips(double millimetres) {
    return (int) Math.round(millimetres * 1440 / 25.4);
  }

  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(twips(20)));
    margins.setBottom(BigInteger.valueOf(twips(20)));
    margins.setLeft(BigInteger.valueOf(twips(30)));
    margins.setRight(BigInteger.valueOf(twips(15)));
    margins.setHeader(BigInteger.valueOf(twips(10)));
    margins.setFooter(BigInteger.valueOf(twips(10)));
    // Page number centred in the top margin, hidden on page 1 (a different, empty first header).
    sect.addNewTitlePg();
    doc.createHeader(HeaderFooterType.FIRST);
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph number = header.createParagraph();
    number.setAlignment(ParagraphAlignment.CENTER);
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField field =
        number.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    // The field's result run carries the font itself: Times New Roman 13, not the default face.
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR result = field.addNewR();
    fonts(result.addNewRPr(), 13);
    result.addNewT().setStringValue("2");
    styles(doc);
  }

  /**
   * The styles part: Times New Roman 14 for every run by default (docDefaults), so that no run,
   * field result or empty paragraph falls back to the application's sans face, and paragraphs
   * without space before or after. Runs and paragraphs then carry only what differs from these
   * defaults (size, bold, italic, alignment, spacing), which keeps the document part small: a run
   * of every table cell repeating the font family was half of its bytes and of its writing time.
   */
  private static void styles(XWPFDocument doc) {
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles styles =
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults defaults =
        styles.addNewDocDefaults();
    fonts(defaults.addNewRPrDefault().addNewRPr(), DEFAULT_SIZE);
    // no space before or after a paragraph unless it says so (table cells, the head and foot);
    // widow control off, as for a paragraph that does not say (LibreOffice switches it on for the
    // document's defaults otherwise, and the pages would break elsewhere)
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral paragraphs =
        defaults.addNewPPrDefault().addNewPPr();
    paragraphs
        .addNewWidowControl()
        .setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing spacing =
        paragraphs.addNewSpacing();
    spacing.setBefore(BigInteger.ZERO);
    spacing.setAfter(BigInteger.ZERO);
    doc.createStyles().setStyles(styles);
  }

  private static void fonts(
      org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr pr, int sizePt) {
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts f = pr.addNewRFonts();
    f.setAscii(FONT);
    f.setHAnsi(FONT);
    f.setCs(FONT);
    f.setEastAsia(FONT);
    pr.addNewSz().setVal(BigInteger.valueOf(sizePt * 2L));
    pr.addNewSzCs().setVal(BigInteger.valueOf(sizePt * 2L));
  }

  private static XWPFParagraph paragraph(
      XWPFDocument doc, ParagraphAlignment alignment, int beforePt, int afterPt) {
    XWPFParagraph p = doc.createParagraph();
    format(p, alignment, beforePt, afterPt);
    return p;
  }

  private static void format(
      XWPFParagraph p, ParagraphAlignment alignment, int beforePt, int afterPt) {
    // what the defaults say (left, no spacing: the styles part) is not repeated
    if (alignment != ParagraphAlignment.LEFT) {
      p.setAlignment(alignment);
    }
    if (beforePt != 0) {
      p.setSpacingBefore(beforePt * 20);
    }
    if (afterPt != 0) {
      p.setSpacingAfter(afterPt * 20);
    }
  }

  /** Keeps {@code p} with the next paragraph or not (POI expects the paragraph's properties). */
  private static void keepNext(XWPFParagraph p, boolean keep) {
    if (!p.getCTP().isSetPPr()) {
      p.getCTP().addNewPPr();
    }
    p.setKeepNext(keep);
  }

  private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    // the font family comes from the styles part's defaults, as does upright regular type
    XWPFRun run = p.createRun();
    if (size != DEFAULT_SIZE) {
      run.setFontSize(size);
    }
    if (bold) {
      run.setBold(true);
    }
    if (italic) {
      run.setItalic(true);
    }
    run.setText(text);
    return run;
  }

  /** A paragraph of the cell, the cell's first for the first call. */
  private static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
    XWPFParagraph p =
        cell.getParagraphs().size() == 1
                && cell.getParagraphs().get(0).getRuns().isEmpty()
                && !cell.getParagraphs().get(0).getCTP().isSetPPr()
            ? cell.getParagraphs().get(0)
            : cell.addParagraph();
    format(p, alignment, 0, 0);
    return p;
  }

  private static void rule(XWPFTableCell cell, int cellWidth, int ruleWidth) {
    XWPFParagraph p = cellParagraph(cell, ParagraphAlignment.CENTER);
    int indent = Math.max(0, (cellWidth - ruleWidth) / 2);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.setBorderTop(Borders.SINGLE);
    p.setSpacingAfter(60);
    XWPFRun r = p.createRun();
    r.setFontSize(2);
  }

  private static XWPFTable layoutTable(XWPFDocument doc, int... widths) {
    XWPFTable table = doc.createTable(1, widths.length);
    table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
    // no cell margins in a table that only lays out the head and foot: the national title (13 pt
    // bold) then fits on one line in its three fifths of the text width, as in the PDF
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar margins =
        table.getCTTbl().getTblPr().addNewTblCellMar();
    for (CTTblWidth side : new CTTblWidth[] {margins.addNewLeft(), margins.addNewRight()}) {
      side.setType(STTblWidth.DXA);
      side.setW(BigInteger.ZERO);
    }
    grid(table, widths);
    for (int i = 0; i < widths.length; i++) {
      width(table.getRow(0).getCell(i), widths[i]);
    }
    return table;
  }

  private static void grid(XWPFTable table, int[] widths) {
    CTTblWidth tw =
        table.getCTTbl().getTblPr().isSetTblW()
            ? table.getCTTbl().getTblPr().getTblW()
            : table.getCTTbl().getTblPr().addNewTblW();
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    tw.setType(STTblWidth.DXA);
    tw.setW(BigInteger.valueOf(total));
    table
        .getCTTbl()
        .getTblPr()
        .addNewTblLayout()
        .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    CTTblGrid grid =
        table.getCTTbl().getTblGrid() == null
            ? table.getCTTbl().addNewTblGrid()
            : table.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
  }

  private static void width(XWPFTableCell cell, int twips) {
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(twips));
  }

  private static void head(XWPFDocument doc, OfficialHeader header) {
    int left = TEXT_WIDTH * 2 / 5;
    int right = TEXT_WIDTH - left;
    XWPFTable table = layoutTable(doc, left, right);
    XWPFTableCell issuer = table.getRow(0).getCell(0);
    header
        .governingBody()
        .ifPresent(g -> run(cellParagraph(issuer, ParagraphAlignment.CENTER), g, 13, false, false));
    run(cellParagraph(issuer, ParagraphAlignment.CENTER), header.issuingBody(), 13, true, false);
    rule(issuer, left, twips(25));
    run(
        cellParagraph(issuer, ParagraphAlignment.CENTER),
        VietnameseFormat.numberLine(header),
        13,
        false,
        false);
    XWPFTableCell nation = table.getRow(0).getCell(1);
    run(cellParagraph(nation, ParagraphAlignment.CENTER), header.nationalTitle(), 13, true, false);
    run(cellParagraph(nation, ParagraphAlignment.CENTER), header.motto(), 14, true, false);
    rule(nation, right, twips(60));
    run(
        cellParagraph(nation, ParagraphAlignment.CENTER),
        VietnameseFormat.dateLine(header),
        14,
        false,
        true);
  }

  private static void table(XWPFDocument doc, Table table) {
    XWPFParagraph caption = paragraph(doc, ParagraphAlignment.CENTER, 6, 0);
    keepNext(caption, true);
    run(caption, table.caption(), 13, true, false);
    if (table.unitNote().isPresent()) {
      XWPFParagraph unit = paragraph(doc, ParagraphAlignment.RIGHT, 0, 2);
      keepNext(unit, true);
      run(unit, table.unitNote().orElseThrow(), 12, false, true);
    }
    List<Column> columns = table.columns();
    Optional<TableLayout> measured = measuredWidths(table);
    Optional<TableLayout> wide =
        measured.isPresent() ? Optional.empty() : WideTableWidths.of(table, TEXT_WIDTH);
    TableLayout layout =
        measured.isPresent() ? measured.get() : wide.orElseGet(() -> columnWidths(table));
    int[] widths = layout.widths();
    int size = layout.fontSize();
    XWPFTable t = doc.createTable(1, 1);
    grid(t, widths);
    if (measured.isPresent() || wide.isPresent()) {
      // the cell margins the widths were measured with, the same in Word and LibreOffice (whose
      // defaults differ: 0,08" and 0,19 cm a side)
      org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar margins =
          t.getCTTbl().getTblPr().addNewTblCellMar();
      int margin = wide.isPresent() ? WideTableWidths.CELL_MARGIN_TWIPS : CELL_MARGIN_TWIPS;
      for (CTTblWidth side : new CTTblWidth[] {margins.addNewLeft(), margins.addNewRight()}) {
        side.setType(STTblWidth.DXA);
        side.setW(BigInteger.valueOf(margin));
      }
    }
    boolean grouped = !table.groups().isEmpty();
    XWPFTableRow top = t.getRow(0);
    top.setRepeatHeader(true);
    if (!grouped) {
      for (int c = 0; c < columns.size(); c++) {
        headerCell(
            c == 0 ? top.getCell(0) : top.addNewTableCell(),
            label(columns.get(c)),
            widths[c],
            size);
      }
    } else {
      XWPFTableRow second = t.createRow();
      second.setRepeatHeader(true);
      // createRow copies the first row's cell count (one); cells are added as needed.
      int c = 0;
      boolean firstTop = true;
      boolean firstSecond = true;
      for (HeaderGroup g : table.groups()) {
        if (g.label().isEmpty()) {
          for (int i = 0; i < g.span(); i++) {
            XWPFTableCell upper = firstTop ? top.getCell(0) : top.addNewTableCell();
            firstTop = false;
            headerCell(upper, label(columns.get(c + i)), widths[c + i], size);
            upper.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
            XWPFTableCell lower = firstSecond ? second.getCell(0) : second.addNewTableCell();
            firstSecond = false;
            width(lower, widths[c + i]);
            lower.getCTTc().getTcPr().addNewVMerge();
          }
        } else {
          XWPFTableCell upper = firstTop ? top.getCell(0) : top.addNewTableCell();
          firstTop = false;
          int span = 0;
          for (int i = 0; i < g.span(); i++) {
            span += widths[c + i];
          }
          headerCell(upper, g.label(), span, size);
          if (g.span() > 1) {
            upper.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(g.span()));
          }
          for (int i = 0; i < g.span(); i++) {
            XWPFTableCell lower = firstSecond ? second.getCell(0) : second.addNewTableCell();
            firstSecond = false;
            headerCell(lower, label(columns.get(c + i)), widths[c + i], size);
          }
        }
        c += g.span();
      }
    }
    for (Row row : table.rows()) {
      bodyRow(t, row, columns, widths, false, size);
    }
    for (Row row : table.totals()) {
      bodyRow(t, row, columns, widths, true, size);
    }
  }

  static String label(Column column) {
    return column.label() + column.unit().map(u -> " (" + u + ")").orElse("");
  }

  /** Column widths in twips and the font size of a table's cells. */
  record TableLayout(int[] widths, int fontSize) {}

  /** Left and right margin of a cell of a table with measured widths: 4 pt, as in the PDF. */
  private static final int CELL_MARGIN_TWIPS = 80;

  /** What such a cell adds to its text: its margins, the border and 4 pt of safety. */
  private static final double CELL_PADDING_POINTS = 2 * CELL_MARGIN_TWIPS / 20.0 + 5;

  /**
   * A table with a column of long texts (fewer than ten columns): widths measured with the font
   * ({@link ColumnWidths}), so that a target's wording does not wrap into a narrow column.
   */
  private static Optional<TableLayout> measuredWidths(Table table) {
    int longColumn = ColumnWidths.longColumn(table);
    if (longColumn < 0 || table.columns().size() >= 10) {
      return Optional.empty();
    }
    return ColumnWidths.of(table, longColumn, TEXT_WIDTH / 20.0, CELL_PADDING_POINTS)
        .map(
            w -> {
              int[] widths = new int[w.points().size()];
              int used = 0;
              for (int c = 0; c < widths.length; c++) {
                widths[c] = c == longColumn ? 0 : (int) Math.ceil(w.points().get(c) * 20);
                used += widths[c];
              }
              widths[longColumn] = TEXT_WIDTH - used;
              return new TableLayout(widths, w.fontSize());
            });
  }

  /**
   * Lays a table out on the text width: numbers never wrap (their columns get their full width
   * first), words never break (every column gets its longest word), long texts share what is left;
   * when even that does not fit at 12 pt, the table's font steps down to 11 and 10 pt.
   */
  private static TableLayout columnWidths(Table table) {
    List<Column> columns = table.columns();
    int n = columns.size();
    int[] word = new int[n]; // longest unbreakable word or number: a hard minimum
    int[] soft = new int[n]; // what a column of long texts would like at least
    int[] pref = new int[n];
    boolean[] text = new boolean[n];
    for (int c = 0; c < n; c++) {
      for (String w : label(columns.get(c)).split(" ")) {
        // Header words are bold, often capitals: about a third wider than body text.
        word[c] = Math.max(word[c], (int) Math.ceil(w.length() * 1.35));
      }
    }
    for (List<Row> part : List.of(table.rows(), table.totals())) {
      for (Row row : part) {
        for (int c = 0; c < n; c++) {
          Cell cell = row.cells().get(c);
          String value = VietnameseFormat.cell(cell, columns.get(c));
          if (cell.kind() == CellKind.TEXT) {
            text[c] = true;
            for (String w : value.split(" ")) {
              word[c] = Math.max(word[c], Math.min(w.length(), 16));
            }
            soft[c] = Math.max(soft[c], Math.min(value.length(), 20));
            pref[c] = Math.max(pref[c], Math.min(value.length(), 40));
          } else {
            word[c] = Math.max(word[c], value.length());
          }
        }
      }
    }
    double available = 165;
    for (int size = 12; ; size--) {
      // A Times New Roman character takes about 2.3 mm at 12 pt; Word's cell margins 1.9 mm a side.
      double perChar = 2.3 * size / 12;
      double[] hard = new double[n];
      double[] wish = new double[n];
      double hardSum = 0;
      double wishSum = 0;
      for (int c = 0; c < n; c++) {
        double words = word[c] * perChar + 4;
        // Numbers keep their width; a column of long texts needs about 20 characters a line.
        hard[c] = Math.max(words, soft[c] * perChar + 4);
        wish[c] = Math.max(hard[c], pref[c] * perChar + 4);
        hardSum += hard[c];
        wishSum += wish[c];
      }
      if (hardSum > available && size > 10) {
        continue;
      }
      double[] mm = new double[n];
      if (wishSum <= available) {
        for (int c = 0; c < n; c++) {
          mm[c] = wish[c] + (available - wishSum) / n;
        }
      } else if (hardSum <= available) {
        // Every column gets its hard minimum; the rest goes to text columns by what they wish.
        double spare = available - hardSum;
        double textWish = 0;
        for (int c = 0; c < n; c++) {
          textWish += text[c] ? wish[c] - hard[c] : 0;
        }
        for (int c = 0; c < n; c++) {
          mm[c] =
              hard[c]
                  + (textWish == 0
                      ? spare / n
                      : text[c] ? spare * (wish[c] - hard[c]) / textWish : 0);
        }
      } else {
        // Even at 10 pt: numbers and words keep their width, long texts share what is left.
        double fixed = 0;
        double shared = 0;
        for (int c = 0; c < n; c++) {
          if (text[c]) {
            shared += hard[c];
          } else {
            fixed += hard[c];
          }
        }
        double left = Math.max(available - fixed, 0);
        for (int c = 0; c < n; c++) {
          mm[c] =
              text[c]
                  ? Math.max(word[c] * perChar + 4, hard[c] * left / Math.max(shared, 1))
                  : hard[c];
        }
      }
      int[] widths = new int[n];
      for (int c = 0; c < n; c++) {
        widths[c] = (int) Math.round(mm[c] * 1440 / 25.4);
      }
      return new TableLayout(widths, size);
    }
  }

  private static void headerCell(XWPFTableCell cell, String text, int width, int size) {
    width(cell, width);
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    run(cellParagraph(cell, ParagraphAlignment.CENTER), text, size, true, false);
  }

  private static void bodyRow(
      XWPFTable t, Row row, List<Column> columns, int[] widths, boolean total, int size) {
    XWPFTableRow r = t.createRow();
    // createRow makes as many new cells as the first row has; make it exactly one per column.
    int cells = row.cells().size();
    while (r.getTableCells().size() > cells) {
      r.removeCell(r.getTableCells().size() - 1);
    }
    r.setCantSplitRow(true);
    for (int c = 0; c < cells; c++) {
      Cell cell = row.cells().get(c);
      XWPFTableCell x = c < r.getTableCells().size() ? r.getCell(c) : r.addNewTableCell();
      CTTcPr pr = x.getCTTc().isSetTcPr() ? x.getCTTc().getTcPr() : x.getCTTc().addNewTcPr();
      width(x, widths[c]);
      pr.addNewVAlign().setVal(STVerticalJc.CENTER);
      boolean numeric = cell.kind() != CellKind.TEXT && cell.kind() != CellKind.EMPTY;
      XWPFParagraph p = x.getParagraphs().get(0);
      while (!p.getRuns().isEmpty()) {
        p.removeRun(0);
      }
      format(p, numeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT, 0, 0);
      run(p, VietnameseFormat.cell(cell, columns.get(c)), size, total, false);
    }
  }

  private static void chart(XWPFDocument doc, Chart chart, int number) throws IOException {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 6, 6);
    XWPFRun run = p.createRun();
    int widthPt = 453; // 160 mm
    int heightPt = widthPt * PngChartPainter.HEIGHT / PngChartPainter.WIDTH;
    try {
      run.addPicture(
          new ByteArrayInputStream(PngChartPainter.toPng(chart, 2)),
          PictureType.PNG,
          "bieu-do-" + number + ".png",
          Units.toEMU(widthPt),
          Units.toEMU(heightPt));
    } catch (InvalidFormatException e) {
      throw new IOException("chart picture rejected: " + chart.title(), e);
    }
  }

  /** A section: its heading kept with what follows, then its blocks; an appendix on a new page. */
  private static void section(XWPFDocument doc, Section section, int[] pictures, boolean newPage)
      throws IOException {
    XWPFParagraph heading = paragraph(doc, ParagraphAlignment.BOTH, 6, 3);
    keepNext(heading, true);
    heading.setPageBreak(newPage);
    run(heading, section.heading(), 14, true, false);
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph p) {
        XWPFParagraph body = paragraph(doc, ParagraphAlignment.BOTH, 0, 6);
        body.setIndentationFirstLine(twips(10));
        run(body, p.text(), 14, false, false);
      } else if (block instanceof Table t) {
        table(doc, t);
      } else if (block instanceof Chart c) {
        chart(doc, c, ++pictures[0]);
      }
    }
  }

  /** Kính gửi, centred under the title: one line, or the label then "- addressee;" lines. */
  private static void addressees(XWPFDocument doc, List<String> addressees) {
    if (addressees.isEmpty()) {
      return;
    }
    if (addressees.size() == 1) {
      XWPFParagraph to = paragraph(doc, ParagraphAlignment.CENTER, 0, 12);
      run(to, "Kính gửi: " + addressees.get(0) + ".", 14, false, false);
      return;
    }
    XWPFParagraph label = paragraph(doc, ParagraphAlignment.LEFT, 0, 0);
    label.setIndentationLeft(twips(45));
    keepNext(label, true);
    run(label, "Kính gửi:", 14, false, false);
    for (int i = 0; i < addressees.size(); i++) {
      boolean last = i == addressees.size() - 1;
      XWPFParagraph line = paragraph(doc, ParagraphAlignment.LEFT, 0, last ? 12 : 0);
      line.setIndentationLeft(twips(65));
      keepNext(line, !last);
      run(line, "- " + addressees.get(i) + (last ? "." : ";"), 14, false, false);
    }
  }

  private static void foot(XWPFDocument doc, Report report) {
    XWPFParagraph gap = paragraph(doc, ParagraphAlignment.LEFT, 0, 0);
    keepNext(gap, true);
    int half = TEXT_WIDTH / 2;
    XWPFTable table = layoutTable(doc, half, TEXT_WIDTH - half);
    table.getRow(0).setCantSplitRow(true);
    XWPFTableCell recipients = table.getRow(0).getCell(0);
    List<String> list = report.recipients();
    if (!list.isEmpty()) {
      run(cellParagraph(recipients, ParagraphAlignment.LEFT), "Nơi nhận:", 12, true, true);
      for (int i = 0; i < list.size(); i++) {
        run(
            cellParagraph(recipients, ParagraphAlignment.LEFT),
            "- " + list.get(i) + (i == list.size() - 1 ? "." : ";"),
            11,
            false,
            false);
      }
    }
    XWPFTableCell sign = table.getRow(0).getCell(1);
    if (report.signature().isPresent()) {
      SignatureBlock s = report.signature().orElseThrow();
      s.authority()
          .ifPresent(a -> run(cellParagraph(sign, ParagraphAlignment.CENTER), a, 14, true, false));
      run(cellParagraph(sign, ParagraphAlignment.CENTER), s.title(), 14, true, false);
      for (int i = 0; i < 4; i++) {
        cellParagraph(sign, ParagraphAlignment.CENTER);
      }
      s.name()
          .ifPresent(n -> run(cellParagraph(sign, ParagraphAlignment.CENTER), n, 14, true, false));
    }
  }
}
