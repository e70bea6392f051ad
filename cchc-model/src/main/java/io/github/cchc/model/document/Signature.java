package io.github.cchc.model.document;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The signature block of an official document (Nghị định 30/2020/NĐ-CP, Điều 13 and Phụ lục I): an
 * optional capacity with the body or head signed for, the signer's title in capitals and the
 * signer's name; an unsigned draft has no name.
 *
 * <pre>{@code
 * Signature s = Signature.parse("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Phúc Đạt");
 * s.authority();   // Optional[KT]
 * s.onBehalfOf();  // Optional[GIÁM ĐỐC]
 * s.title();       // "PHÓ GIÁM ĐỐC"
 * s.name();        // Optional[Nguyễn Phúc Đạt]
 * s.format();      // "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Phúc Đạt"
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = SignatureBuilder.class)
public abstract class Signature {
  Signature() {}

  /** Returns the capacity (KT., TM., TL., TUQ., Q.), empty when the head signs. */
  public abstract Optional<SigningAuthority> authority();

  /** Returns who is signed for, "GIÁM ĐỐC" in "KT. GIÁM ĐỐC"; empty without a capacity or Q. */
  public abstract Optional<String> onBehalfOf();

  /** Returns the signer's title, "PHÓ GIÁM ĐỐC". */
  public abstract String title();

  /** Returns the signer's name, empty in an unsigned draft. */
  public abstract Optional<String> name();

  /** Returns a new builder. */
  public static SignatureBuilder builder() {
    return new SignatureBuilder();
  }

  /**
   * Parses a signature block: its non-blank lines are an optional "KT. GIÁM ĐỐC" line, the title
   * line in capitals and an optional name line. Further lines in capitals between the title and the
   * name are part of the title, one per line: an office under it ("TỔ TRƯỞNG⏎BỘ TRƯỞNG, CHỦ NHIỆM
   * VPCP") or a second capacity ("TM. ỦY BAN NHÂN DÂN⏎KT. CHỦ TỊCH⏎PHÓ CHỦ TỊCH"). Markdown bold
   * markers ({@code **}) are ignored.
   *
   * @param text the block
   * @return the signature
   * @throws CchcParseException if there is no title line or there are lines left over
   */
  public static Signature parse(CharSequence text) {
    String s = VietnameseText.nfc(text);
    List<String> lines = new ArrayList<>();
    for (String line : s.split("\\R")) {
      String l = line.replace("**", "").strip();
      if (!l.isEmpty()) {
        lines.add(l);
      }
    }
    for (int k = lines.size() - 2; k > 0; k--) {
      if (signedMark(lines.get(k))) {
        lines.remove(k); // "(Đã ký)" between the title and the name
      }
    }
    if (lines.isEmpty()) {
      throw new CchcParseException(s, 0, "signature block expected");
    }
    SignatureBuilder b = builder();
    int i = 0;
    String first = lines.get(0);
    int dot = first.indexOf('.');
    if (dot > 0 && dot <= 3 && isPrefix(first.substring(0, dot + 1))) {
      SigningAuthority authority = SigningAuthority.parse(first.substring(0, dot + 1));
      b.authority(authority);
      String rest = first.substring(dot + 1).strip();
      if (rest.isEmpty()) {
        throw new CchcParseException(s, s.indexOf(first) + dot + 1, "title expected after prefix");
      }
      if (authority == SigningAuthority.Q) {
        b.title(rest);
        i = 1;
      } else {
        b.onBehalfOf(rest);
        if (lines.size() < 2) {
          throw new CchcParseException(s, s.length(), "title line expected after " + first);
        }
        b.title(lines.get(1));
        i = 2;
      }
    } else {
      b.title(first);
      i = 1;
    }
    StringBuilder title = new StringBuilder(b.build().title());
    while (i < lines.size() - 1 && capitals(lines.get(i))) {
      // more title lines in capitals before the name: an office under the title ("TỔ TRƯỞNG" then
      // "BỘ TRƯỞNG, CHỦ NHIỆM VPCP"), a second capacity ("KT. CHỦ TỊCH" then "PHÓ CHỦ TỊCH")
      title.append('\n').append(lines.get(i));
      i++;
    }
    b.title(title.toString());
    if (i < lines.size()) {
      b.name(lines.get(i));
      i++;
    }
    if (i < lines.size()) {
      throw new CchcParseException(s, s.indexOf(lines.get(i)), "unexpected line in signature");
    }
    return b.build();
  }

  /**
   * True for the line a published copy puts where the hand signature is, "(Đã ký)" or "(đã ký)":
   * between the title and the name (Quyết định 15/2010/QĐ-UBND of Hà Nội as a .doc) it is not a
   * line of the title or the name; after the name it is still a line left over.
   */
  static boolean signedMark(String line) {
    String f = VietnameseText.fold(line).strip();
    return f.equals("(da ky)") || f.equals("da ky") || f.equals("(da ky).");
  }

  /** A further title line: in capitals, with a word of two letters or more ("PHÓ CHỦ TỊCH"). */
  private static boolean capitals(String line) {
    return Capitals.in(line) && TWO_LETTERS.matcher(line).find();
  }

  /** Two letters in a row. */
  private static final java.util.regex.Pattern TWO_LETTERS =
      java.util.regex.Pattern.compile("\\p{L}{2}");

  private static boolean isPrefix(String p) {
    for (SigningAuthority a : SigningAuthority.values()) {
      if (a.prefix().equalsIgnoreCase(p)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the block as lines: "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", name. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    authority()
        .ifPresent(
            a -> {
              sb.append(a.prefix()).append(' ');
              if (a != SigningAuthority.Q) {
                sb.append(onBehalfOf().orElse("")).append('\n');
              }
            });
    sb.append(title());
    name().ifPresent(n -> sb.append('\n').append(n));
    return sb.toString();
  }

  @Value.Check
  void check() {
    if (title().isBlank()) {
      throw new IllegalStateException("title must not be blank");
    }
    boolean needsOnBehalf = authority().isPresent() && authority().get() != SigningAuthority.Q;
    if (needsOnBehalf != onBehalfOf().isPresent()) {
      throw new IllegalStateException(
          "onBehalfOf is required with TM., KT., TL., TUQ. and absent otherwise");
    }
  }
}
