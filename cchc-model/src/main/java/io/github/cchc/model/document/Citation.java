package io.github.cchc.model.document;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One legal reference found in free text by {@link CitationExtractor}, with its character span.
 *
 * <p>{@link #text()} is exactly {@code source.substring(start(), end())} of the NFC text that was
 * scanned. The span starts at the type name ("Quyết định", "Chương trình hành động") or, for a
 * coordinated part that shares the type of the one before ("... và số 38-CTr-TU ngày 11/4/2018 của
 * Tỉnh ủy"), at its "số". It ends after the issuer when "của" follows, otherwise after the date,
 * otherwise after the number. The issuer, as written after "của", ends before the first of: a
 * punctuation mark ({@code , ; : . ( ) " /}), a line break, a word that starts the subject or a new
 * clause ("về", "ban hành", "quy định", "một số", "thực hiện", "và", ...), or 12 words. Coordinated
 * parts share the issuer of the last part. A citation may be wrapped onto the next line once (the
 * span then holds the line break), never across a blank line. A date that does not exist ("ngày
 * 32/13/2023") is left out: the span ends after the number and {@link #date()} is empty.
 *
 * <pre>{@code
 * Citation c = CitationExtractor.extract(
 *     "Thực hiện Kế hoạch 64/KH-UBND ngày 22/3/2022 của Ủy ban nhân dân tỉnh về phát động ...")
 *     .get(0);
 * c.text();          // "Kế hoạch 64/KH-UBND ngày 22/3/2022 của Ủy ban nhân dân tỉnh"
 * c.start();         // 10
 * c.numberSymbol();  // "64/KH-UBND"
 * c.issuer();        // Optional[Ủy ban nhân dân tỉnh]
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = CitationBuilder.class)
public abstract class Citation {
  Citation() {}

  /** Returns the exact span of text. */
  public abstract String text();

  /** Returns the offset of the first character of the span. */
  public abstract int start();

  /** Returns the offset just past the span. */
  public abstract int end();

  /** Returns the document type cited. */
  public abstract DocumentType type();

  /** Returns the number and symbol as written, "38-CTr-TU". */
  public abstract String numberSymbol();

  /** Returns the number and symbol, parsed. */
  public abstract DocumentNumber number();

  /** Returns the date of the cited document, if given. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> date();

  /** Returns the issuer as written after "của", if given. */
  public abstract Optional<String> issuer();

  /** Returns a new builder. */
  public static CitationBuilder builder() {
    return new CitationBuilder();
  }

  /** Returns the cited document as a {@link LegalReference} (no title). */
  public LegalReference toReference() {
    return LegalReference.builder()
        .type(type())
        .number(number())
        .date(date())
        .issuer(issuer())
        .build();
  }

  @Value.Check
  void check() {
    if (start() < 0 || end() < start() || end() - start() != text().length()) {
      throw new IllegalStateException(
          "span [" + start() + ", " + end() + ") does not match the text length");
    }
  }
}
