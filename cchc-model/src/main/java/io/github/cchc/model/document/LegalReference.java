package io.github.cchc.model.document;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.VietnameseDates;
import io.github.cchc.model.text.VietnameseText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference to an official document as a plan cites its legal bases: type, number and symbol,
 * date, issuer and an optional title (trích yếu).
 *
 * <pre>{@code
 * LegalReference r =
 *     LegalReference.parse("Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh");
 * r.type();     // QUYET_DINH
 * r.number();   // 2142/QĐ-UBND
 * r.date();     // Optional[2023-12-29]
 * r.issuer();   // Optional[UBND tỉnh]
 * r.format();   // "Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh"
 * LegalReference.parse("Kế hoạch số 10/KH-UBND ngày 17 tháng 01 năm 2020").format();
 *               // "Kế hoạch số 10/KH-UBND ngày 17/01/2020"
 * }</pre>
 *
 * <p>Equality means "the same document": type, number and date. The issuer and the title are
 * written differently from one citation to the next ("UBND tỉnh", "Ủy ban nhân dân tỉnh") and are
 * not part of it.
 */
@Value.Immutable
@JsonDeserialize(builder = LegalReferenceBuilder.class)
public abstract class LegalReference {
  LegalReference() {}

  /** Returns the type of the document. */
  public abstract DocumentType type();

  /** Returns the number and symbol. */
  public abstract DocumentNumber number();

  /** Returns the date of the document, if cited. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> date();

  /** Returns the issuer as written after "của", if cited; not part of equality. */
  @Value.Auxiliary
  public abstract Optional<String> issuer();

  /** Returns the title (trích yếu) that follows, if given; not part of equality. */
  @Value.Auxiliary
  public abstract Optional<String> title();

  /** Returns a new builder. */
  public static LegalReferenceBuilder builder() {
    return new LegalReferenceBuilder();
  }

  /**
   * Parses one citation: "Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh", with the date
   * written "29/12/2023", "15/7/2021" or "17 tháng 01 năm 2020"; what follows the issuer (or the
   * date when there is no issuer) is the title.
   *
   * @param text the citation
   * @return the reference
   * @throws CchcParseException naming the offset and reason, e.g. for "Quyết định số ngày
   *     32/13/2023"
   */
  public static LegalReference parse(CharSequence text) {
    String s = VietnameseText.nfc(text);
    CitationScanner scanner = new CitationScanner(s);
    int start = 0;
    while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    int[] nameEnd = new int[1];
    DocumentType type = start < s.length() ? scanner.matchType(start, nameEnd) : null;
    if (type == null) {
      throw new CchcParseException(s, start, "document type expected (Quyết định, Kế hoạch, ...)");
    }
    List<CitationScanner.Part> parts = scanner.scanFrom(start, type, nameEnd[0], true);
    if (parts == null) {
      throw new CchcParseException(s, Math.max(0, scanner.errorIndex()), scanner.reason());
    }
    CitationScanner.Part part = parts.get(0);
    LegalReferenceBuilder b = builder().type(type).number(part.number);
    if (part.date != null) {
      b.date(part.date);
    }
    if (part.issuerStart >= 0) {
      b.issuer(s.substring(part.issuerStart, part.issuerEnd));
    } else if (scanner.wordAt(scanner.skipSpaces(part.end), "cua")) {
      throw new CchcParseException(
          s, scanner.skipSpaces(part.end) + 3, "issuer expected after \"của\"");
    }
    String rest = s.substring(part.end).strip();
    if (!rest.isEmpty()) {
      b.title(rest);
    }
    return b.build();
  }

  /**
   * Formats the canonical citation: "Quyết định số 2142/QĐ-UBND ngày 29/12/2023 của UBND tỉnh"
   * followed by the title if any; dates as {@link VietnameseDates#format(LocalDate)}.
   *
   * @return the citation
   */
  public String format() {
    StringBuilder sb =
        new StringBuilder(type().fullName()).append(" số ").append(number().format());
    date().ifPresent(d -> sb.append(" ngày ").append(VietnameseDates.format(d)));
    issuer().ifPresent(i -> sb.append(" của ").append(i));
    title().ifPresent(t -> sb.append(' ').append(t));
    return sb.toString();
  }

  /** Returns {@link #format()}. */
  @Override
  public String toString() {
    return format();
  }

  @Value.Check
  void check() {
    issuer()
        .ifPresent(
            i -> {
              if (i.isBlank() || !i.equals(i.strip())) {
                throw new IllegalStateException("issuer must be non-blank and trimmed");
              }
            });
    title()
        .ifPresent(
            t -> {
              if (t.isBlank() || !t.equals(t.strip())) {
                throw new IllegalStateException("title must be non-blank and trimmed");
              }
            });
  }
}
