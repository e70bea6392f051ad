package io.github.cchc.model.text;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.CchcParseException;
import org.immutables.value.Value;

/**
 * The place-and-date line of an official document (địa danh và thời gian, Nghị định 30/2020/NĐ-CP
 * Phụ lục I): "Bình Phước, ngày 05 tháng 02 năm 2024". In an unsigned draft the day is blank: "Kiên
 * Giang, ngày tháng 02 năm 2024".
 *
 * <pre>{@code
 * DateLine line = DateLine.parse("Bình Phước, ngày 22 tháng 02 năm 2024");
 * line.place();   // "Bình Phước"
 * line.date();    // 2024-02-22
 * DateLine.of("Bình Phước", LocalDate.of(2024, 7, 5)).format();
 *                 // "Bình Phước, ngày 05 tháng 7 năm 2024"
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = DateLineBuilder.class)
public abstract class DateLine {
  DateLine() {}

  /** Returns the place (the province or locality of the issuer), e.g. "Bình Phước". */
  public abstract String place();

  /** Returns the date, possibly with a blank day in a draft. */
  public abstract PartialDate date();

  /** Returns a new builder. */
  public static DateLineBuilder builder() {
    return new DateLineBuilder();
  }

  /**
   * Returns the date line for a place and a complete date.
   *
   * @param place the place, e.g. "Bình Phước"
   * @param date the date
   * @return the date line
   */
  public static DateLine of(String place, java.time.LocalDate date) {
    return builder().place(place).date(PartialDate.of(date)).build();
  }

  /**
   * Parses "Place, ngày dd tháng mm năm yyyy" (blank day or month allowed).
   *
   * @param text the line
   * @return the date line
   * @throws CchcParseException if there is no place before the comma or no valid date after it
   */
  public static DateLine parse(CharSequence text) {
    String s = VietnameseText.nfc(text);
    int comma = s.indexOf(',');
    if (comma < 0) {
      throw new CchcParseException(s, s.length(), "',' expected between place and date");
    }
    String place = s.substring(0, comma).strip();
    if (place.isEmpty()) {
      throw new CchcParseException(s, 0, "place expected before ','");
    }
    PartialDate date;
    try {
      date = PartialDate.parseStrict(s.substring(comma + 1), true);
    } catch (CchcParseException e) {
      throw new CchcParseException(s, comma + 1 + e.errorIndex(), e.reason(), e);
    }
    return builder().place(place).date(date).build();
  }

  /** Returns the official form, "Bình Phước, ngày 05 tháng 02 năm 2024". */
  public String format() {
    return place() + ", " + date().format();
  }

  @Override
  public String toString() {
    return format();
  }

  @Value.Check
  void check() {
    if (place().isBlank() || place().indexOf(',') >= 0 || !place().equals(place().strip())) {
      throw new IllegalStateException("place must be non-blank, trimmed and without ','");
    }
  }
}
