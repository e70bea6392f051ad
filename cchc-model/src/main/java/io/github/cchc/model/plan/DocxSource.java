package io.github.cchc.model.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Reads a {@code .docx} with Apache POI (XWPF). Only this class refers to POI. */
final class DocxSource {
  private DocxSource() {}

  static SourceDocument read(String file, InputStream in) throws IOException {
    List<Object> blocks = new ArrayList<>();
    byte[] bytes = DocxScreen.read(file, in);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      int tables = 0;
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          blocks.add(Fold.nfc(text(p)));
        } else if (e instanceof XWPFTable t) {
          blocks.add(table(++tables, t));
        }
      }
    }
    return new SourceDocument(file, List.copyOf(columns(blocks)));
  }

  /**
   * The paragraphs with a header or signature block typed with tab stops between its two columns
   * ("ỦY BAN NHÂN DÂN⇥CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", as the .doc of Chỉ thị 09/2009/CT-UBND
   * of Bình Dương has it, or with a run of spaces, {@link SideBySide#typed}) given column after
   * column ({@link SideBySide}), as the cells of a header table are read; a run of paragraphs
   * between tables in which no paragraph has such a tab is left as it is (an indent at the start of
   * a paragraph is no column).
   */
  private static List<Object> columns(List<Object> blocks) {
    List<Object> out = new ArrayList<>(blocks.size());
    List<String> run = new ArrayList<>();
    for (Object block : blocks) {
      if (block instanceof String s) {
        run.add(s);
      } else {
        flush(run, out);
        out.add(block);
      }
    }
    flush(run, out);
    return out;
  }

  private static void flush(List<String> run, List<Object> out) {
    List<String> lines = List.of(SideBySide.typed(String.join("\n", run)).split("\n", -1));
    if (lines.stream().anyMatch(SideBySide::gap)) {
      out.addAll(List.of(SideBySide.columns(String.join("\n", lines)).split("\n", -1)));
    } else {
      out.addAll(run);
    }
    run.clear();
  }

  /**
   * The text of a paragraph, its runs in a TCVN3 or VNI font in Unicode ({@link LegacyFonts}): a
   * document typed in those fonts and saved as {@code .docx} keeps the fonts' bytes ("Q§-UBND").
   */
  private static String text(XWPFParagraph p) {
    List<XWPFRun> runs = p.getRuns();
    if (runs.stream().noneMatch(r -> LegacyFonts.isLegacy(r.getFontFamily()))) {
      return p.getText();
    }
    LegacyFonts.Runs text = new LegacyFonts.Runs();
    for (XWPFRun r : runs) {
      text.add(r.text(), r.getFontFamily());
    }
    return text.text();
  }

  private static SourceTable table(int number, XWPFTable t) {
    List<List<SourceTable.Cell>> rows = new ArrayList<>();
    for (XWPFTableRow r : t.getRows()) {
      List<SourceTable.Cell> cells = new ArrayList<>();
      for (XWPFTableCell c : r.getTableCells()) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : c.getParagraphs()) {
          String s = text(p).strip();
          if (!s.isEmpty()) {
            lines.add(s);
          }
        }
        int span = 1;
        SourceTable.Merge merge = SourceTable.Merge.NONE;
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr != null) {
          if (pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
            span = pr.getGridSpan().getVal().intValue();
          }
          if (pr.isSetVMerge()) {
            STMerge.Enum v = pr.getVMerge().getVal();
            merge =
                v == null || v == STMerge.CONTINUE
                    ? SourceTable.Merge.CONTINUE
                    : SourceTable.Merge.RESTART;
          }
        }
        cells.add(new SourceTable.Cell(Fold.nfc(String.join("\n", lines)), span, merge));
      }
      rows.add(cells);
    }
    return new SourceTable(number, rows);
  }
}
