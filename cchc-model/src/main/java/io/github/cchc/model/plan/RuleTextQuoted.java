package io.github.cchc.model.plan;

import java.util.regex.Pattern;

/**
 * The text of a rule of law, quoted or proposed, inside any document: a sentence that refers to
 * itself as part of a legal text ("Trường hợp số liệu trong sổ sách … quy định tại khoản 2 Điều này
 * có sự chênh lệch quá 10% so với số liệu trong sổ theo dõi …", the article of a Thông tư a Lào Cai
 * công văn copies out; "theo quy định tại khoản 1 Điều 12 của Luật này tối đa bằng 6% tiền lương
 * tháng"), or one that proposes to amend an article of one ("kiến nghị Chính phủ xem xét, sửa đổi
 * Điều 137, Nghị định số 193/2025/NĐ-CP …: những mỏ có giá trị từ 50 -150 tỷ … nộp lần đầu chiếm
 * tối thiểu 30% giá trị mỏ", a Lào Cai report). Its figures are the rule's rates, limits and
 * conditions, not goals; a word of intent proper ({@link GoalOfRuleText}) still sets one. "Điều
 * này" alone, at the head of a sentence, is the demonstrative "this" ("Điều này cho thấy …") and
 * quotes nothing: the article must be a part named ("khoản 2 Điều này", "quy định tại Điều này") or
 * the legal text itself ("Thông tư này", "Nghị định này", "Luật này").
 */
final class RuleTextQuoted {
  private RuleTextQuoted() {}

  /** On folded text: a part of this article, or this legal text. */
  private static final Pattern SELF =
      Pattern.compile(
          "\\b(?:(?:khoan\\s+\\d+|diem\\s+[a-zđ]|tai|theo)\\s+(?:cua\\s+)?dieu\\s+nay"
              + "|(?:thong\\s+tu(?:\\s+lien\\s+tich)?|nghi\\s+dinh|luat|phap\\s+lenh)\\s+nay)\\b");

  /** On folded text: amending an article of a legal text. */
  private static final Pattern AMENDS =
      Pattern.compile(
          "\\bsua\\s+doi(?:,?\\s+bo\\s+sung)?\\s+(?:quy\\s+dinh\\s+tai\\s+)?(?:(?:khoan|diem)\\s+\\S+\\s+)?"
              + "dieu\\s+\\d+[^.;]{0,30}?\\b(?:nghi\\s+dinh|thong\\s+tu|luat|phap\\s+lenh)\\b");

  /** Whether the folded sentence quotes or proposes the text of a rule of law. */
  static boolean is(String folded) {
    return SELF.matcher(folded).find() || AMENDS.matcher(folded).find();
  }
}
