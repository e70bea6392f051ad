package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * A photo's caption printed without its credit, a line of its own naming who is seen and what they
 * do at the meeting the page reports: "Đồng chí Châu Văn Hòa, Giám đốc Sở Kế hoạch và Đầu tư phát
 * biểu về giải ngân vốn đầu tư công năm 2024." between the goals of Trà Vinh's QĐ 1889/QĐ-UBND
 * given field by field (baotravinh), "Đại biểu tham dự hội nghị.", "Quang cảnh hội nghị.". It tells
 * nothing of the figures around it: what the paragraphs before it told goes on after it, as after a
 * caption closed by its credit ({@link PhotoCaption}). A line with a figure of a share, a word of
 * intent, or more than one sentence is none.
 */
final class SpeakerCaption {
  private SpeakerCaption() {}

  /** The longest line read as such a caption. */
  private static final int MAX_CAPTION = 220;

  /**
   * On folded text: the people seen ("đồng chí", "ông", "bà", "đại biểu", "lãnh đạo", "đại diện")
   * and what they do at the meeting ("phát biểu", "tham dự", "chủ trì", "trao", "phát động"), or
   * the view of the meeting ("quang cảnh").
   */
  private static final Pattern CAPTION =
      Pattern.compile(
          "^(?:(?:cac\\s+)?(?:dong\\s+chi|ong|ba|dai\\s+bieu|lanh\\s+dao|dai\\s+dien)\\b[^.;:%]{0,160}?"
              + "\\b(?:phat\\s+bieu|tham\\s+du|chu\\s+tri|trao|phat\\s+dong)\\b[^.;:%]{0,120}"
              + "|quang\\s+canh\\b[^.;:%]{0,160})\\.?$");

  /**
   * True when the (NFC, stripped) line, folded as {@code folded}, is a caption naming the people
   * seen and what they do, with no figure of a share nor a word of intent.
   */
  static boolean is(String line, String folded) {
    return folded.length() <= MAX_CAPTION
        && CAPTION.matcher(folded).matches()
        && !Goals.intent(folded);
  }
}
