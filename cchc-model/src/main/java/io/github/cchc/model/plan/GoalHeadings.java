package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * Sections, headings and lists of goals, on folded text: headings of results and of goals, a
 * section of goals and the top-level heading that ends it, list items, the title of a list of
 * goals, a list announced by a sentence ("các chỉ tiêu chủ yếu gồm: …") and a goals heading run
 * into its paragraph.
 */
final class GoalHeadings {
  /** Headings of results sections. */
  private static final Pattern RESULT_HEADING =
      Pattern.compile("\\b(?:ket\\s+qua|danh\\s+gia|tinh\\s+hinh|thuc\\s+trang)\\b");

  /** Headings of goals sections. */
  private static final Pattern GOAL_HEADING =
      Pattern.compile(
          "\\b(?:muc\\s+tieu|chi\\s+tieu|nhiem\\s+vu|giai\\s+phap|phuong\\s+huong|ke\\s+hoach"
              + "|to\\s+chuc\\s+thuc\\s+hien|muc\\s+dich|yeu\\s+cau|noi\\s+dung)\\b");

  /**
   * A numbered heading: "Phần I", "I.", "1.2.", "a)"; and a number closed by a hyphen, as communes'
   * and wards' pages number their sections ("1- Mục tiêu tổng quát", "2- Các chỉ tiêu chủ yếu (giai
   * đoạn 2021-2025)", kbang.gialai.gov.vn's xã Lơ Ku).
   */
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^(?:phan\\s+[ivx\\d]+\\b|[ivx]+\\s*[.)]\\s|[a-z\\d]{1,2}(?:\\.\\d+)*[.)]\\s"
              + "|\\d{1,2}\\s?[-–]\\s(?=[a-z]))");

  private static final Pattern LIST_ITEM =
      Pattern.compile("^(?:[-–•+*]|[a-zđ\\d]{1,2}[.)]|\\(\\d{1,2}\\)\\.?)\\s*");

  /**
   * A goals heading run into the paragraph it heads: "Mục tiêu cụ thể, Lào Cai đạt 100% …", "Chỉ
   * tiêu cụ thể: …", "Mục tiêu đến năm 2025, …"; and a list's title run into its first item without
   * a stop, after the page's dateline, when the title names the term the list is for ("Một số chỉ
   * tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng …", thanhnien's Đại
   * Lộc), or with its term before a colon ("Các chỉ tiêu chủ yếu giai đoạn 2021-2025: …"); after
   * "Về", as a sentence inside a paragraph turns to the goals ("Về mục tiêu cụ thể, tốc độ tăng
   * trưởng kinh tế (GRDP) bình quân giai đoạn 2021-2030 là 10%/năm, …", qdnd on Quảng Ninh's plan);
   * with who set them before the comma: "Mục tiêu được tỉnh An Giang đề ra, năm 2022, thu nhập bình
   * quân … . Tỷ lệ bảo hiểm y tế toàn dân đạt 93% …" (infonet on An Giang's new countryside).
   */
  private static final Pattern GOALS_HEADING_RUN_IN =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:date\\s+\\d{4}-\\d{2}(?:-\\d{2})?\\s+)?(?:ve\\s+)?(?:(?:cac|mot\\s+so|nhung)\\s+)?"
              + "(?:muc\\s+tieu|chi\\s+tieu)(?:\\s+(?:cu\\s+the|chu\\s+yeu))?"
              + "(?:\\s+(?:den|trong)\\s+nam\\s+\\d{4}"
              + "|[^.,:;%()]{0,40}?\\(?(?:nhiem\\s+ky|giai\\s+doan|thoi\\s+ky)\\s+\\d{4}\\s*[-–]\\s*\\d{4}\\)?"
              + "|\\s+(?:duoc\\s+)?[^.,:;%()\\d]{0,40}?\\b(?:de|dat)\\s+ra)?"
              + "(?:\\s*[,:]|(?<=\\))\\s)");

  /**
   * The title of a list of goals, on a line of its own and without a figure: "Các chỉ tiêu chủ yếu
   * (nhiệm kỳ 2020-2025)" over a commune's numbered chỉ tiêu (xã Sơn Lang, Kbang), "Mục tiêu cụ
   * thể", "Một số chỉ tiêu giai đoạn 2020–2025"; a heading too, numbered or in capitals ("3.1.2.
   * Các chỉ tiêu chủ yếu", "2- Các chỉ tiêu chủ yếu (giai đoạn 2021-2025)", "CÁC CHỈ TIÊU CHỦ YẾU
   * TRONG NHIỆM KỲ 2020-2025"). The lines after it are the goals it lists, as after a line that
   * ends on a colon ("Mục tiêu đến năm 2030:").
   */
  private static final Pattern GOALS_TITLE =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:(?:[ivx]+|\\d+(?:\\.\\d+)*|[a-z])\\s*[.)]\\s*|\\d{1,2}\\s?[-–]\\s+)?"
              + "(?:(?:cac|mot\\s+so|nhung)\\s+)?(?:muc\\s+tieu|chi\\s+tieu)\\b[^.%;]{0,80}$");

  /** True when the (folded) line is the title of a list of goals: "Các chỉ tiêu chủ yếu (…)". */
  static boolean titlesGoals(String folded) {
    return GOALS_TITLE.matcher(folded).matches();
  }

  /**
   * A list of goals announced inside a sentence and run into it: "các chỉ tiêu chủ yếu gồm: Tốc độ
   * tăng …", "các mục tiêu cụ thể như sau: …", "đã đề ra các chỉ tiêu chủ yếu đến năm 2030 như: Tốc
   * độ tăng trưởng …" (vietnamplus on Đà Nẵng's first congress).
   */
  private static final Pattern GOALS_ANNOUNCED =
      Pattern.compile(
          "\\b(?:muc\\s+tieu|chi\\s+tieu)\\b[^.;:]{0,40}?\\b(?:gom|bao\\s+gom|nhu(?:\\s+sau)?|sau\\s+day)"
              + "\\s*:\\s*\\S");

  /**
   * Goals named as a set with their term and a colon inside a sentence, the goals run in after it:
   * "Đại hội thông qua các mục tiêu cụ thể đến năm 2025: Tỷ lệ tăng trưởng bình quân đạt: 11 - 12%.
   * Cơ cấu kinh tế: …" (the history of the Đảng bộ of thị trấn Quốc Oai), "Đảng bộ đề ra một số chỉ
   * tiêu chủ yếu nhiệm kỳ 2025-2030: …". The goals must be named as a set ("các", "những", "một
   * số", or "cụ thể", "chủ yếu" after them), with words before them in the sentence (a run-in
   * heading opening it is {@link #opensOnGoalsHeading}), so "đạt mục tiêu năm 2025: …" is not one.
   */
  private static final Pattern GOALS_NAMED_WITH_TERM =
      Pattern.compile(
          "(?<=[a-z]\\s)(?:(?:cac|nhung|mot\\s+so)\\s+(?:muc\\s+tieu|chi\\s+tieu)(?:\\s+(?:cu\\s+the|chu\\s+yeu))?"
              + "|(?:muc\\s+tieu|chi\\s+tieu)\\s+(?:cu\\s+the|chu\\s+yeu))"
              + "(?:\\s+(?:den|trong)\\s+nam\\s+\\d{4}"
              + "|\\s+\\(?(?:nhiem\\s+ky|giai\\s+doan|thoi\\s+ky)\\s+\\d{4}\\s*[-–]\\s*\\d{4}\\)?)"
              + "\\s*:\\s*\\S");

  /**
   * True when the (folded) sentence names goals as a set with their term and a colon, the goals run
   * in after it: the sentences after it in its paragraph are the goals it names.
   */
  static boolean namesGoalsWithTerm(String folded) {
    return GOALS_NAMED_WITH_TERM.matcher(folded).find();
  }

  /** True when the (folded) sentence announces a list of goals run into it. */
  static boolean announcesGoals(String folded) {
    return GOALS_ANNOUNCED.matcher(folded).find();
  }

  /** True when the (folded) sentence opens on a goals heading run into its paragraph. */
  static boolean opensOnGoalsHeading(String folded) {
    return GOALS_HEADING_RUN_IN.matcher(folded).lookingAt();
  }

  static boolean isListItem(String folded) {
    return LIST_ITEM.matcher(folded).lookingAt();
  }

  /**
   * A heading: a short line in capitals, or a short numbered line ("Phần I", "I.", "1.2.") without
   * a percentage.
   */
  static boolean isHeading(String line, String folded) {
    if (line.length() > 160 || line.indexOf('%') >= 0) {
      return false;
    }
    boolean letters = false;
    boolean capitals = true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        letters = true;
        if (Character.isLowerCase(c)) {
          capitals = false;
          break;
        }
      }
    }
    return (letters && capitals) || (line.length() <= 100 && NUMBERED.matcher(folded).lookingAt());
  }

  /**
   * A heading that opens a section of goals for a term ahead, on folded text: it names the
   * direction or the goals the section sets ("phương hướng", "định hướng", "mục tiêu", "chỉ tiêu"),
   * not results. "I. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2015- 2020:" (phường Ba Đình
   * of Bỉm Sơn), "3.1.2. Định hướng chủ yếu phát triển kinh tế xã hội" (a thesis quoting a
   * province's orientation to 2020). Its lines are goals whether or not they carry a word of
   * intent, and the sub-headings under it that name a field ("1. Kinh tế:", "2. Văn hoá- xã hội:")
   * go on with it.
   */
  private static final Pattern GOALS_SECTION =
      Pattern.compile("\\b(?:phuong\\s+huong|dinh\\s+huong|muc\\s+tieu|chi\\s+tieu)\\b");

  /**
   * A heading of the top level: "Phần II", "II.", "B." ; it ends a section of goals unless it opens
   * one itself.
   */
  private static final Pattern TOP_HEADING =
      Pattern.compile("^(?:phan\\s+[ivx\\d]+\\b|[ivx]+\\s*[.)]\\s|[a-z]\\.\\s)");

  /** True when the (folded) heading opens a section of goals: see {@link #GOALS_SECTION}. */
  static boolean opensGoalsSection(String folded) {
    return !RESULT_HEADING.matcher(folded).find() && GOALS_SECTION.matcher(folded).find();
  }

  /** True when the (folded) heading is of the top level ("II.", "Phần II"). */
  static boolean topHeading(String folded) {
    return TOP_HEADING.matcher(folded).lookingAt();
  }

  /** True for a heading of results, false for one of goals, null for neither. */
  static Boolean resultHeading(String folded) {
    if (RESULT_HEADING.matcher(folded).find()) {
      return Boolean.TRUE;
    }
    return GOAL_HEADING.matcher(folded).find() ? Boolean.FALSE : null;
  }

  private GoalHeadings() {}
}
