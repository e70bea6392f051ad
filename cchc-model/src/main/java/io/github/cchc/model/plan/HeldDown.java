package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Pattern;

/**
 * Shares a plan holds down, on folded text: poverty, farm labour, late dossiers, unemployment,
 * malnutrition, the growth of the population and of prices, and the agricultural sector's share of
 * the economy's structure. A level of one of them given without a direction is a ceiling.
 */
final class HeldDown {
  /**
   * Figures a plan holds down, on folded text: shares to bring down ("tỷ lệ hộ nghèo"; the poverty
   * rate named without its households, "tỷ lệ nghèo là đồng bào dân tộc thiểu số 4,8%" on
   * dantocmiennui.vn of Lâm Đồng, though not "tỷ lệ thoát nghèo" nor "tỷ lệ giảm nghèo"; "tỷ trọng
   * lao động nông nghiệp", written with "tỷ lệ" or "tỷ trọng", or in the "tỉ" spelling: "tỉ trọng
   * lao động nông nghiệp … khoảng 25%", the Đại hội XIII resolution on a flipbook page, or with the
   * sector named by "trong ngành": "tỷ trọng lao động trong ngành nông nghiệp đạt khoảng 25% trên
   * tổng lao động", thesaigontimes on the labour-market resolution), the growth of the population
   * ("tỷ lệ tăng dân số", "tỷ lệ tăng tự nhiên giữ mức 1,0-1,2%": at most 1,2; named as a rate,
   * "tốc độ tăng dân số ở mức khoảng 1%", the population strategy 2011-2020 on baokhanhhoa, and
   * "Tốc độ tăng dân số bình quân hằng năm dưới 1%", Như Xuân's chỉ tiêu; or as a level without the
   * rate's name, "Mục tiêu tăng dân số ở mức 1%", the same page's headline), the budget deficit
   * named without "tỷ lệ" ("điều chỉnh bội chi ngân sách nhà nước lên mức khoảng 4 - 4,5% GDP", the
   * National Assembly's 2025 resolution: at most 4,5; not "giảm bội chi") and the rise of prices
   * ("chỉ số giá tiêu dùng (CPI) bình quân khoảng 4,5%", "kiểm soát lạm phát … (bình quân khoảng
   * 4%)", "tốc độ tăng giá tiêu dùng bình quân khoảng 4%"), whose goal is a ceiling.
   */
  private static final Pattern LOWER_IS_BETTER =
      Pattern.compile(
          "\\bt[yi]\\s+(?:le|trong)\\s+(?:[^,;:]{0,40}?\\s)?(?:(?:ho\\s+)?(?<!thoat\\s)(?<!giam\\s)ngheo"
              + "|lao\\s+dong\\s+(?:trong\\s+(?:nganh|linh\\s+vuc|khu\\s+vuc)\\s+)?nong\\s+nghiep"
              + "|ho\\s+so\\s+(?:qua|tre)\\s+han|that\\s+nghiep|suy\\s+dinh\\s+duong|boi\\s+chi"
              + "|tang\\s+dan\\s+so|tang\\s+tu\\s+nhien)\\b"
              // the poor households named as the share without "tỷ lệ", their level after "là" or
              // "chiếm": "hộ nghèo đa chiều theo chuẩn nông thôn mới là 1,5%" (nhandan on Hà Nam's
              // new countryside goals for 2018); not "100% hộ nghèo được hỗ trợ", the figure first
              + "|\\bho\\s+ngheo\\b[^,;:%]{0,50}?\\s(?:la|chiem)\\s*$"
              + "|\\btoc\\s+do\\s+(?:gia\\s+)?tang\\s+dan\\s+so\\b"
              + "|\\btang\\s+dan\\s+so\\s+(?:o\\s+muc|giu\\s+(?:o\\s+)?muc|on\\s+dinh)\\b"
              + "|(?<!\\bgiam\\s)\\bboi\\s+chi\\s+(?:ngan\\s+sach|nsnn)\\b"
              + "|\\bchi\\s+so\\s+gia\\s+tieu\\s+dung\\b|\\bcpi\\b|\\blam\\s+phat\\b"
              // the rise of prices named as a rate: "tốc độ tăng giá tiêu dùng bình quân khoảng 4%"
              + "|\\btang\\s+gia\\s+tieu\\s+dung\\b");

