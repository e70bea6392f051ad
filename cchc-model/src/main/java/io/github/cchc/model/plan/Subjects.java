package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject of a target: the words a figure qualifies, cleaned of separators and of the words
 * around them that are no part of it (a leading "phấn đấu", a trailing "tương ứng", words that only
 * say when, a heading or a clause run into it), and what it tells besides: its year and its scope.
 */
final class Subjects {
  private static final Pattern TRIM_START = Pattern.compile("^[\\s,;:.]+");

  // from the first character of a run only: a long run of spaces costs one pass, not one per space
  private static final Pattern TRIM_END = Pattern.compile("(?<![\\s,;:.])[\\s,;:.]+$");

  private static final Pattern YEAR = Pattern.compile("nam\\s+(\\d{4})");

  static final Pattern SCOPE =
      Pattern.compile("(?:thuoc\\s+tham\\s+quyen|tren\\s+dia\\s+ban)[^,;.()]*");

  private static final Pattern LEADING_NOISE =
      Pattern.compile(
          "^(?:[-–•+*]\\s*)?(?:ve\\s+[^,;:]{1,60}[,:]\\s*)?"
              + "(?:(?:phan\\s+dau|doi\\s+voi|hoan\\s+thanh|va|hoac|con|dong\\s+thoi)"
              + "(?:\\s+|$))*");

  /** Words that end a subject shared by a list of values: "... tương ứng 40%, 30%, 20%". */
  static final Pattern TRAILING_NOISE =
      Pattern.compile("(?<!\\s)(?:\\s+(?:tuong\\s+ung|lan\\s+luot)(?:\\s+la)?)+$");

  /**
   * Where a sentence starts anew inside a subject: after a closing parenthesis, a capital opening a
   * word ("… (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng …", "(TTV) Tuyên Quang …").
   */
  private static final Pattern RESTART = Pattern.compile("\\)\\s*-?\\s+(?=\\p{Lu}\\p{Ll})");

  /**
   * The subject without a heading or a tag run into its sentence with no full stop between them
   * ("Một số chỉ tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng kinh tế
   * bình quân" is "Tốc độ tăng trưởng kinh tế bình quân"; "(PLO)- Theo Kế hoạch …" is "Theo Kế
   * hoạch …"): a subject is the words of its own sentence. A subject left with fewer than two words
   * is kept whole.
   */
  static String ownSentence(String subject) {
    Matcher m = RESTART.matcher(subject);
    int start = -1;
    while (m.find()) {
      start = m.end();
    }
    if (start < 0 || words(subject.substring(start)) < 2) {
      return subject;
    }
    return subject.substring(start);
  }

  /**
   * Words that only say when, on folded text: "Đến năm 2030", "Mục tiêu đến năm 2030", "Năm 2026",
   * "Cuối năm 2025", "trong năm 2026"; with a "có" and a comparison sign that open the figure's own
   * clause after them ("Đến hết năm 2025: Có ≥ 30% DNNVV, HTX, HKD … ứng dụng công nghệ số", Đồng
   * Tháp's Kế hoạch 617/KH-UBND of 2025).
   */
  private static final Pattern ONLY_WHEN =
      Pattern.compile(
          "^(?:(?:[a-z]\\)|\\d{1,2}[.)]|[-–+*])\\s*)?"
              + "(?:muc\\s+tieu\\s+|phan\\s+dau\\s+)?(?:(?:den|truoc|trong|tu)\\s+)?(?:(?:het|cuoi)\\s+)?"
              + "(?:nam\\s+)?(?:19|20)\\d{2}(?:\\s*[:,]?\\s*co)?(?:\\s*[≥>]=?)?$");

  /**
   * Words that only open an item of goals, on folded text: its mark, a word of intent, or both ("đ)
   * Trên 80% số trạm y tế xã, phường …", "b) Phấn đấu 100% các điểm …", Cần Thơ's Kế hoạch
   * 153/KH-UBND of 2025 on drugs).
   */
  private static final Pattern ONLY_OPENING =
      Pattern.compile(
          "^(?:(?:[a-z]\\)|\\d{1,2}[.)]|[-–+*])(?:\\s+(?:phan\\s+dau|muc\\s+tieu))?"
              + "|(?:(?:[a-z]\\)|\\d{1,2}[.)]|[-–+*])\\s*)?(?:phan\\s+dau|muc\\s+tieu(?:\\s+la)?))$");

