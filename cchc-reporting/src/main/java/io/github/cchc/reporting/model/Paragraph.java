package io.github.cchc.reporting.model;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/**
 * A paragraph of body text, NFC-normalised.
 *
 * <pre>{@code
 * Paragraph p = Paragraph.of("Trong quý III năm 2024, toàn tỉnh tiếp nhận 12.345 hồ sơ.");
 * p.text(); // the same text, in NFC
 * }</pre>
 */
@Value.Immutable
@JsonTypeName("paragraph")
@JsonDeserialize(builder = ParagraphBuilder.class)
public abstract class Paragraph implements Block {
  Paragraph() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ParagraphBuilder builder() {
    return new ParagraphBuilder();
  }

  /**
   * A paragraph of the given text.
   *
   * @param text the text, normalised to NFC
   * @return the paragraph
   */
  public static Paragraph of(String text) {
    return builder().text(text).build();
  }

  /**
   * The text.
   *
   * @return the text, in NFC
   */
  public abstract String text();

  @Value.Check
  Paragraph normalize() {
    return Texts.allNfc(text()) ? this : of(Texts.nfc(text()));
  }
}
