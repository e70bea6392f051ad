package io.github.cchc.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines a text layer or a narrow table cell wrapped inside a sentence, joined back: a PDF's text, a
 * legal site's copy set in a narrow column ("Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt⏎tối
 * thiểu 30%."), where each line would otherwise be read as a sentence of its own and the word of
 * intent, the qualifier and the figure fall on different lines. A line goes on with the one before
 * it when that one does not end a sentence ('.', '!', '?') or open a list (':'), is no heading in
 * capitals, and the line opens in lower case or on a percentage ("98% hồ sơ …", "12,5 - 13,5%"), or
 * on a sum in words after a line ending on a word (a book page's text layer: "Thu nhập bình quân
 * đầu người⏎85 triệu đồng/năm. Tỷ lệ trường học …", the history of the Đảng bộ of Quốc Oai), or on
 * a year after a word that takes one ("thành thị năm⏎2025 dưới 4%"); after a ';' only a line in
 * lower case goes on (the next clause of the sentence, "…đạt 85%;⏎hạ tầng mạng … đạt 75%"). A line
 * opening with a capital, a dash, a bullet or a list mark ("a)", "1.") starts anew, so headings,
 * list items and paragraphs keep their lines; a list item wrapped after its mark ("a) Tổ chức thực
 * hiện hiệu quả kế hoạch⏎đầu tư công …") is joined like any line.
 */
final class WrappedLines {
  /**
   * A line opening on a percentage: "98% hồ sơ", "30,5 % dịch vụ", or on a range of percentages
   * wrapped before its lower end ("khu vực công nghiệp - xây dựng tăng khoảng⏎12,5 - 13,5%. Về quy
   * mô, …", vneconomy's copy of Đà Nẵng's 2026 goals in a narrow column).
   */
  private static final Pattern OPENS_ON_PERCENT =
      Pattern.compile("^\\d{1,3}(?:[,.]\\d+)?(?:\\s?[-–]\\s?\\d{1,3}(?:[,.]\\d+)?)?\\s?%");

  /**
   * A line opening on a sum in words: "85 triệu đồng/năm", "1.200 tỷ đồng", "5 nghìn lao động"; not
   * a page's time ("7 giờ trước").
   */
  private static final Pattern OPENS_ON_QUANTITY =
      Pattern.compile("^\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?\\s+(?:triệu|tỷ|nghìn|ngàn)(?!\\p{L})");

  /**
   * A line ending on a word that takes a year after it: "… tỉ lệ thất nghiệp ở khu vực thành thị
   * năm⏎2025 dưới 4%" (the Đại hội XIII resolution on a flipbook page), "… giai đoạn⏎2021-2025".
   */
  private static final Pattern ENDS_ON_WORD_OF_YEAR =
      Pattern.compile("(?<!\\p{L})(?:năm|giai đoạn|nhiệm kỳ|thời kỳ)$");

  /** A line opening on a year, not on a list mark ("2025 dưới 4%", not "2025. …"). */
  private static final Pattern OPENS_ON_YEAR = Pattern.compile("^(?:19|20)\\d{2}(?![\\d.)])");

  /**
   * A line opening on an acronym in brackets that names what the line before ended on, then its
   * clause's punctuation or lower case: "Đến năm 2025, Việt Nam thuộc nhóm: 70 nước dẫn đầu về
   * Chính phủ điện tử⏎(EGDI); 50 nước dẫn đầu …" (the gazette's text of Nghị quyết 175/NQ-CP). A
   * line opening on a bracket of words ("(Kèm theo Quyết định …)") or a mark ("(1)") starts anew.
   */
  private static final Pattern OPENS_ON_ACRONYM =
      Pattern.compile("^\\([A-Z][A-Z0-9&]{1,9}\\)(?:[;,.]|\\s+\\p{Ll}|$)");

  private WrappedLines() {}

  /**
   * The lines of {@code text} with wrapped ones joined to the line they go on, by a space.
   *
   * @param text NFC text with plain spaces
   */
  static List<String> join(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (current != null && !line.isEmpty() && goesOn(current, line)) {
        current.append(' ').append(line);
        continue;
      }
      if (current != null) {
        out.add(current.toString());
      }
      current = new StringBuilder(line);
    }
    if (current != null) {
      out.add(current.toString());
    }
    return out;
  }

  private static boolean goesOn(CharSequence before, String line) {
    if (before.length() == 0) {
      return false;
    }
    char last = before.charAt(before.length() - 1);
    if (last == ':' && LabelFigureWrapped.goesOn(before, line)) {
      // a list of labels and figures wrapped after a label's colon (LabelFigureWrapped)
      return true;
    }
    if (".:!?".indexOf(last) >= 0) {
      return false;
    }
    if (WrappedRange.goesOn(before, line)) {
      // a range wrapped at its dash: "bình quân 05⏎- 06%/năm" (WrappedRange)
      return !inCapitals(before);
    }
    if (Character.isLetter(last) && OPENS_ON_ACRONYM.matcher(line).lookingAt()) {
      // an acronym in brackets naming the words before it (OPENS_ON_ACRONYM)
      return !inCapitals(before);
    }
    char first = line.charAt(0);
    boolean lower = Character.isLowerCase(first);
    boolean quantity =
        Character.isLetter(last)
            && OPENS_ON_QUANTITY.matcher(line).lookingAt()
            && !GoalHeadings.isListItem(Fold.fold(line));
    quantity =
        quantity
            || (ENDS_ON_WORD_OF_YEAR.matcher(before).find()
                && OPENS_ON_YEAR.matcher(line).lookingAt());
    if (!lower && !quantity && (last == ';' || !OPENS_ON_PERCENT.matcher(line).lookingAt())) {
      return false;
    }
    if (lower && GoalHeadings.isListItem(Fold.fold(line))) {
      // "a) …", "b) …": an item of a list, not the rest of a line
      return false;
    }
    return !inCapitals(before);
  }

  /** A heading in capitals ("KẾT QUẢ ĐẠT ĐƯỢC"): a line of text below it is not its rest. */
  private static boolean inCapitals(CharSequence line) {
    boolean letters = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }
}
