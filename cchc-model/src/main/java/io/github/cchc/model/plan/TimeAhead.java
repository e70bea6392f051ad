package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is still to come, on folded text: the future, a threshold, a level to keep within, a
 * deadline or a term no earlier than the latest year a text names; such a sentence is a goal
 * without a word of intent.
 */
final class TimeAhead {
  /**
   * Thresholds ("ít nhất", "tối thiểu", "trở lên"), on folded text. "Trở lên" after a grade ("hoàn
   * thành tốt nhiệm vụ trở lên", "loại khá trở lên", "giỏi trở lên") bounds the grade counted, not
   * the figure: "Tỷ lệ tổ chức Đảng trực thuộc hoàn thành tốt nhiệm vụ trở lên bình quân đạt 97%"
   * reports a term's result. After an age ("từ 15 tuổi trở lên", "từ 60 tuổi trở lên") it bounds
   * the people counted, an age bracket, not the figure: "Đến cuối năm 2024, tỷ lệ người dân từ 15
   * tuổi trở lên có tài khoản tại ngân hàng đạt 86,97%" (vietnamnet), a census's "13,26% từ 60 tuổi
   * trở lên" (the Wikipedia page of China). "Ít nhất" after a noun and before "là" and the one it
   * names, or closing a clause, is the superlative ("the least"), not a floor: "tháng mưa ít nhất
   * là tháng 12" (the month with the least rain, in a climate paragraph), "nơi mưa ít nhất."; "ít
   * nhất là 8%" and "ít nhất: 30%" stay floors.
   */
  private static final Pattern AHEAD =
      Pattern.compile(
          "(?<!\\p{L})(?:it\\s+nhat(?!\\s+la\\s+(?:thang|ngay|mua|vung|noi|khu\\s+vuc)\\b)"
              + "(?!\\s*[.;])|toi\\s+thieu|khong\\s+thap\\s+hon|toi\\s+da"
              + "|khong\\s+vuot\\s+qua"
              + "|(?<!nhiem\\svu\\s)(?<!kha\\s)(?<!gioi\\s)(?<!tot\\s)(?<!xuat\\ssac\\s)(?<!tuoi\\s)tro\\s+len)"
              + "(?!\\p{L})");

  /**
   * A figure to keep within a bound, on folded text: "duy trì tỷ lệ nợ xấu bền vững dưới 3% tổng dư
   * nợ" (the State Bank's 2017 tasks), "duy trì tỷ lệ hộ nghèo không quá 2%": a task, not a level
   * reported ("tỷ lệ hài lòng duy trì ở mức cao, dao động từ 93,02% đến 95,44%").
   */
  private static final Pattern KEEP_WITHIN =
      Pattern.compile(
          "(?<!duoc\\s)(?<!da\\s)\\bduy\\s+tri\\s+(?:[^,;.%]{1,60}?\\s)?"
              + "(?:duoi|tren|khong\\s+qua|toi\\s+da|khong\\s+vuot\\s+qua|toi\\s+thieu)\\s+\\d");

