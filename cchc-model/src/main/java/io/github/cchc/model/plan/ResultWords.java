package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that tell a result, not a goal: what happened ("đến nay", "tăng 1,72%", "xếp thứ", a
 * count of units, a sentence opening on a past period), the past tense and a level still held, and
 * figures given as estimated results.
 */
final class ResultWords {
  /** The past tense and the recent past, on NFC text: "đã", "vừa qua". */
  private static final Pattern PAST =
      Pattern.compile(
          "(?<!\\p{L})(?:đã|vừa\\s+qua)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * What happened: a change by an amount (by more than one too: "diện tích gieo sạ lúa đạt hơn
   * 331.000ha, tăng hơn 4% so với cùng kỳ", tienphong.vn on Sóc Trăng's first half of 2025),
   * results announced ("Nhiệm kỳ 2020-2025, xã Giồng Riềng đạt nhiều kết quả nổi bật như, …",
   * vietnamplus.vn; "đạt được những kết quả"), a ranking, an average, a count, a past period, a
   * shortfall against a figure ("… trên 100 dân chưa đạt trên 5%", "không đạt 80%"), the state to
   * date ("Đến nay, 100% thủ tục hành chính …", "Hiện nay, tỷ lệ …", "tính đến ngày 26/10", "tính
   * đến hết năm 2024, có 15/16 mục tiêu … hoàn thành 100%" on pbgdpl of Thái Bình, "tính đến cuối
   * quý", "lũy kế"), a goal told as exceeded or missed ("Tỷ lệ hồ sơ giải quyết đúng hạn năm 2024
   * đạt 98,9%, vượt chỉ tiêu đề ra", "chưa đạt kế hoạch", "đạt và vượt các mục tiêu", "vượt xa chỉ
   * tiêu 80% đề ra" (huengaynay.vn on Huế's online services in 2025); not after a word of intent or
   * purpose: "phấn đấu vượt chỉ tiêu"), a sentence opening on the time gone by ("Sau 5 năm, tỉ lệ
   * hộ nghèo …", "Qua 5 năm thực hiện", "Năm qua", "Thời gian qua", "Nhiệm kỳ qua"), a count held
   * now ("Toàn tỉnh hiện có 85% xã …", "Khu vực kinh tế tư nhân hiện có khoảng hơn 940 nghìn doanh
   * nghiệp …, đóng góp khoảng 50% GDP", the present level in Nghị quyết 68-NQ/TW, approximated
   * twice; not "thủ tục hành chính hiện có", the existing ones), what a survey or report shows
   * ("Kết quả khảo sát PAPI cho thấy, …") and a level set against the average ("… đạt 81,7% - cao
   * hơn mức trung bình cả nước"), and figures on the authority of statistics, a survey or a
   * forecast ("Theo Tổng cục Thống kê, giai đoạn 2020–2024, tỷ trọng kinh tế số bình quân 12,88%",
   * "Theo số liệu …", "Theo dự báo, …"), a level still held ("Tỷ lệ hộ nghèo vùng dân tộc thiểu số
   * vẫn chiếm 52,7% hộ nghèo cả nước", a headline on phunuvietnam.vn's tag page; "vẫn còn 5%", "vẫn
   * ở mức 3%"). "Chỉ đạt", "mới đạt" are "only reached", not the "chỉ" of "chứng chỉ" or the "mới"
   * (new) of "đảng viên mới", "doanh nghiệp mới" folded ("trong đó có bằng cấp, chứng chỉ đạt 37%"
   * among a commune's goals; "kết nạp đảng viên mới đạt từ 1.500 đến 1.600 đảng viên", Cao Bằng's).
   * "Tương đương" is an equivalence reported, not "hoặc tương đương" (or an equivalent standard:
   * "sản xuất theo các quy trình sản xuất nông nghiệp tốt (GAP) hoặc tương đương đạt 30%", Quảng
   * Nam's farm-linkage plan) nor "và tương đương" closing a list of units ("Ít nhất 60% thôn, bản
   * và tương đương có đội, nhóm, câu lạc bộ văn hóa dân gian …", thethaovietnamplus.vn on the
   * culture sector's goals to 2031; "trung học phổ thông và tương đương đạt 75%", Sóc Trăng's chỉ
   * tiêu). "Đạt được" is a result reached, not after a word of obligation or purpose: "các chỉ tiêu
   * hàng năm phải đạt được là: …" (hochiminhcity.gov.vn on the city's 2018-2020 reform plan), "mục
   * tiêu 80% cần đạt được vào cuối năm 2025", "nhằm đạt được". A count of units placed in a group,
   * "gồm" and the number of provinces, communes or bodies ("Nhóm A gồm 13 tỉnh, thành đạt chỉ số từ
   * 90% trở lên", baomoi on the PAR INDEX 2024; "…, gồm 02 tỉnh, thành phố" in Long An's), is a
   * ranking reported; not "gồm" before a share ("bao gồm 90% các doanh nghiệp …", a goal's part)
   * nor before a count of goals or parts ("gồm 15 chỉ tiêu", "gồm 10 Dự án thành phần"). A cut
   * counted in days of the former days, "cắt giảm 12/60 ngày, tỷ lệ 20%" after a procedure's new
   * time limit (Cà Mau's QĐ 1779/QĐ-UBND publishing its geology and minerals procedures: "tối đa là
   * 48 ngày (cắt giảm 12/60 ngày, tỷ lệ 20%)"), is the cut made, no goal, as "giảm 12/60 ngày" is;
   * "cắt giảm 20% thời gian giải quyết" with no days counted stays a goal.
   */
  /**
   * The amount of money after "(tương đương": a conversion in brackets, "(tương đương 77 – 80 tỷ
   * USD)" after a goal of "1.700 – 1.800 nghìn tỷ đồng" (tapchidulich.vn on the tourism strategy to
   * 2030), says the same amount in another currency and reports nothing, unlike "tương đương"
   * before a share ("đạt 1.230 tỷ đồng, tương đương 102% kế hoạch") or a bracket of a share.
   */
  private static final String MONEY_CONVERTED =
      "\\s+(?:(?:khoang|gan|hon|tren)\\s+)?\\d[\\d.,]*(?:\\s*[-–]\\s*\\d[\\d.,]*)?\\s+"
          + "(?:(?:nghin|trieu|ty)\\s+)*(?:usd|dong|do\\s+la|euro)\\b";

  private static final Pattern RESULT =
      Pattern.compile(
          "\\b(?:den|cho\\s+den)\\s+nay\\b|\\bhien\\s+(?:nay|tai)\\b|\\bluy\\s+ke\\b"
              + "|\\bvan\\s+(?:con\\s+|chiem\\s+|o\\s+muc\\s+|la\\s+)(?:(?:khoang|hon|gan|tren|toi)\\s+)?\\d"
              + "|\\btinh\\s+den\\s+(?:ngay|thoi\\s+diem|(?:het\\s+|cuoi\\s+)?(?:thang|nam|quy)|giua|\\d)"
              + "|(?<!khong\\s)(?<!cat\\s)\\b(?:tang|giam|cao\\s+hon|thap\\s+hon|tang\\s+truong)\\s+"
              + "(?:(?:manh\\s+nhat|nhieu\\s+nhat|toi|them|duoc|voi|la|con|xuong|len|hon)\\s+)*\\d"
              + "|\\bdat\\s+(?:duoc\\s+)?(?:nhieu|nhung|mot\\s+so)\\s+ket\\s+qua\\b"
              + "|\\b(?:chi\\s+)?con\\s+\\d|(?<!chung\\s)(?<!vien\\s)(?<!nghiep\\s)(?<!thon\\s)\\b(?:chi|moi)\\s+dat\\b|\\bda\\s+duoc\\b"
              // only so much working, a shortfall measured: "Nhà máy điện BOT Vân Phong chỉ vận
              // hành khoảng 44% công suất thiết kế" (nld.com.vn on Khánh Hòa's 2025)
              + "|\\bchi\\s+(?:van\\s+hanh|hoat\\s+dong|khai\\s+thac|dap\\s+ung)\\s+(?:(?:khoang|gan|hon|duoc)\\s+)?\\d"
              + "|\\bxep\\s+sau\\b|\\bvi\\s+tri\\s+thu\\b"
              + "|^\\d+\\s+(?:so|tinh|bo|dia\\s+phuong|don\\s+vi|co\\s+quan|huyen|xa)\\s+co\\b"
              + "|\\bgom\\s+cac\\s+(?:so|tinh|bo|dia\\s+phuong|don\\s+vi|co\\s+quan|huyen|xa)\\b"
              + "|^ket\\s+qua\\s+(?:do\\s+luong|khao\\s+sat|ra\\s+soat|cong\\s+bo|so\\s+bo)\\b"
              + "|(?<!phan\\sdau\\s)(?<!de\\s)(?<!nham\\s)\\b(?:vuot(?:\\s+xa)?|chua\\s+dat|khong\\s+dat|dat\\s+va\\s+vuot)"
              + "\\s+(?:(?:cac|hau\\s+het|nhieu)\\s+)?(?:muc\\s+tieu|chi\\s+tieu|ke\\s+hoach)\\b"
              + "|^(?:qua|sau)\\s+(?:hon\\s+|gan\\s+)?\\d+\\s+nam\\b"
              + "|^(?:nhung\\s+nam|nam|thoi\\s+gian|nhiem\\s+ky)\\s+qua\\b"
              + "|\\bhien\\s+co\\s+(?:(?:khoang|hon|gan|tren)\\s+){0,2}\\d|\\bcho\\s+thay\\b"
              + "|\\b(?:cao|thap)\\s+hon\\s+(?:muc\\s+)?(?:binh\\s+quan|trung\\s+binh)\\b"
              + "|^theo\\s+(?:so\\s+lieu|thong\\s+ke|ket\\s+qua|du\\s+bao|khao\\s+sat"
              + "|(?:tong\\s+)?cuc\\s+thong\\s+ke)\\b|\\btheo\\s+so\\s+lieu\\b"
              + "|\\btang\\s+truong\\b"
              + "|\\bgia\\s+tri\\s+trung\\s+binh\\b|\\bdiem\\s+trung\\s+binh\\b"
              + "|\\bxep\\s+(?:vi\\s+tri\\s+|hang\\s+)?thu\\b|\\bxep\\s+vao\\s+nhom\\b"
              + "|\\b(?:chua|khong)\\s+dat\\s+(?:tren|duoi|tu|du|\\d)"
              + "|\\b(?:cao|thap)\\s+nhat\\b|\\b(?:dan|dung)\\s+dau\\s+(?:bang|ca\\s+nuoc\\s+voi)\\b"
              + "|\\bchiem\\s+t[yi]\\s+le\\b"
              // "còn lại", the rest counted; not the rest of a period still to come ("trong những
              // tháng còn lại của năm 2017")
              + "|(?<!thang\\s)(?<!quy\\s)(?<!tuan\\s)(?<!thoi\\sgian\\s)(?<!nam\\s)\\bcon\\s+lai\\b"
              + "|\\bdeu\\s+dat\\b|(?<!phai\\s)(?<!can\\s)(?<!nham\\s)\\bdat\\s+duoc\\b|\\bket\\s+qua\\s+dat\\b"
              + "|\\bda\\s+(?:dat|tiep\\s+nhan|giai\\s+quyet|hoan\\s+thanh|co)\\b"
              + "|\\bkhong\\s+co\\s+[^.;]{1,60}?\\s+nao\\b|(?<!hoac\\s)(?<!va\\s)(?<!\\(\\s?)\\btuong\\s+duong\\b"
              + "|\\(\\s?tuong\\s+duong\\b(?!"
              + MONEY_CONVERTED
              + ")"
              + "|\\bgom\\s+\\d+\\s+(?:tinh|thanh\\s+pho|dia\\s+phuong|don\\s+vi|bo|nganh|co\\s+quan|so|huyen|xa|phuong)\\b"
              + "|\\bcat\\s+giam\\s+\\d+/\\d+\\s+ngay\\b"
              + "|\\bco\\s+\\d+\\s+(?:dia\\s+phuong|tinh|don\\s+vi|bo|co\\s+quan|so|huyen|xa)\\b"
              + "|\\b\\d+/\\d+\\s+(?:vung|tinh|dia\\s+phuong|don\\s+vi|bo|co\\s+quan|nhom|dich\\s+vu|xa)\\b"
              + "|^(?:trong\\s+)?(?:nam\\s+\\d{4}|quy\\s+[ivx\\d]+(?:/\\d{4})?|\\d+\\s+thang"
              + "(?:\\s+dau)?\\s+nam(?:\\s+\\d{4})?)\\s*,");

  /** A threshold on a figure: "ít nhất 10%", "tối thiểu 20%", "không thấp hơn 90%". */
  private static final Pattern THRESHOLD_FIGURE =
      Pattern.compile(
          "(?<!\\p{L})(?:it\\s+nhat|toi\\s+thieu|khong\\s+thap\\s+hon)\\s+\\d+(?:[,.]\\d+)?\\s?%");

  /** "được" on folded text. */
  private static final Pattern DUOC = Pattern.compile("(?<!\\p{L})duoc(?!\\p{L})");

  /**
   * A level to come down to, on folded text: "giảm còn 2,5-3,5%", "giảm xuống còn dưới 4%", "hạ
   * xuống 2%", "còn 7%"; not "chỉ còn" (what is left, reported).
   */
  private static final Pattern LEVEL_DOWN =
      Pattern.compile(
          "\\b(?:(?:giam|ha)\\s+(?:xuong\\s+)?(?:con\\s+)?|(?<!chi\\s)con\\s+)"
              + "(?:duoi\\s+|khoang\\s+|muc\\s+)?\\d");

  /**
   * True when the (NFC) sentence is told as a result only by a level to come down to ("Tỷ lệ hộ
   * nghèo giảm còn 2,5-3,5%." among a commune's goals for 2030): with the levels blanked out it is
   * not told as a result, so in a paragraph of goals it is the level to reach, not one reached.
   */
  static boolean toldOnlyByLevel(String sentence, int yearAhead) {
    Matcher m = LEVEL_DOWN.matcher(VietnameseText.fold(sentence));
    if (!m.find()) {
      return false;
    }
    StringBuilder blanked = new StringBuilder(sentence);
    do {
      for (int i = m.start(); i < m.end() - 1; i++) {
        blanked.setCharAt(i, ' ');
      }
    } while (m.find());
    return !toldAsResult(blanked.toString(), yearAhead);
  }

  /**
   * An estimate of a result, on folded text: "ước đạt", "ước tính", "ước thực hiện", "ước tăng",
   * "ước giảm", "ước cả năm" (a report's figure for the year not yet closed), and "ước" before the
   * date it estimates to, "ước đến cuối năm", "ước đến hết năm 2024", "ước tới hết tháng 6" ("Ước
   * đến cuối năm, sẽ giảm 80 hộ nghèo, đạt 100% chỉ tiêu nghị quyết đề ra", baovinhlong on TP. Vĩnh
   * Long's 2020: the "sẽ" is the estimate's, no goal); not a wish ("mong ước", "mơ ước").
   */
  private static final String ESTIMATE_WORDS =
      "(?<!\\bmong\\s)(?<!\\bmo\\s)\\buoc\\s+(?:dat|tinh|thuc\\s+hien|tang|giam|ca\\s+nam"
          + "|(?:den|toi)\\s+(?:het|cuoi)\\s+(?:nam|thang|quy|ngay|ky)|(?:den|toi)\\s+(?:nam|thang|quy)\\s+\\d)\\b";

  private static final Pattern ESTIMATE = Pattern.compile(ESTIMATE_WORDS);

  /**
   * The part {@code [start, end)} of an (NFC) sentence whose figures are estimated results: from an
   * estimate ("ước đạt") to the first word of intent after it, or to the end ("Các chỉ tiêu Quốc
   * hội đưa ra tăng so với con số ước đạt năm nay, với tăng trưởng kinh tế trên 8% …": the 8% is
   * this year's estimate, not a goal), a forecast ({@link Forecast#span}) and what really came
   * about against a goal ({@link RealityAgainstGoal#span}) as well; {@code [0, 0)} when the
   * sentence gives no estimate.
   */
  static int[] estimated(String sentence) {
    return estimated(sentence, false);
  }

  /**
   * As {@link #estimated(String)}, for a sentence after one that set goals with no figure ({@code
   * goalsSetBefore}, {@link PlanEstimate#setsGoals}).
   */
  static int[] estimated(String sentence, boolean goalsSetBefore) {
    String folded = VietnameseText.fold(sentence);
    Matcher m = ESTIMATE.matcher(folded);
    int[] found = null;
    while (found == null && m.find()) {
      // an estimate that is the plan's own figure is no result (PlanEstimate)
      if (!PlanEstimate.plansOwn(sentence, folded, m.start(), goalsSetBefore)) {
        found = new int[] {m.start(), m.end()};
      }
    }
    // a forecast is estimated too (Forecast): "… dự báo tăng trưởng … đạt mức từ 12,08%"
    int[] forecast = Forecast.span(folded);
    if (forecast != null && (found == null || forecast[0] < found[0])) {
      found = forecast;
    }
    // what really came about against a goal is no goal either (RealityAgainstGoal): "…, nhưng
    // thực tế thì … con số này mới chỉ dừng lại ở 18%"
    int[] reality = RealityAgainstGoal.span(folded);
    if (reality != null && (found == null || reality[0] < found[0])) {
      found = reality;
    }
    if (found == null) {
      return new int[] {0, 0};
    }
    int next = Goals.intentStart(sentence.substring(found[1]));
    int end = next <= 0 ? sentence.length() : found[1] + next;
    // or a later clause bounding its figure as a plan does (BOUNDED_CLAUSE)
    Matcher bounded = BOUNDED_CLAUSE.matcher(folded).region(found[1], end);
    return new int[] {found[0], bounded.find() ? bounded.start() + 1 : end};
  }

  /**
   * A clause after an estimate that bounds its figure as a plan does, on folded text: ", thu ngân
   * sách tăng tối thiểu 7%" after "tổng vốn đầu tư phát triển ước đạt 168 nghìn tỷ đồng" in "Hội
   * nghị thống nhất mục tiêu năm 2026 với 32 chỉ tiêu chủ yếu, trong đó tăng trưởng GRDP từ 11% trở
   * lên, tổng vốn đầu tư phát triển ước đạt 168 nghìn tỷ đồng, thu ngân sách tăng tối thiểu 7%, …"
   * (vnexpress on Thanh Hóa's 2026): the estimate covers its own clause, not one a threshold sets
   * ("tối thiểu", "ít nhất", "không thấp hơn", "trở lên" after its figure).
   */
  private static final Pattern BOUNDED_CLAUSE =
      Pattern.compile(
          "[,;][^,;]*?(?:\\b(?:toi\\s+thieu|it\\s+nhat|khong\\s+thap\\s+hon)\\s+\\d"
              + "|\\d\\s?%\\s+tro\\s+len\\b)");

  /** "đã" on NFC text. */
  private static final Pattern DA =
      Pattern.compile("(?<!\\p{L})đã(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The (NFC) sentence with each "đã" that opens a relative clause after a figure blanked out, so
   * that it does not make the sentence a past result. A "đã" after a figure is relative when the
   * figure has a threshold before it ("giảm tối thiểu 20% thông tin … thông qua việc tái sử dụng dữ
   * liệu đã được số hóa": the data is past, not the goal), or when its clause goes on to a "được"
   * of its own ("80% các hệ thống … đã đưa vào vận hành, khai thác được kết nối": the systems put
   * into operation are to be connected), its passive "đã được" too ({@link PassiveThenOwnDuoc}).
   * "100% dịch vụ công trực tuyến đã được tích hợp" keeps its "đã".
   */
  static String withoutRelativePast(String sentence) {
    int figure = sentence.indexOf('%');
    if (figure < 0) {
      return sentence;
    }
    String folded = VietnameseText.fold(sentence);
    Matcher t = THRESHOLD_FIGURE.matcher(folded);
    int threshold = t.find() ? t.end() : Integer.MAX_VALUE;
    StringBuilder kept = null;
    Matcher m = DA.matcher(sentence);
    while (m.find()) {
      if (m.start() < figure) {
        continue;
      }
      boolean relative = m.start() > threshold;
      if (!relative) {
        int clauseEnd = folded.indexOf(';', m.end());
        String rest = folded.substring(m.end(), clauseEnd < 0 ? folded.length() : clauseEnd);
        Matcher d = DUOC.matcher(rest);
        relative =
            d.find()
                && (!rest.substring(0, d.start()).isBlank()
                    || PassiveThenOwnDuoc.goesOn(rest.substring(d.end())));
      }
      if (relative) {
        if (kept == null) {
          kept = new StringBuilder(sentence);
        }
        for (int i = m.start(); i < m.end(); i++) {
          kept.setCharAt(i, ' ');
        }
      }
    }
    return kept == null ? sentence : kept.toString();
  }

  /**
   * A place reported, on NFC text: "đứng thứ 5" (folded, it would be "dùng thử", to try out, as in
   * "doanh nghiệp … được tiếp cận dùng thử các nền tảng").
   */
  private static final Pattern STANDS_AT =
      Pattern.compile(
          "(?<!\\p{L})đứng\\s+thứ(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** True when the (NFC, not folded) sentence reports a place: "đứng thứ 5 cả nước". */
  static boolean ranked(String sentence) {
    return STANDS_AT.matcher(sentence).find();
  }

  /** True when the (NFC, not folded) sentence is in the past tense: "đã", "vừa qua". */
  static boolean past(String sentence) {
    return PAST.matcher(sentence).find();
  }

  static boolean result(String folded) {
    // a figure forecast is estimated, no goal (Forecast)
    return RESULT.matcher(folded).find() || Forecast.told(folded);
  }

  /**
   * True when the (NFC) sentence tells its figures as a result: what happened ({@link #result}:
   * "tăng 1,72%"), the past ("đã đạt 45,8%") or a place reported ("đứng thứ 5"); a "đã" in a
   * relative clause after a figure ({@link #withoutRelativePast}) is not the sentence's past, and a
   * sentence opening on a year no earlier than {@code yearAhead} ("Năm 2026, cắt giảm, đơn giản hóa
   * 100% điều kiện …" after the 2025 goals, in a page whose latest year is 2026) opens on a
   * deadline, not a past period.
   */
  static boolean toldAsResult(String sentence, int yearAhead) {
    // records "đã được số hóa" named in a goal (DigitisedRecords)
    String kept = withoutRelativePast(DigitisedRecords.withoutPast(withoutPastOfSetting(sentence)));
    // "của tỉnh đến năm 2030" is no "tính đến" of a result's date (ProvinceByDeadline)
    String folded = ProvinceByDeadline.keptApart(kept, VietnameseText.fold(kept));
    Matcher y = YEAR_OPENING.matcher(folded);
    if (y.lookingAt() && Integer.parseInt(y.group(1)) >= yearAhead) {
      folded = " ".repeat(y.end()) + folded.substring(y.end());
    }
    // a figure told as a consequence ("khiến GRDP … giảm khoảng 0,8%") happened (Consequence)
    return result(folded) || past(kept) || ranked(kept) || Consequence.told(folded);
  }

  /**
   * The past of goals being set, on NFC text: "Đại hội đã xác định nhiều chỉ tiêu quan trọng, trong
   * đó: …", "Nghị quyết đã đề ra các mục tiêu …", "Kế hoạch đã đặt ra 12 chỉ tiêu": the "đã" dates
   * the setting, not the figures set.
   */
  private static final Pattern PAST_OF_SETTING =
      Pattern.compile(
          "(?<!\\p{L})đã(?=\\s+(?:xác\\s+định|đề\\s+ra|đặt\\s+ra|thông\\s+qua|nêu|đặt)\\s+"
              + "(?:(?:nhiều|các|những|\\d+)\\s+)?(?:mục\\s+tiêu|chỉ\\s+tiêu)(?!\\p{L}))",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The (NFC) sentence with each {@link #PAST_OF_SETTING} "đã" blanked out. */
  static String withoutPastOfSetting(String sentence) {
    Matcher m = PAST_OF_SETTING.matcher(sentence);
    return m.find() ? m.replaceAll("  ") : sentence;
  }

  /** A sentence opening on a year: "Năm 2026, …", "Trong năm 2026, …" (folded). */
  private static final Pattern YEAR_OPENING =
      Pattern.compile("^(?:trong\\s+)?nam\\s+((?:19|20)\\d{2})\\s*,");

  /**
   * A change by an amount or a count of units, on folded text: "tăng 6,57%", "giảm 9%", "tăng bình
   * quân 7%", "tăng trưởng", "8/8 xã". Not a level reached ("giảm còn 1,08%", "giảm xuống 2%").
   */
  private static final Pattern CHANGE =
      Pattern.compile(
          "(?<!khong\\s)(?<!cat\\s)\\b(?:tang|giam)\\s+(?:(?:binh\\s+quan|toi|them|duoc|voi|la|len|hon)\\s+)*"
              + "\\d+(?:[,.]\\d+)?"
              + "|\\btang\\s+truong\\b"
              + "|\\b\\d+/\\d+\\s+(?:vung|tinh|dia\\s+phuong|don\\s+vi|bo|co\\s+quan|nhom|dich\\s+vu|xa)\\b");

  /**
   * A figure told as estimated, recorded or looked back on, on folded text: "ước tính tăng 7,09%",
   * "ước đạt", "Nhìn lại năm 2024, …", "ghi nhận", "theo số liệu từ Tổng cục Thống kê".
   */
  private static final Pattern REPORTED =
      Pattern.compile(
          ESTIMATE_WORDS + "|\\bnhin\\s+lai\\b|\\bghi\\s+nhan\\b" + "|\\btheo\\s+so\\s+lieu\\b");

  /**
   * True when the (NFC) sentence tells a figure as {@link #REPORTED}, an estimate that is the
   * plan's own figure aside ({@link PlanEstimate}).
   */
  private static boolean reported(String sentence, String folded, boolean goalsSetBefore) {
    Matcher r = REPORTED.matcher(folded);
    while (r.find()) {
      if (!ESTIMATE.matcher(folded).region(r.start(), folded.length()).lookingAt()
          || !PlanEstimate.plansOwn(sentence, folded, r.start(), goalsSetBefore)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How the (NFC) sentence tells its figures: as a {@link Told#RESULT} ({@link #toldAsResult}), as
   * a {@link Told#CHANGE} when it is told as a result only by changes by an amount or counts (with
   * them blanked out it is not) and not as estimated, recorded or looked back on ("Nhìn lại năm
   * 2024, … GDP cả nước ước tính tăng 7,09%" is a result), or as {@link Told#NOTHING}.
   */
  static Told told(String sentence, int yearAhead) {
    return told(sentence, yearAhead, false);
  }

  /**
   * As {@link #told(String, int)}, for a sentence after one that set goals with no figure ({@code
   * goalsSetBefore}, {@link PlanEstimate#setsGoals}): an estimate opening its part of the goals is
   * the plan's figure, not one reported.
   */
  static Told told(String sentence, int yearAhead, boolean goalsSetBefore) {
    if (!toldAsResult(sentence, yearAhead)) {
      return Told.NOTHING;
    }
    String folded = VietnameseText.fold(sentence);
    Matcher c = CHANGE.matcher(folded);
    if (!c.find() || reported(sentence, folded, goalsSetBefore)) {
      return Told.RESULT;
    }
    StringBuilder blanked = new StringBuilder(sentence);
    do {
      for (int i = c.start(); i < c.end(); i++) {
        blanked.setCharAt(i, ' ');
      }
    } while (c.find());
    return toldAsResult(blanked.toString(), yearAhead) ? Told.RESULT : Told.CHANGE;
  }

  /**
   * A result given in brackets as the base of a goal, on folded text: "(năm 2019 Tây Ninh đạt 0,482
   * điểm, xếp hạng thứ 25)" inside "Theo đề án …, đến năm 2025, Tây Ninh vào nhóm 15 tỉnh dẫn đầu
   * …" (sggp on Tây Ninh's digital government project): an aside opening on a year before the
   * latest the text names.
   */
  private static final Pattern PAST_ASIDE =
      Pattern.compile("\\((?:trong\\s+|vao\\s+)?nam\\s+((?:19|20)\\d{2})\\b[^()]*\\)");

  /**
   * The (NFC) sentence with its {@link #PAST_ASIDE bracketed results of a past year} blanked out,
   * so that they do not make the goal it sets a result; {@code folded} is its folded form.
   */
  static String withoutPastAside(String sentence, String folded, int latestYear) {
    if (folded.indexOf('(') < 0) {
      return sentence;
    }
    Matcher m = PAST_ASIDE.matcher(folded);
    StringBuilder out = null;
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) >= latestYear) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(sentence);
      }
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out == null ? sentence : out.toString();
  }

  private ResultWords() {}
}
