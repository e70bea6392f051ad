package io.github.cchc.examples.data;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes the sample Word plan {@code examples/data/plans/sample-kh-cchc-2024.docx}: a provincial
 * CCHC plan for 2024 written for this project (not an official document), with the province targets
 * of seed 001 and an appendix table of tasks with a two-row header (a spanned "Đơn vị thực hiện"
 * over "Chủ trì" and "Phối hợp"), vertically merged cells and reform-area group rows.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am test-compile -DskipTests && ./mvnw -q -pl examples
 * exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.github.cchc.examples.data.SamplePlanDocx}
 */
public final class SamplePlanDocx {
  /** The file it writes, relative to the examples module. */
  public static final String FILE = "data/plans/sample-kh-cchc-2024.docx";

  private SamplePlanDocx() {}

  /** A table cell to write: text, horizontal span, vertical merge (null, RESTART, CONTINUE). */
  private record C(String text, int span, STMerge.Enum merge) {
    static C of(String text) {
      return new C(text, 1, null);
    }
  }

  /**
   * Writes the file.
   *
   * @param args optional output path
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : FILE);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (XWPFDocument doc = build();
        OutputStream os = Files.newOutputStream(out)) {
      doc.write(os);
    }
    System.out.println("wrote " + out);
  }

  static XWPFDocument build() {
    XWPFDocument doc = new XWPFDocument();
    doc.getProperties()
        .getCoreProperties()
        .setDescription("Sample plan written for cchc-sdk; not an official document.");
    doc.getProperties().getCoreProperties().setCreator("cchc-sdk");

    XWPFTable head = doc.createTable(1, 2);
    head.removeBorders();
    cell(
        head.getRow(0).getCell(0),
        true,
        "ỦY BAN NHÂN DÂN",
        "TỈNH BÌNH PHƯỚC",
        "",
        "Số: 15/KH-UBND");
    cell(
        head.getRow(0).getCell(1),
        true,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        "Bình Phước, ngày 29 tháng 12 năm 2023");

    para(doc, "", false, ParagraphAlignment.LEFT);
    para(doc, "KẾ HOẠCH", true, ParagraphAlignment.CENTER);
    para(doc, "Cải cách hành chính nhà nước năm 2024", true, ParagraphAlignment.CENTER);
    para(doc, "", false, ParagraphAlignment.LEFT);
    body(
        doc,
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể"
            + " cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
        "Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ sửa đổi, bổ sung một số"
            + " điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ"
            + " chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính nhà nước năm 2024 như sau:");
    heading(doc, "I. MỤC ĐÍCH, YÊU CẦU");
    heading(doc, "1. Mục đích");
    body(
        doc,
        "Đẩy mạnh công tác cải cách hành chính (CCHC), xây dựng hệ thống các cơ quan hành chính"
            + " nhà nước thông suốt, trong sạch, vững mạnh, hiện đại, hiệu lực, hiệu quả.",
        "Nâng cao Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng của người dân, tổ chức đối với sự phục"
            + " vụ của cơ quan hành chính nhà nước (SIPAS) của tỉnh.");
    heading(doc, "2. Yêu cầu");
    body(
        doc,
        "Các nhiệm vụ CCHC phải cụ thể, có sản phẩm và thời gian hoàn thành, gắn với trách nhiệm"
            + " của người đứng đầu cơ quan, đơn vị, địa phương.",
        "Kết quả thực hiện Kế hoạch được đánh giá thực chất, khách quan, là căn cứ xét thi đua,"
            + " khen thưởng năm 2024.");
    heading(doc, "II. CHỈ TIÊU CHỦ YẾU");
    body(
        doc,
        "Hoàn thành 100% nhiệm vụ của Kế hoạch CCHC nhà nước năm 2024.",
        "100% TTHC công khai đầy đủ, kịp thời trên Cơ sở dữ liệu quốc gia về TTHC và Cổng dịch vụ"
            + " công tỉnh.",
        "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho người dân, tổ chức.",
        "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ đạt tối thiểu 30%.",
        "100% hồ sơ TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến.",
        "Tối thiểu 50% kết quả giải quyết TTHC điện tử đối với TTHC thuộc thẩm quyền giải quyết"
            + " của cấp tỉnh được số hóa hồ sơ.",
        "Tỷ lệ hồ sơ TTHC giải quyết quá hạn không quá 2%.",
        "Kết quả đánh giá Chỉ số PAR INDEX, SIPAS năm 2024 tiếp tục cải thiện hơn so với kết quả"
            + " đánh giá năm 2023.",
        "Chỉ số CCHC của tỉnh nằm trong nhóm 30 tỉnh, thành phố.");
    heading(doc, "III. NHIỆM VỤ, GIẢI PHÁP");
    body(doc, "(Chi tiết tại Phụ lục kèm theo Kế hoạch này).");
    heading(doc, "IV. KINH PHÍ");
    body(
        doc,
        "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2024 của các cơ"
            + " quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành.");
    heading(doc, "V. TỔ CHỨC THỰC HIỆN");
    heading(doc, "1. Sở Nội vụ");
    body(
        doc,
        "Theo dõi, đôn đốc, kiểm tra việc triển khai Kế hoạch; tổng hợp, tham mưu UBND tỉnh báo"
            + " cáo Bộ Nội vụ kết quả thực hiện định kỳ hằng quý, 6 tháng, 9 tháng và năm.");
    heading(doc, "2. Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố");
    body(
        doc,
        "Căn cứ Kế hoạch này xây dựng kế hoạch CCHC của cơ quan, đơn vị, địa phương; báo cáo kết"
            + " quả thực hiện về Sở Nội vụ trước ngày 15 hằng tháng và báo cáo đột xuất khi có yêu"
            + " cầu.");
    body(
        doc,
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương"
            + " phản ánh về Sở Nội vụ để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.");
    para(doc, "", false, ParagraphAlignment.LEFT);
    XWPFTable foot = doc.createTable(1, 2);
    foot.removeBorders();
    cell(
        foot.getRow(0).getCell(0),
        false,
        "Nơi nhận:",
        "- Bộ Nội vụ;",
        "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
        "- CT, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành tỉnh;",
        "- UBND các huyện, thị xã, thành phố;",
        "- Lưu: VT, NC.");
    cell(
        foot.getRow(0).getCell(1),
        true,
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "",
        "",
        "Nguyễn Văn An");

    XWPFParagraph br = doc.createParagraph();
    br.setPageBreak(true);
    para(doc, "PHỤ LỤC", true, ParagraphAlignment.CENTER);
    para(doc, "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024", true, ParagraphAlignment.CENTER);
    para(
        doc,
        "(Kèm theo Kế hoạch số 15/KH-UBND ngày 29/12/2023 của UBND tỉnh)",
        false,
        ParagraphAlignment.CENTER);
    appendix(doc);
    return doc;
  }

  private static void appendix(XWPFDocument doc) {
    STMerge.Enum r = STMerge.RESTART;
    STMerge.Enum c = STMerge.CONTINUE;
    List<List<C>> rows =
        List.of(
            List.of(
                new C("STT", 1, r),
                new C("Nội dung nhiệm vụ", 1, r),
                new C("Đơn vị thực hiện", 2, null),
                new C("Sản phẩm", 1, r),
                new C("Thời gian hoàn thành", 1, r)),
            List.of(
                new C("", 1, c),
                new C("", 1, c),
                C.of("Chủ trì"),
                C.of("Phối hợp"),
                new C("", 1, c),
                new C("", 1, c)),
            List.of(C.of("I"), new C("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", 5, null)),
            List.of(
                C.of("1"),
                C.of("Ban hành Kế hoạch CCHC, Kế hoạch tuyên truyền CCHC năm 2024 của tỉnh"),
                new C("Sở Nội vụ", 1, r),
                C.of("Các sở, ban, ngành tỉnh"),
                C.of("Kế hoạch của UBND tỉnh"),
                C.of("Tháng 01/2024")),
            List.of(
                C.of("2"),
                C.of("Kiểm tra công tác CCHC tại tối thiểu 30% cơ quan, đơn vị, địa phương"),
                new C("", 1, c),
                C.of("Sở Tư pháp; Sở Thông tin và Truyền thông"),
                C.of("Báo cáo kết quả kiểm tra"),
                C.of("Quý III/2024")),
            List.of(
                C.of("3"),
                C.of("Báo cáo kết quả thực hiện nhiệm vụ CCHC của cơ quan, đơn vị, địa phương"),
                C.of("Các sở, ban, ngành; UBND các huyện, thị xã, thành phố"),
                C.of(""),
                C.of("Báo cáo định kỳ"),
                C.of("Trước ngày 15 hằng tháng")),
            List.of(new C("II. CẢI CÁCH THỂ CHẾ", 6, null)),
            List.of(
                C.of("4"),
                C.of(
                    "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban"
                        + " hành"),
                C.of("Sở Tư pháp"),
                C.of("Các sở, ban, ngành tỉnh"),
                C.of("Báo cáo kết quả rà soát"),
                C.of("31/12/2024")),
            List.of(C.of("III"), new C("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 5, null)),
            List.of(
                C.of("5"),
                C.of(
                    "Công bố, công khai đầy đủ, kịp thời TTHC trên Cơ sở dữ liệu quốc gia về"
                        + " TTHC và Cổng dịch vụ công tỉnh"),
                new C("Văn phòng UBND tỉnh", 1, r),
                C.of("Các sở, ban, ngành tỉnh"),
                C.of("Quyết định công bố TTHC"),
                C.of("Thường xuyên")),
            List.of(
                C.of("6"),
                C.of("Số hóa hồ sơ, kết quả giải quyết TTHC tại Bộ phận Một cửa các cấp"),
                new C("", 1, c),
                C.of("Sở Thông tin và Truyền thông\nUBND các huyện, thị xã," + " thành phố"),
                C.of("Tối thiểu 50% kết quả giải quyết TTHC được số hóa"),
                C.of("Quý IV/2024")),
            List.of(
                C.of("7"),
                C.of(
                    "Triển khai thanh toán trực tuyến đối với 100% hồ sơ TTHC có yêu cầu nghĩa"
                        + " vụ tài chính"),
                C.of("Sở Tài chính"),
                C.of("Kho bạc Nhà nước tỉnh; Văn phòng UBND tỉnh"),
                C.of("Báo cáo tình hình thanh toán trực tuyến"),
                C.of("Theo tiến độ của Bộ Tài chính")),
            List.of(
                C.of("IV"),
                new C("XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", 5, null)),
            List.of(
                C.of("8"),
                C.of(
                    "Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh, kết nối với Cổng dịch vụ"
                        + " công quốc gia"),
                C.of("Sở Thông tin và Truyền thông"),
                C.of("Văn phòng UBND tỉnh"),
                C.of("Hệ thống được nâng cấp, vận hành"),
                C.of("Tháng 6")));
    XWPFTable t = doc.createTable();
    CTTblGrid grid = t.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = t.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : new int[] {600, 3600, 1700, 1700, 1700, 1300}) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    boolean first = true;
    for (List<C> spec : rows) {
      XWPFTableRow row = first ? t.getRow(0) : t.createRow();
      first = false;
      while (row.getTableCells().size() > spec.size()) {
        row.removeCell(row.getTableCells().size() - 1);
      }
      while (row.getTableCells().size() < spec.size()) {
        row.addNewTableCell();
      }
      for (int i = 0; i < spec.size(); i++) {
        C c0 = spec.get(i);
        XWPFTableCell cell = row.getCell(i);
        CTTcPr pr =
            cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        if (c0.span() > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(c0.span()));
        }
        if (c0.merge() != null) {
          pr.addNewVMerge().setVal(c0.merge());
        }
        boolean bold = rows.indexOf(spec) < 2 || c0.span() > 1;
        cell(cell, bold, c0.text().split("\n"));
      }
    }
  }

  private static void cell(XWPFTableCell cell, boolean bold, String... lines) {
    while (cell.getParagraphs().size() > 1) {
      cell.removeParagraph(cell.getParagraphs().size() - 1);
    }
    XWPFParagraph p =
        cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        p = cell.addParagraph();
      }
      run(p, lines[i], bold);
    }
  }

  private static void heading(XWPFDocument doc, String text) {
    para(doc, text, true, ParagraphAlignment.LEFT);
  }

  private static void body(XWPFDocument doc, String... paragraphs) {
    for (String s : paragraphs) {
      XWPFParagraph p = para(doc, s, false, ParagraphAlignment.BOTH);
      p.setIndentationFirstLine(567);
    }
  }

  private static XWPFParagraph para(
      XWPFDocument doc, String text, boolean bold, ParagraphAlignment align) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    if (!text.isEmpty()) {
      run(p, text, bold);
    }
    return p;
  }

  private static void run(XWPFParagraph p, String text, boolean bold) {
    XWPFRun r = p.createRun();
    r.setFontFamily("Times New Roman");
    r.setFontSize(13);
    r.setBold(bold);
    r.setText(text);
  }
}
