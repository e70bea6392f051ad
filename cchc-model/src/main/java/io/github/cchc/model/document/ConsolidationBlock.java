package io.github.cchc.model.document;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.DateLine;
import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The authentication block of a văn bản hợp nhất (Nghị định 30/2020's heading aside, the form of
 * Pháp lệnh hợp nhất văn bản quy phạm pháp luật 2012 and its Nghị định 63/2013): a consolidated
 * text prints the original's national title, type heading and title at its top, and its own header
 * at its end, where the authenticating body's name, "XÁC THỰC VĂN BẢN HỢP NHẤT", the number "Số:
 * 22/VBHN-BTC", the date line and the signature stand together (corpus unseen63: 22/VBHN-BTC,
 * 03/VBHN-BTC, 2651/VBHN-BLĐTBXH, 465/VBHN-BLĐTBXH, 111/VBHN-VPQH). The document is the
 * consolidated text: its type is {@link DocumentType#VAN_BAN_HOP_NHAT}, its number, place, date,
 * issuer and signer the block's. The block is read only where its line "XÁC THỰC VĂN BẢN HỢP NHẤT"
 * stands alone with a number of the VBHN kind within a few lines of it: the words cited in prose
 * ("văn bản hợp nhất số 22/VBHN-BTC") are no block.
 */
final class ConsolidationBlock {
  private ConsolidationBlock() {}

  /** Lines looked at on either side of the block's line. */
  private static final int REACH = 8;

  /** The block's line, folded and stripped. */
  private static final String AUTHENTICATION = "xac thuc van ban hop nhat";

  /** The number line, "Số: 22/VBHN-BTC": group 1 the number. */
  private static final Pattern NUMBER =
      Pattern.compile("\\s*Số\\s*:\\s*(\\S+/VBHN-\\S+)\\s*", Pattern.UNICODE_CASE);

  /** A signing authority's line: "KT. BỘ TRƯỞNG", "TM. …", "Q. …", "THỨ TRƯỞNG", "CHỦ NHIỆM". */
  private static final Pattern AUTHORITY_MARK = Pattern.compile("(?:KT|TM|TL|TUQ|Q)\\s*\\..*");

  /** A person's name: two to five words, each opening with a capital, the rest small letters. */
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Reads the authentication block into the header, over what its top gave.
   *
   * @param text the document's text
   * @param b the header being built
   * @return whether a block was found and read
   */
  static boolean read(String text, DocumentHeaderBuilder b) {
    List<String> lines = List.of(text.split("\n", -1));
    int at = -1;
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (VietnameseText.fold(lines.get(i)).strip().equals(AUTHENTICATION)) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      return false;
    }
    int from = Math.max(0, at - REACH);
    int to = Math.min(lines.size(), at + REACH + 1);
    int numberLine = -1;
    DocumentNumber number = null;
    for (int i = from; i < to && number == null; i++) {
      java.util.regex.Matcher m = NUMBER.matcher(VietnameseText.nfc(lines.get(i)));
      if (m.matches()) {
        try {
          number = DocumentNumber.parse(m.group(1));
          numberLine = i;
        } catch (CchcParseException e) {
          return false;
        }
      }
    }
    if (number == null) {
      return false;
    }
    b.documentType(DocumentType.VAN_BAN_HOP_NHAT);
    b.numberSymbol(number.typedAs(DocumentType.VAN_BAN_HOP_NHAT));
    int top = Math.min(at, numberLine);
    List<String> body = new ArrayList<>();
    for (int i = top - 1, seen = 0; i >= from && seen < 3; i--) {
      String c = lines.get(i).strip();
      if (c.isEmpty()) {
        if (body.isEmpty()) {
          continue;
        }
        break;
      }
      if (!HeaderText.isCapitals(c) || c.chars().anyMatch(Character::isDigit)) {
        break;
      }
      body.add(0, c);
      seen++;
    }
    if (!body.isEmpty()) {
      b.issuingBody(body);
    }
    int dateLine = -1;
    for (int i = from; i < to; i++) {
      String c = lines.get(i).strip();
      if (VietnameseText.fold(c).contains(", ngay")) {
        try {
          DateLine d = DateLine.parse(c);
          b.place(d.place()).date(d.date());
          dateLine = i;
          break;
        } catch (CchcParseException e) {
          // not a date line
        }
      }
    }
    int after = Math.max(Math.max(at, numberLine), dateLine);
    for (int i = after + 1; i < Math.min(lines.size(), after + 1 + REACH); i++) {
      String c = lines.get(i).strip();
      if (c.isEmpty() || AUTHORITY_MARK.matcher(c).matches() || HeaderText.isCapitals(c)) {
        continue;
      }
      if (NAME.matcher(c).matches()) {
        b.signer(c);
      }
      break;
    }
    return true;
  }
}
