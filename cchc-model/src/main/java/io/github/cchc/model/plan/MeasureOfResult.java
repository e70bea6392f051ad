package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measure of a goal named only as the goal of a result beside it: "tổng sản phẩm (GRDP, theo
 * giá so sánh năm 2010) trên địa bàn tỉnh ước đạt 67.948 tỷ đồng, tăng 7,37% so với năm 2022 (kế
 * hoạch 11% trở lên)" (doanhnghieptiepthi.vn on Thái Bình's 2023), "tốc độ tăng trưởng GRDP Đắk
 * Nông đạt 5,71% (kế hoạch năm 2023 là 7,5%)", "GRDP tăng 7,35% (cùng kỳ tăng 5,44%; cao hơn kịch
 * bản đề ra đầu năm là 7,21%)". Read alone, the goal's words name only the goal ("kế hoạch", "kế
 * hoạch năm 2023 là", "kịch bản đề ra đầu năm là"); what it measures is what the result before it
 * measures: the subject of the last figure before the goal that names a measure, not a goal's name
 * itself nor the same period of the year before ("cùng kỳ tăng 5,44%").
 */
final class MeasureOfResult {
  private MeasureOfResult() {}

  /**
   * A subject that names only a goal, on folded text: its word ("kế hoạch", "KH", "chỉ tiêu", "mục
   * tiêu", "Nghị quyết", "kịch bản", "dự toán"), a word of comparison before it, and after it only
   * who set it, when, and "là".
   */
  private static final Pattern GOAL_ONLY =
      Pattern.compile(
          "^\\(?\\s*(?:(?:(?:cao|thap)\\s+hon|vuot(?:\\s+xa)?(?:\\s+muc)?|so\\s+voi|bang)\\s+)?"
              + "(?:cac\\s+)?(?:chi\\s+tieu|ke\\s+hoach|kh|muc\\s+tieu|nghi\\s+quyet|nq|kich\\s+ban"
              + "|du\\s+toan)"
              + "(?:\\s+(?:ke\\s+hoach|nghi\\s+quyet|dai\\s+hoi|de\\s+ra|dat\\s+ra|duoc\\s+giao|giao"
              + "|chinh\\s+phu|quoc\\s+hoi|hdnd|ubnd|tinh|thanh\\s+pho|huyen|xa|phuong|trung\\s+uong"
              + "|toan\\s+quoc|dau\\s+nam|ca\\s+nam|nam|giai\\s+doan|cua|la|tang|tuong\\s+ung|den|kh|nq"
              + "|(?:19|20)\\d{2}(?:\\s*-\\s*(?:19|20)\\d{2})?))*\\s*\\(?$");

  /** A period the result is compared with, on folded text: "cùng kỳ", "năm trước". */
  private static final Pattern BASE_PERIOD =
      Pattern.compile("\\b(?:cung\\s+ky|nam\\s+truoc|nam\\s+ngoai)\\b");

  /** The most words a subject naming only a goal has. */
  private static final int MAX_WORDS = 10;

  /** True when the subject names only a goal, no measure. */
  static boolean goalOnly(String subject) {
    String f = VietnameseText.fold(subject.strip());
    return Subjects.words(subject) <= MAX_WORDS
        && GOAL_ONLY.matcher(f).matches()
        && !ObjectOfFigure.namesMeasure(f);
  }

  /**
   * Gives the targets read from {@code from} on whose subject names only a goal the measure of the
   * result before the goal: the subject of the last figure of {@code before} (the sentence up to
   * the goal) that names a measure. Targets are left as they are when there is none.
   */
  static void name(List<Target> targets, int from, String before) {
    boolean any = false;
    for (int i = from; i < targets.size(); i++) {
      any |= goalOnly(targets.get(i).subject());
    }
    if (!any) {
      return;
    }
    String measure = measure(before);
    if (measure.isEmpty()) {
      return;
    }
    for (int i = from; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (goalOnly(t.subject())) {
        targets.set(i, Target.builder().from(t).subject(measure).build());
      }
    }
  }

  /**
   * As {@link #name(List, int, String)} for targets read from a whole sentence: each target whose
   * subject names only a goal takes the measure of the text of {@code sentence} before its own.
   */
  static void nameEach(List<Target> targets, int from, String sentence) {
    for (int i = from; i < targets.size(); i++) {
      Target t = targets.get(i);
      if (!goalOnly(t.subject())) {
        continue;
      }
      int at = sentence.indexOf(t.text());
      String measure = at > 0 ? measure(sentence.substring(0, at)) : "";
      if (!measure.isEmpty()) {
        targets.set(i, Target.builder().from(t).subject(measure).build());
      }
    }
  }

  /** The subject of the last figure of the text that names a measure, or "". */
  static String measure(String before) {
    List<Target> read = new ArrayList<>();
    SentenceTargets.extractSentence(before, read, 0);
    return last(read.stream().map(Target::subject).toList());
  }

  /**
   * The last of the subjects of the figures before a goal that names a measure, within its clause
   * and its sentence, or "": not a goal's name alone, the same period of the year before, words
   * that only say when and how ({@link WhenAndHow}), nor a single word ("tăng").
   */
  static String last(List<String> subjects) {
    for (int i = subjects.size() - 1; i >= 0; i--) {
      String subject = own(subjects.get(i));
      if (Subjects.words(subject) >= 2
          && !goalOnly(subject)
          && !WhenAndHow.only(subject)
          && !BASE_PERIOD.matcher(VietnameseText.fold(subject)).find()) {
        return subject;
      }
    }
    return "";
  }

  /** A full stop closing the sentence before: "… so với cùng kỳ). GRDP tăng". */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+(?=\\p{Lu})");

  /** What closes a bracket before a subject or opens one after it: "), dịch vụ", "… NHNN (vượt". */
  private static final Pattern BRACKET_LEFT = Pattern.compile("^[\\s)\\]/]+|\\s*\\([^()]{0,20}$");

  /**
   * A subject read from the text before a goal, within its clause and without what is left of the
   * brackets around the figures before it: "), dịch vụ" is "dịch vụ", "/năm; vượt" is "vượt".
   */
  private static String own(String subject) {
    String own = subject;
    Matcher sentence = SENTENCE_END.matcher(own);
    int start = 0;
    while (sentence.find()) {
      start = sentence.end();
    }
    own = BRACKET_LEFT.matcher(own.substring(start)).replaceAll("");
    int semi = own.lastIndexOf(';');
    if (semi >= 0) {
      own = own.substring(semi + 1);
    }
    return Subjects.clean(own);
  }
}
