package io.github.cchc.model.plan;

import java.util.List;
import java.util.Optional;

/**
 * Reads the {@link Target targets} of a plan from Vietnamese text.
 *
 * <p>The text is split into sentences; each percentage with its qualifier ("trên 98%", "từ 80% trở
 * lên", "đạt tối thiểu 30%", a bare "100%") is one target, so a sentence listing several measured
 * things with their own thresholds yields several targets. Relative targets ("tăng so với năm
 * 2023", "tiếp tục cải thiện hơn so với kết quả đánh giá năm 2023") become {@link
 * Comparison#IMPROVE} with a base year, rank targets ("nằm trong nhóm 30 tỉnh, thành phố") {@link
 * Comparison#RANK_WITHIN}. The subject is the text the percentage qualifies: after it ("100% hồ sơ
 * TTHC ..."), or before it when nothing follows ("Tỷ lệ hồ sơ ... đạt tối thiểu 30%").
 *
 * <p>The text is NFC-normalised, no-break spaces become spaces and a line wrapped inside a sentence
 * is joined to it by a space (a line in lower case, or opening on a percentage, after one that ends
 * no sentence: the text layer of a PDF, a narrow column); {@link Target#text()} is the sentence in
 * that form, or, in a sentence that lists several targets, the part of the sentence from the end of
 * the target before to the start of the target after.
 *
 * <p>Phrasing without a legal definition follows DOMAIN.md §6; a bare percentage other than 100%
 * ("80% cơ quan ...") is read as {@link Comparison#GE}.
 *
 * <pre>{@code
 * List<Target> t = TargetExtractor.extract(
 *     "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trên tổng số hồ sơ đạt tối thiểu 30%.");
 * t.get(0).comparator();   // GE
 * t.get(0).value();        // Optional[30]
 * t.get(0).indicator();    // Optional[fully_online]
 * }</pre>
 */
public final class TargetExtractor {
  private TargetExtractor() {}

  /**
   * Returns the targets of a text, in the order they appear.
   *
   * @param text the text of a plan, a section or one sentence
   * @return the targets; empty if there are none
   */
  public static List<Target> extract(CharSequence text) {
    return extract(text, false);
  }

  /**
   * The text as the extractor reads it: NFC, no-break spaces (common in web copies) as spaces;
   * {@link WrappedLines#join} of it gives the lines its targets are read from.
   */
  static String plain(CharSequence text) {
    return Fold.nfc(text).replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  /**
   * Returns the targets of a text, telling goals from results: see {@link
   * GoalsOrResults#extract(CharSequence, boolean)}.
   *
   * @param text the text
   * @param resultsByDefault whether a sentence with neither intent nor result words is a result
   * @return the targets; empty if there are none
   */
  static List<Target> extract(CharSequence text, boolean resultsByDefault) {
    return GoalsOrResults.extract(text, resultsByDefault);
  }

  /**
   * Recognises the indicator measured by a subject: the ids of {@link Target#ON_TIME} and the other
   * constants of {@link Target}; for a subject naming several indices, the first.
   *
   * @param subject the subject of a target, in Vietnamese
   * @return the indicator id, or empty when not recognised
   */
  public static Optional<String> indicator(String subject) {
    List<String> ids = indicators(subject);
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
  }

  /**
   * Recognises every indicator a subject names: one dossier, task or procedure indicator ({@link
   * Target#ON_TIME}, {@link Target#TASKS_DONE}, {@link Target#PROCEDURES_PUBLISHED} ...), or the
   * indices a subject about indices names, in the order written ("Chỉ số PAR INDEX, SIPAS năm
   * 2024": {@code par_index}, {@code sipas}).
   *
   * <p>Tasks: a subject that starts with "nhiệm vụ" ("Hoàn thành 100% nhiệm vụ của Kế hoạch") is
   * {@link Target#TASKS_DONE}, or {@link Target#TASKS_ON_TIME} when it says "đúng hạn", "đúng thời
   * hạn" or "đúng tiến độ". Procedures: a subject that starts with "TTHC" or "thủ tục hành chính"
   * and says "công khai" is {@link Target#PROCEDURES_PUBLISHED}. Indices: a subject that starts
   * with "chỉ số" or "kết quả đánh giá chỉ số", or with an index's name.
   *
   * @param subject the subject of a target, in Vietnamese
   * @return the indicator ids; empty when not recognised
   */
  public static List<String> indicators(String subject) {
    return SubjectIndicators.of(subject);
  }
}