  /** The future, on NFC text: "sẽ" (folded, it would be "chia sẻ" too). */
  private static final Pattern FUTURE =
      Pattern.compile("(?<!\\p{L})sẽ(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A deadline opening a sentence: "Đến năm 2025,", "Cuối năm 2025,", "Đến hết năm 2030,"; after
   * "đến" or "trước" the comma may be left out ("Đến năm 2030 hoàn thiện …"), not after a bare "Năm
   * 2021" (a past period opens a sentence that way too); after "đến" or "trước" the word "năm" may
   * be left out and a connector may come first ("Trong đó, đến 2025, Long An kỳ vọng …"). "Vào năm
   * 2030, …" is one too, after "Đặc biệt," as well (viettimes' sapo on Lạng Sơn's Đề án: "Đặc biệt,
   * vào năm 2030, tỷ lệ hộ gia đình có cửa hàng số … là hơn 80%"). The year one steps into opens a
   * sentence as a bare "Năm 2026," does: "Bước sang năm 2026, Thành ủy đặt mục tiêu tăng trưởng
   * GRDP từ 10% trở lên; …. Vốn đầu tư thực hiện trên địa bàn tăng 10 - 11%" (huengaynay on Huế's
   * 2026), "Sang năm 2026, …".
   */
  private static final Pattern DEADLINE =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:[\\p{L} ]{1,30}:\\s*)?(?:(?:(?:trong\\s+do|cu\\s+the|theo\\s+do|dac\\s+biet)\\s*,\\s*)?"
              + "(?:den|truoc|vao)\\s+(?:het\\s+|cuoi\\s+)?(?:nam\\s+)?(?<year>(?:19|20)\\d{2})\\b"
              + "|(?:(?:buoc\\s+)?sang\\s+)?(?:het\\s+|cuoi\\s+)?nam\\s+(?<bare>\\d{4})\\s*,)");

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  /**
   * A deadline inside a sentence, on folded text: "đến năm 2010", "đến cuối năm 2025", "tới năm
   * 2030"; its year is group 1.
   */
  private static final Pattern DUE_BY =
      Pattern.compile("\\b(?:den|toi)\\s+(?:het\\s+|cuoi\\s+)?nam\\s+((?:19|20)\\d{2})\\b");

  /** A percentage, on folded text. */
  private static final Pattern PERCENT = Pattern.compile("\\d\\s?%");

  /**
   * True when a deadline no earlier than the latest year the folded text names stands inside the
   * sentence before its first percentage: "Nâng độ che phủ đến năm 2010 đạt 43%." in a list of a
   * province's goals to 2010 (tapchicongthuong on Quảng Trị), "…, góp phần nâng tỷ lệ che phủ rừng
   * của tỉnh đến năm 2025 đạt 45,5%" (nangluongsach on Điện Biên's forest project), "Theo lộ trình
   * đến cuối năm 2025, toàn tỉnh có 393/706 trường đạt chuẩn quốc gia, đạt tỷ lệ 55,67%"
   * (baoangiang): the figure is due by then, as after a deadline opening the sentence. A deadline
   * after the figure belongs to another clause ("… giảm bình quân 4,78%, đây là tiền đề quan trọng
   * để tỉnh phấn đấu đến hết năm 2025 không còn hộ nghèo"), and "trước năm 2025" may tell a result
   * reached ahead of time ("hoàn thành nhiệm vụ xây dựng nông thôn mới trước năm 2025").
   */
  private static boolean dueByAhead(String folded, int latestYear) {
    Matcher figure = PERCENT.matcher(folded);
    int first = figure.find() ? figure.start() : -1;
    Matcher m = DUE_BY.matcher(folded);
    while (m.find() && m.start() < first) {
      if (Integer.parseInt(m.group(1)) >= latestYear
          && PLAN_ACTION
              .matcher(folded)
              .region(Math.max(0, m.start() - 60), m.start())
              .useTransparentBounds(true)
              .find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * What makes a deadline inside a sentence a plan's, on folded text just before it: a verb of
   * raising or bringing down its measure, in the same clause ("nâng độ che phủ ", "góp phần nâng tỷ
   * lệ che phủ rừng của tỉnh ", "đưa tỷ lệ … "), or the plan's roadmap ("theo lộ trình "). A level
   * told by its date alone ("Tỷ lệ đô thị hóa đến năm 2022 đạt 49%", "…, đến năm 2021, 51% dân số
   * được sử dụng nước sạch") is a result's date.
   */
  private static final Pattern PLAN_ACTION =
      Pattern.compile("(?:\\b(?:nang|dua|ha)\\s[^,;.]{0,60}|\\blo\\s+trinh\\s+)$");

  /**
   * True when the sentence (NFC, and {@code folded}) looks ahead without a word of intent: the
   * future ("sẽ được"), a threshold ("ít nhất 50%", "tối thiểu", "trở lên"), or a deadline opening
   * it whose year is the latest the text names ("Đến năm 2025, 80% hồ sơ …" in a page about
   * 2022-2025; not "Đến cuối năm 2020, …" in a page that also names 2025), or such a deadline
   * inside it before its first percentage ("Nâng độ che phủ đến năm 2010 đạt 43%.").
   */
  static boolean looksAhead(String sentence, String folded, int latestYear) {
    if (AHEAD.matcher(folded).find()
        || FUTURE.matcher(sentence).find()
        || KEEP_WITHIN.matcher(folded).find()) {
      return true;
    }
    // a plan's vision opening the sentence: "Tầm nhìn đến năm 2045, …" (VisionAhead)
    return deadlineAhead(folded, latestYear)
        || VisionAhead.opens(folded, latestYear)
        || dueByAhead(folded, latestYear);
  }

  /**
   * True when the (folded) sentence opens on a deadline whose year is the latest the text names:
   * "Đến năm 2025, …", "Trong đó, đến 2025, …" in a page about 2021-2025.
   */
  static boolean deadlineAhead(String folded, int latestYear) {
    Matcher d = DEADLINE.matcher(folded);
    if (!d.lookingAt()) {
      return false;
    }
    String year = d.group("year") != null ? d.group("year") : d.group("bare");
    return Integer.parseInt(year) >= latestYear;
  }

  /**
   * True when the (folded) sentence opens on a deadline: "Đến năm 2025, …", "Cuối năm 2025, …"
   * (after a prefix such as a place and a colon, "TPHCM: Cuối năm 2025, …").
   */
  static boolean opensOnDeadline(String folded) {
    return DEADLINE.matcher(folded).lookingAt();
  }

  /**
   * A term a sentence sets goals for, on folded text: "đến năm 2030", "trước năm 2030", "vào năm
   * 2030", "tới năm 2025" (thtg.vn on Tiền Giang's goals: "… chiếm khoảng 29,7% GRDP của tỉnh vào
   * năm 2025 và từ 12,5%– 14,5% GRDP của tỉnh vào năm 2030"), "nhiệm kỳ 2025-2030", "giai đoạn
   * 2026-2030", "thời kỳ 2021-2030"; its (last) year is group 1 or 2.
   */
  private static final Pattern TERM =
      Pattern.compile(
          "\\b(?:den|truoc|vao|toi)\\s+(?:het\\s+|cuoi\\s+)?nam\\s+((?:19|20)\\d{2})\\b"
              + "|\\b(?:nhiem\\s+ky|giai\\s+doan|thoi\\s+ky)\\s+(?:19|20)\\d{2}\\s*[-–]\\s*((?:19|20)\\d{2})\\b");

  /**
   * True when the (folded) sentence names a term no earlier than the latest year the text names:
   * "Đảng bộ xã Phúc Khánh nhiệm kỳ 2025-2030 đặt mục tiêu đến năm 2030, …" (dantri.com.vn), the
   * term the goals it goes on to list are for.
   */
  static boolean namesTermAhead(String folded, int latestYear) {
    Matcher m = TERM.matcher(folded);
    while (m.find()) {
      String year = m.group(1) != null ? m.group(1) : m.group(2);
      if (Integer.parseInt(year) >= latestYear) {
        return true;
      }
    }
    return false;
  }

  /**
   * The latest year (1900-2099) a folded text names, or 0, a vision cited aside ({@link
   * VisionAhead#withoutCited}) and a plan's horizon beyond the term of its goals ({@link
   * PlanHorizon}).
   */
  static int latestYear(String folded) {
    // a plan's horizon beyond the term of its goals is no deadline of them either (PlanHorizon)
    return latestNamed(
        PlanHorizon.withoutHorizon(VisionAhead.withoutCited(folded), TimeAhead::latestNamed));
  }

  /** The latest year (1900-2099) the folded text names, or 0. */
  private static int latestNamed(String folded) {
    int latest = 0;
    Matcher m = YEAR.matcher(folded);
    while (m.find()) {
      latest = Math.max(latest, Integer.parseInt(m.group()));
    }
    return latest;
  }

  private TimeAhead() {}
}