  /**
   * True when the words before a figure only say when ("Đến năm 2030, ít nhất 80% người dân, doanh
   * nghiệp …", "Đến năm 2025: 100% các trường …") or only open an item of goals ("b) Phấn đấu 100%
   * các điểm …"): the subject is what follows the figure.
   */
  static boolean onlyWhen(String before) {
    String f = VietnameseText.fold(before);
    return ONLY_WHEN.matcher(f).matches() || ONLY_OPENING.matcher(f).matches();
  }

  /** What opens a clause after a ';' and is no word of it: brackets, dashes, separators. */
  private static final Pattern CLAUSE_OPENING = Pattern.compile("^[\\s,;:.)\\-–/]+");

  /**
   * The subject within its own clause: a subject after its figure ends at the first ';' ("100% đơn
   * vị cấp xã; tỷ lệ phủ sóng di động …" is "đơn vị cấp xã"), one before it starts after the last
   * ';' ("/năm; tỷ lệ đô thị hóa khoảng" is "tỷ lệ đô thị hóa khoảng", "GDP; đóng góp của …" is
   * "đóng góp của …"), without the bracket or unit of the clause before it; an opening bracket
   * never closed in the subject is no part of it ("(hợp vệ sinh" is "hợp vệ sinh"). A subject left
   * with fewer than two words is kept whole.
   */
  static String ownClause(String subject, boolean fromAfter) {
    String own = subject;
    if (fromAfter) {
      int semi = own.indexOf(';');
      if (semi >= 0) {
        own = own.substring(0, semi).strip();
      }
    } else {
      int semi = own.lastIndexOf(';');
      if (semi >= 0) {
        own = CLAUSE_OPENING.matcher(own.substring(semi + 1)).replaceFirst("").strip();
      }
    }
    if (own.startsWith("(") && own.indexOf(')') < 0) {
      own = own.substring(1).strip();
    }
    return words(own) >= 2 ? own : subject;
  }

  /**
   * The subject of a figure that counts the noun phrase after it ({@link ObjectOfFigure}): the
   * cleaned words after the figure, within their sentence and their clause.
   */
  static String counted(String after) {
    String subject = after;
    Matcher tail = TRAILING_NOISE.matcher(VietnameseText.fold(subject));
    if (tail.find()) {
      subject = subject.substring(0, tail.start()).strip();
    }
    return ownClause(ownSentence(subject), true);
  }

  /**
   * Words that close the words after a figure and open the next figure's, on folded text: ", trong
   * đó có", " và", ", với", "; có" ("… 80% số xã đạt chuẩn nông thôn mới, trong đó có khoảng 40%
   * …", "giảm 30% thời gian xử lý và 30% chi phí tuân thủ").
   */
  private static final Pattern LEAD_IN_AT_END =
      Pattern.compile(
          "(?:[\\s,;]+(?:trong\\s+do(?:\\s+co)?(?:\\s+(?:khoang|it\\s+nhat|tren|toi\\s+thieu))?"
              + "|va|hoac|voi|co|dong\\s+thoi))+$");

  /**
   * How far from its end a subject is looked at for words that close it: they are a few words, and
   * a pattern tried from every character of a long run of spaces would cost a pass per space.
   */
  static final int TAIL = 80;

  /**
   * A subject read after its figure without the words that open the next figure's: "số xã đạt chuẩn
   * nông thôn mới, trong đó có khoảng" is "số xã đạt chuẩn nông thôn mới". A subject left with
   * fewer than two words is kept whole.
   */
  static String withoutLeadIn(String subject) {
    Matcher m = LEAD_IN_AT_END.matcher(VietnameseText.fold(" " + subject));
    m.region(Math.max(0, subject.length() + 1 - TAIL), subject.length() + 1);
    if (!m.find() || m.start() == 0) {
      return subject;
    }
    String own = subject.substring(0, m.start() - 1).strip();
    return words(own) >= 2 ? own : subject;
  }

  static String clean(String s) {
    String t = s.strip();
    t = TRIM_END.matcher(TRIM_START.matcher(t).replaceFirst("")).replaceFirst("");
    Matcher noise = LEADING_NOISE.matcher(VietnameseText.fold(t));
    if (noise.lookingAt()) {
      t = t.substring(noise.end());
    }
    return t.strip();
  }

  static int words(String s) {
    return s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  static Optional<Integer> year(String subject, Integer baseYear) {
    Matcher y = YEAR.matcher(VietnameseText.fold(subject));
    while (y.find()) {
      int year = Integer.parseInt(y.group(1));
      if (baseYear == null || year != baseYear) {
        return Optional.of(year);
      }
    }
    return Optional.empty();
  }

  private Subjects() {}
}
