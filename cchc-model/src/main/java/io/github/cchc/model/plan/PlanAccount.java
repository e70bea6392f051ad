package io.github.cchc.model.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's account of a plan, on folded text: a plan named as issued or carried out, a sentence
 * opening on what the document says ("Theo đó, …") or on the plan as its source, and a body setting
 * the goals of a plan.
 */
final class PlanAccount {
  /**
   * A sentence that opens on what the document it follows says: "Theo đó, …", "Cụ thể, …", after
   * the page's dateline if it opens the page ("date 2025-03 Cụ thể, …", "20/01/2026 15:35 Theo đó,
   * …").
   */
  private static final Pattern ACCORDINGLY =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:(?:date\\s+)?\\d{4}-\\d{2}(?:-\\d{2})?\\s+"
              + "|\\d{1,2}/\\d{1,2}/\\d{4}(?:\\s+\\d{1,2}:\\d{2})?\\s+)?(?:theo\\s+do|cu\\s+the)\\b");

  /** Documents that set goals. */
  static final String PLAN_DOCUMENT =
      "(?:ke\\s+hoach|nghi\\s+quyet|chuong\\s+trinh|de\\s+an|chien\\s+luoc)";

  /**
   * A plan named as issued or carried out: "vừa ban hành Kế hoạch …", "triển khai thực hiện Nghị
   * quyết số 66 …", "phê duyệt Đề án …". A decision assigning goals is one: "Hội nghị đã công bố
   * quyết định của UBND huyện về giao chỉ tiêu phát triển kinh tế, xã hội … năm 2025" (what "Theo
   * đó, …" lists after it is its goals). So is a roadmap issued for goals: "Quyết định 841/QĐ-TTg …
   * ban hành Lộ trình thực hiện các mục tiêu phát triển bền vững Việt Nam đến năm 2030"
   * (tapchicongthuong): what "Cụ thể, …" gives after it is its goals (not "trong lộ trình", the
   * course of a reform).
   */
  private static final Pattern NAMES_PLAN =
      Pattern.compile(
          "\\b(?:ban\\s+hanh|phe\\s+duyet|thong\\s+qua|trien\\s+khai)\\b[^.;]{0,60}?\\b"
              + PLAN_DOCUMENT
              + "\\b|\\bgiao\\s+(?:cac\\s+)?chi\\s+tieu\\b|\\bphe\\s+duyet\\s+quy\\s+hoach\\b"
              + "|\\bban\\s+hanh\\s+lo\\s+trinh\\s+thuc\\s+hien\\b");

  /**
   * "Theo đó, trong năm 2026, …", "Theo đó, đến năm 2030, …", "Theo đó đến 2030, Đà Nẵng đặt mục
   * tiêu …" (viettimes on Đà Nẵng's political report, without the comma and the "năm"): an account
   * that opens on a year no earlier than the latest the text names (the page's own year among
   * them), so on what is to be done, not on what was.
   */
  private static final Pattern ACCORDINGLY_IN_YEAR =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?theo\\s+do\\s*,?\\s*(?:(?:trong|den|(?:den\\s+)?(?:het|cuoi))\\s+(?:nam\\s+)?"
              + "|nam\\s+)(\\d{4})\\b");

  /** True when a "Theo đó" sentence (folded) opens on a year still to come or current. */
  static boolean periodAhead(String folded, int latestYear) {
    Matcher m = ACCORDINGLY_IN_YEAR.matcher(folded);
    return m.lookingAt() && Integer.parseInt(m.group(1)) >= latestYear;
  }

  /** True when the (folded) sentence opens on what the document before it says: "Theo đó, …". */
  static boolean accordingly(String folded) {
    return ACCORDINGLY.matcher(folded).lookingAt();
  }

  /**
   * True when the (folded) sentence opens by naming a plan as its source: "Theo kế hoạch, đến năm
   * 2025, tỉnh đặt mục tiêu …", "Theo Nghị quyết, …", and in it: "Cũng trong Kế hoạch triển khai Đề
   * án phát triển thanh toán không dùng tiền mặt của tỉnh, Lào Cai cũng mục tiêu …" (ictnews). What
   * the page goes on to list is the plan's content, as after "Theo đó" following a sentence that
   * names the plan. A master plan is one as source ("Theo Quy hoạch tỉnh giai đoạn 2021-2030, tốc
   * độ tăng trưởng bình quân giai đoạn này dự kiến đạt 15-16%.", congthuong.vn on Bắc Giang).
   */
  static boolean accordingToPlan(String folded) {
    return ACCORDING_TO_PLAN.matcher(folded).lookingAt();
  }

  private static final Pattern ACCORDING_TO_PLAN =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:theo|(?:cung\\s+)?(?:trong|tai))\\s+(?:"
              + PLAN_DOCUMENT
              + "|quy\\s+hoach)\\b");

  /**
   * Goals set out by name, on NFC text: "đặt mục tiêu", "đặt chỉ tiêu", "đề ra các mục tiêu", "đặt
   * ra mục tiêu", and goals a document states ("Chiến lược nêu mục tiêu cụ thể đến năm 2030 của
   * từng cấp học", "Kế hoạch nêu rõ các chỉ tiêu"; "nêu", to state, is not "nếu", if); not a goal
   * reached, "đạt chỉ tiêu" (folded, "đặt" and "đạt" are one word: "Tỷ lệ hộ nghèo … là 4,03%, giảm
   * 1,17%, đạt chỉ tiêu của Chương trình …" sets no goal).
   */
  private static final Pattern SETS_GOALS =
      Pattern.compile(
          "(?<!\\p{L})(?:(?:đặt|đề)\\s+(?:ra\\s+)?|nêu\\s+(?:rõ\\s+)?)(?:các\\s+)?"
              + "(?:mục\\s+tiêu|chỉ\\s+tiêu)(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PLAN = Pattern.compile("\\b" + PLAN_DOCUMENT + "\\b");

  /**
   * A congress or the National Assembly resolving what its resolution sets, on folded text: "Đại
   * hội xác định giai đoạn 2025-2030, xây dựng tỉnh Vĩnh Long …", "Quốc hội quyết nghị tăng trưởng
   * kinh tế năm sau phấn đấu từ 10% trở lên".
   */
  private static final Pattern RESOLVES =
      Pattern.compile(
          "\\b(?:dai\\s+hoi|quoc\\s+hoi)\\b[^.;,]{0,80}?\\b(?:xac\\s+dinh|quyet\\s+nghi)\\b");

  /**
   * True when the sentence (NFC, and {@code folded}) sets out goals by name ("… đặt mục tiêu …") or
   * is a congress's or the National Assembly's resolving ({@link #RESOLVES}).
   */
  static boolean setsGoalsOf(String sentence, String folded) {
    return SETS_GOALS.matcher(sentence).find() || RESOLVES.matcher(folded).find();
  }

  /** True when the (folded) sentence names a document that sets goals: "kế hoạch", "đề án". */
  static boolean mentionsPlan(String folded) {
    return PLAN.matcher(folded).find();
  }

  /** True when the (folded) sentence names a plan as issued or carried out. */
  static boolean namesPlan(String folded) {
    return NAMES_PLAN.matcher(folded).find();
  }

  private PlanAccount() {}
}
