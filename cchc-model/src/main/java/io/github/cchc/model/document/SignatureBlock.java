package io.github.cchc.model.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature block of a document and its signer: the block between the body's closing "./." and
 * the "Nơi nhận" list or after it, and, where no block reads as one, the signer a copy gives
 * elsewhere: between table bars, under the body, as the last line before "(Đã ký)", or in a
 * document site's "Người ký" row.
 */
final class SignatureBlock {
  private final String text;
  private final HeaderLines shared;
  private final List<HeaderLine> lines;

  SignatureBlock(HeaderLines shared) {
    this.text = shared.text();
    this.shared = shared;
    this.lines = shared.lines();
  }

  /** A signer's name: two to five capitalised words. */
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}");

  /** At most this many lines of a signature block set between table bars. */
  private static final int BARRED_BLOCK_LINES = 6;

  /**
   * The signer of a signature block a web copy sets between table bars, with no "Nơi nhận" (Tiền
   * Giang, Quyết định 33/2009: the body's "./.", then "|", "TM.", "ỦY BAN NHÂN DÂN TỈNH", "KT. CHỦ
   * TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Phòng", "|"): the block's last line, when the block opens in
   * capitals and its last line reads as a name.
   */
  Optional<String> signedBetweenBars() {
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!lines.get(i).content().endsWith("./.")) {
        continue;
      }
      int bar = i + 1;
      while (bar < lines.size() && lines.get(bar).blank() && !isBar(bar)) {
        bar++;
      }
      if (bar >= lines.size() || !isBar(bar)) {
        continue;
      }
      List<HeaderLine> block = new ArrayList<>();
      int k = bar + 1;
      while (k < lines.size() && block.size() <= BARRED_BLOCK_LINES && !isBar(k)) {
        if (!lines.get(k).blank()) {
          block.add(lines.get(k));
        }
        k++;
      }
      if (k >= lines.size() || block.size() < 2 || block.size() > BARRED_BLOCK_LINES) {
        continue;
      }
      String first = block.get(0).content();
      String last = block.get(block.size() - 1).content().strip();
      if (Capitals.in(first) && NAME.matcher(last).matches()) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  /** At most this many lines of a signature block under the body with no "Nơi nhận". */
  private static final int FOOT_BLOCK_LINES = 5;

  /**
   * The signer of a signature block right under the body's closing "./." with no "Nơi nhận" list (a
   * file whose recipients were left out, or printed apart: Quyết định 991/QĐ-UBND of Bình Phước,
   * .doc, ends "… kể từ ngày ký./." then "TM. ỦY BAN NHÂN DÂN TỈNH", "CHỦ TỊCH", "Trương Tấn
   * Thiệu"): the first line that reads as a name after lines in capitals (the capacity and the
   * title, "(Đã ký)" among them), within {@link #FOOT_BLOCK_LINES} lines. What comes after the name
   * (a form, an appendix) is not read; a line in lower case before it (the body going on) gives no
   * signer.
   */
  Optional<String> signedAfterTheBody() {
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!lines.get(i).content().strip().endsWith("./.")) {
        continue;
      }
      int capitals = 0;
      int seen = 0;
      for (int k = i + 1; k < lines.size() && seen < FOOT_BLOCK_LINES; k++) {
        if (lines.get(k).blank()) {
          continue;
        }
        seen++;
        String c = lines.get(k).content().replace("**", "").strip();
        if (Signature.signedMark(c) && capitals > 0) {
          continue;
        }
        if (Capitals.in(c)) {
          capitals++;
          continue;
        }
        // a rank before the name, "Đại tướng Lương Tam Quang" (RankBeforeName)
        String name = RankBeforeName.dropped(c);
        if (capitals > 0 && NAME.matcher(name).matches()) {
          return Optional.of(name);
        }
        break;
      }
    }
    return Optional.empty();
  }

  /** True when line {@code k} is a table bar alone, as the text gives it ("|"). */
  private boolean isBar(int k) {
    HeaderLine l = lines.get(k);
    return text.substring(l.start(), Math.min(l.end(), text.length())).strip().equals("|");
  }

  /**
   * The signer of a web copy that ends with the name and "(Đã ký)", with no signature block or "Nơi
   * nhận" (old documents: "Tố Hữu" then "(Đã ký)").
   */
  Optional<String> signedAtTheEnd() {
    int last = shared.previousNonBlank(lines.size());
    if (last < 0 || !lines.get(last).folded().equals("(da ky)")) {
      return Optional.empty();
    }
    int name = shared.previousNonBlank(last);
    if (name < 0) {
      return Optional.empty();
    }
    String c = lines.get(name).content();
    return NAME.matcher(c).matches() ? Optional.of(c) : Optional.empty();
  }

  /**
   * The signature block without what a file appends after the signer's name: the forms of a
   * circular ("TỔNG THANH TRA", "Đã ký", "Trần Văn Truyền", then "MẪU SỐ 01A", "(Ban hành kèm theo
   * Thông tư số 01/2010/TT-TTCP)" and the form's lines, Thông tư 01/2010/TT-TTCP, .doc), which made
   * the block too long to be one. Such a block ends at the first line that reads as a name after
   * lines in capitals ("Đã ký" among them); a block that does not open so is given as it is. A
   * block short enough to be one is left whole, so a line after its name still makes it unreadable
   * (and listed as unread) rather than silently cut.
   */
  static List<HeaderLine> untilTheName(List<HeaderLine> block) {
    int capitals = 0;
    for (int k = 0; k < block.size(); k++) {
      String c = block.get(k).content().replace("**", "").strip();
      if (capitals > 0 && Signature.signedMark(c)) {
        continue;
      }
      if (Capitals.in(c)) {
        capitals++;
        continue;
      }
      if (capitals > 0 && NAME.matcher(c).matches()) {
        return block.subList(0, k + 1);
      }
      break;
    }
    return block;
  }

  /** The lines between the last "./." of the body and the "Nơi nhận:" line. */
  List<HeaderLine> signatureBefore(int at) {
    int i = at - 1;
    while (i >= 0 && !lines.get(i).content().endsWith("./.")) {
      i--;
    }
    return i < 0 ? List.of() : nonBlank(i + 1, at);
  }

  List<HeaderLine> nonBlank(int from, int to) {
    List<HeaderLine> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (!lines.get(k).blank()) {
        out.add(lines.get(k));
      }
    }
    return out;
  }

  static boolean looksLikeSignature(List<HeaderLine> block) {
    long marks =
        block.subList(1, Math.max(1, block.size() - 1)).stream()
            .filter(l -> Signature.signedMark(l.content()))
            .count();
    if (block.size() - marks > 4) {
      return false; // "(Đã ký)" between the title and the name is no line of the block
    }
    String first = block.get(0).content();
    return Capitals.in(first);
  }

  /**
   * The signer a legal-document site's table of properties names above the header ("| Người ký |
   * Nguyễn Khắc Toàn |", "Nơi ban hành: | Tỉnh Hòa Bình | Người ký: | Nguyễn Văn Quang |"): the
   * cell after "Người ký", when it reads as a name (two to six capitalised words).
   */
  Optional<String> propertySigner(int limit) {
    for (int i = 0; i < Math.min(limit, lines.size()); i++) {
      Matcher m = SIGNER_CELL.matcher(lines.get(i).content());
      if (m.find()) {
        return Optional.of(m.group(1).strip());
      }
      if (SIGNER_LABEL.matcher(lines.get(i).content()).matches()) {
        // the table one cell per line: "Người ký:" then "|" then "Nguyễn Long Biên"
        int next = shared.nextNonBlank(i + 1, Math.min(limit, lines.size()));
        if (next > 0 && SIGNER_NAME.matcher(lines.get(next).content()).matches()) {
          return Optional.of(lines.get(next).content());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The signer in a list of the document's properties that a site prints after the text, one
   * property an item: "- Người ký: Trường Chinh" under "HIỆU LỰC VĂN BẢN" (hethongphapluat.vn's
   * Quyết định 215-NQ/QHK6 of 1978). Only when one such item names one.
   */
  Optional<String> listedSigner() {
    String found = null;
    for (HeaderLine line : lines) {
      Matcher m = LISTED_SIGNER.matcher(line.content());
      if (m.matches()) {
        if (found != null && !found.equals(m.group(1))) {
          return Optional.empty();
        }
        found = m.group(1);
      }
    }
    return Optional.ofNullable(found);
  }

  private static final Pattern LISTED_SIGNER =
      Pattern.compile("[-•]\\s*Người ký\\s*:\\s*(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5})\\s*");

  private static final Pattern SIGNER_LABEL = Pattern.compile("Người ký\\s*:?");

  private static final Pattern SIGNER_NAME =
      Pattern.compile("\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}");

  private static final Pattern SIGNER_CELL =
      Pattern.compile(
          // from the first bar or space of a run only, so that a long run costs one pass
          "(?:^|(?<![|\\s])[|\\s])[|\\s]*Người ký\\s*:?\\s*\\|?\\s*"
              + "(\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5})\\s*(?:\\||$)");
}