  /** A share of a structure named by its subject, on folded text: "tỷ trọng …". */
  static final Pattern SHARE_OF_STRUCTURE = Pattern.compile("\\bt[yi]\\s+trong\\b");

  /**
   * The economy's structure, on folded text: "Cơ cấu kinh tế đến năm 2025: …", "tỷ trọng các ngành
   * trong cơ cấu kinh tế …"; or a structure named only by its sectors, industry with construction
   * then services, each with its share ("Nông, lâm, ngư nghiệp chiếm 12,1%; Công nghiệp - xây dựng
   * 42,3%; Dịch vụ 35,6%", Lào Cai's 25 chỉ tiêu for 2024 on laocaitv.vn).
   */
  private static final Pattern STRUCTURE =
      Pattern.compile(
          "\\b(?:co\\s+cau|t[yi]\\s+trong)\\b"
              + "|\\bcong\\s+nghiep\\s*(?:[-–,]|va)\\s*xay\\s+dung\\s*(?::|chiem|khoang)?\\s*\\d[^.]*"
              + "\\bdich\\s+vu\\s*(?::|chiem|khoang)?\\s*\\d"
              // or by its numbered sectors, each with its share: "Khu vực I: 33,10%; Khu vực II:
              // 21,64%; …" (a Bến Tre plan's chỉ tiêu under "b) Cơ cấu kinh tế:" on a line above)
              + "|\\bkhu\\s+vuc\\s+i\\s*(?::|chiem|khoang)?\\s*\\d[^.]*"
              + "\\bkhu\\s+vuc\\s+ii\\s*(?::|chiem|khoang)?\\s*\\d");

  /**
   * The agricultural sector named as the economy's first sector just before its share, on folded
   * text: "Cơ cấu GRDP … đến cuối nhiệm kỳ khu vực I là 33%, khu vực II 26%" (Sóc Trăng's goals for
   * 2020-2025 on issuu), "khu vực 1 chiếm 20%"; not "khu vực II".
   */
  private static final Pattern FIRST_SECTOR =
      Pattern.compile("\\bkhu\\s+vuc\\s+(?:i|1)\\s*(?::|khoang|chiem|la)?\\s*$");

  /** A growth rate named by the subject, on folded text: "tốc độ tăng …", "tăng trưởng …". */
  private static final Pattern GROWTH_RATE =
      Pattern.compile("\\btoc\\s+do\\b|\\btang\\s+truong\\b");

  /**
   * The agricultural sector named just before its share, on folded text: "Nông, lâm nghiệp, thuỷ
   * sản: 75%", "nông – lâm - thủy sản chiếm 42%", "nông - lâm nghiệp - thủy sản khoảng 7,5%", "nông
   * nghiệp khoảng 20%", farming with fishing and no forestry ("Nông nghiệp, thủy sản 3,6%" in Hưng
   * Yên's structure to 2030, vanhoasukien; "Nông nghiệp - thuỷ sản: 20%", baonamdinh on xã Hải
   * Trung), fishing named "ngư nghiệp" ("nông lâm-ngư nghiệp 60%", xã Hòa Hội's 2030 structure on
   * baobariavungtau.com.vn); forestry first and the sector's amount before its share ("lâm- nông
   * nghiệp 50tỷđ, chiếm 4,3%", phường Ba Đình of Bỉm Sơn's structure for 2020); the share given as
   * about or just under it ("ngành nông nghiệp chiếm khoảng 10%", "ngành nông nghiệp chiếm gần 8%",
   * Quyết định 553/QĐ-TTg quoted on bandantoc.quangnam.gov.vn); not the sectors other than farming
   * ("các ngành phi nông nghiệp chiếm khoảng 90%", the share that grows). The share may be named as
   * such after the sector: "khu vực nông nghiệp chiếm tỷ trọng 1 - 2%" (vietnammoi on Đà Nẵng's
   * master plan to 2020: at most 2, its worst end).
   */
  private static final Pattern AGRICULTURE_LAST =
      Pattern.compile(
          "\\b(?<!phi\\s)(?:lam\\s*[,–-]?\\s*)?nong(?:\\s+nghiep)?(?:\\s*[,–-]?\\s*lam(?:\\s+nghiep)?)?"
              + "(?:\\s*[,–-]?\\s*(?:va\\s+)?(?:thuy\\s+san|ngu\\s+nghiep))?"
              + "(?:\\s*\\d[\\d.,]*\\s*(?:ty|trieu)\\s*(?:dong|d)\\b\\s*,?)?"
              + "\\s*(?::|chiem(?:\\s+t[yi]\\s+trong)?|la|dat)?\\s*(?:(?:khoang|gan)\\s*)?$");

