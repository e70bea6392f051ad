package io.github.cchc.model.document;

import io.github.cchc.model.text.PartialDate;
import io.github.cchc.model.text.VietnameseText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The adoption clause that closes a law of the National Assembly in place of a date line: a Luật,
 * Bộ luật or the Assembly's Nghị quyết has no "Hà Nội, ngày …" under its number; its date is the
 * day the Assembly passed it, said in its last sentence, "Luật này được Quốc hội nước Cộng hòa xã
 * hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 8 thông qua ngày 27 tháng 11 năm 2024." (Luật
 * 51/2024/QH15, corpus unseen62), and its signer the name under the presiding officer's title right
 * after it ("CHỦ TỊCH QUỐC HỘI⏎⏎Trần Thanh Mẫn"). Read only for a header that has no date or no
 * signer of its own; a law cited in prose ("Luật … được Quốc hội thông qua ngày …" of another law)
 * is not this document's clause, which opens with "này".
 */
final class AdoptionClause {
  private AdoptionClause() {}

  /** The clause, folded: group 1 day, 2 month, 3 year. */
  private static final Pattern CLAUSE =
      Pattern.compile(
          "(?:bo luat|luat|nghi quyet|phap lenh) nay (?:da )?duoc quoc hoi[^.;]{0,160}?"
              + "thong qua ngay (\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})");

  /** A person's name: two to five words, each opening with a capital, the rest small letters. */
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}", Pattern.UNICODE_CHARACTER_CLASS);

  /** Lines looked at after the clause for the signer's name. */
  private static final int REACH = 8;

  /**
   * Reads the clause's date and the signer under it into a header that lacks them.
   *
   * @param text the document's text
   * @param b the header being built
   */
  static void read(String text, DocumentHeaderBuilder b) {
    List<String> lines = List.of(text.split("\n", -1));
    StringBuilder folded = new StringBuilder();
    // the text folded with line breaks as spaces, and where each line starts in it
    List<Integer> starts = new ArrayList<>();
    for (String line : lines) {
      starts.add(folded.length());
      folded.append(VietnameseText.fold(line).replaceAll("\\s+", " ").strip()).append(' ');
    }
    Matcher m = CLAUSE.matcher(folded);
    if (!m.find()) {
      return;
    }
    int end = m.end();
    int last = 0;
    for (int i = 0; i < starts.size(); i++) {
      if (starts.get(i) < end) {
        last = i;
      }
    }
    if (b.build().date().isEmpty()) {
      try {
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1)));
        b.date(PartialDate.of(d));
      } catch (java.time.DateTimeException e) {
        // no such day: no date read
      }
    }
    if (b.build().signer().isPresent()) {
      return;
    }
    boolean titled = false;
    for (int i = last + 1; i < Math.min(lines.size(), last + 1 + REACH); i++) {
      String c = lines.get(i).strip();
      if (c.isEmpty()) {
        continue;
      }
      if (HeaderText.isCapitals(c)) {
        titled = true;
        continue;
      }
      if (titled && NAME.matcher(c).matches()) {
        b.signer(c);
      }
      return;
    }
  }
}