  /** A subject that names its own direction down: "giảm", "hạ xuống", "hạ thấp". */
  private static final Pattern DOWN = Pattern.compile("\\b(?:giam|ha\\s+(?:xuong|thap))\\b");

  /**
   * True when the subject is a share that a plan brings down (poor households, farm labour, late
   * dossiers, unemployment, malnutrition) and does not say so itself ("giảm", "hạ xuống").
   */
  static boolean lowerIsBetter(String subject) {
    String f = VietnameseText.fold(subject);
    return LOWER_IS_BETTER.matcher(OwnShare.of(f)).find() && !DOWN.matcher(f).find();
  }

  /**
   * True when the (folded) text names a share a plan holds down ({@link #LOWER_IS_BETTER}),
   * whatever words of direction it has: "tỷ lệ hộ nghèo … tiếp tục giảm còn 2,68%".
   */
  static boolean namesShareHeldDown(String folded) {
    return LOWER_IS_BETTER.matcher(folded).find();
  }

  /**
   * True when the figure is the agricultural sector's share in a sentence on the economy's
   * structure: a share the plan brings down, as farm labour's, while the other sectors grow ("Cơ
   * cấu kinh tế đến năm 2025: Nông, lâm nghiệp, thuỷ sản: 75%; dịch vụ, du lịch: 20%", "tỷ trọng
   * các ngành trong cơ cấu kinh tế của huyện là: nông – lâm - thủy sản chiếm 42%, dịch vụ chiếm
   * 46%"). The sector must stand just before the figure, so a growth of its output ("giá trị sản
   * xuất nông, lâm, thủy sản tăng 3%") is not one.
   */
  static boolean agricultureShare(String folded, String subject) {
    if (!STRUCTURE.matcher(folded).find()) {
      return false;
    }
    String f = VietnameseText.fold(subject);
    if (GROWTH_RATE.matcher(f).find()) {
      // a growth rate of the sector is no share of the structure: "tốc độ tăng giá trị kim ngạch
      // xuất khẩu ngư, nông, lâm nghiệp đạt từ 8 - 10%/năm" (Cà Mau's plan for farming 2021-2030)
      return false;
    }
    if (ShareWithinFarming.in(f) || ShareWithinFarming.structureOfFarming(folded)) {
      return false;
    }
    if (FIRST_SECTOR.matcher(f).find()) {
      return true;
    }
    if (!f.contains("nong")) {
      return false;
    }
    return AGRICULTURE_LAST.matcher(f).find();
  }

  /**
   * The catch named just before its share of fish output, on folded text: "(trong đó, sản lượng
   * khai thác chiếm khoảng 35%, sản lượng nuôi trồng 65%)" (Quyết định 1445/QĐ-TTg on the fisheries
   * master plan to 2020, thuysanvietnam.com.vn).
   */
  private static final Pattern CATCH_LAST =
      Pattern.compile("\\bsan\\s+luong\\s+khai\\s+thac\\s*(?::|chiem|la|dat)?\\s*(?:khoang\\s*)?$");

  /**
   * Fish farming named in the same sentence, or the whole the catch is a share of, on folded text:
   * "sản lượng nuôi trồng", "tổng sản lượng thủy sản".
   */
  private static final Pattern FARMED =
      Pattern.compile(
          "\\bsan\\s+luong\\s+nuoi\\s+trong\\b|\\btong\\s+san\\s+luong\\s+thuy\\s+san\\b");

  /**
   * True when the figure is the catch's share of fish output in a sentence that gives the farmed
   * share beside it or names the whole ("Đến năm 2020, sản lượng khai thác chiếm khoảng 35% tổng
   * sản lượng thủy sản", the page's caption): the structure of the fisheries sector, whose plans
   * since its restructuring move output from catching to farming, so the catch's share is held down
   * as the farm sector's is in the economy's structure ({@link #agricultureShare}).
   */
  static boolean catchShare(String folded, String subject) {
    return FARMED.matcher(folded).find() && CATCH_LAST.matcher(VietnameseText.fold(subject)).find();
  }

  private HeldDown() {}
}
