package io.github.cchc.reporting.render;

import io.github.cchc.model.quantity.Percentage;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.CellKind;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.OfficialHeader;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Numbers and dates as Vietnamese official texts write them (DOMAIN.md §8, §10): thousands dot,
 * decimal comma, the percent sign attached ("98,81%", "635.593"), and the date line of Nghị định
 * 30/2020/NĐ-CP with a leading zero for days below 10 and for months 1 and 2 ("Bình Phước, ngày 05
 * tháng 02 năm 2024").
 *
 * <pre>{@code
 * VietnameseFormat.number(new BigDecimal("1234567.5"), 1); // "1.234.567,5"
 * VietnameseFormat.percent(new BigDecimal("97.995"), 2);   // "98,00%" (half up, display only)
 * VietnameseFormat.dateLine("Bình Phước", LocalDate.of(2024, 2, 22));
 *     // "Bình Phước, ngày 22 tháng 02 năm 2024"
 * }</pre>
 *
 * <p>Rounding is half up and happens here only, for display; the value in the model stays exact.
 */
public final class VietnameseFormat {
  private VietnameseFormat() {}

  /**
   * A number with {@code digits} decimals, thousands dot and decimal comma.
   *
   * @param value the value
   * @param digits the decimals to show
   * @return the text, "-" before a negative value
   */
  public static String number(BigDecimal value, int digits) {
    BigDecimal rounded = value.setScale(digits, Percentage.DISPLAY_ROUNDING);
    String plain = rounded.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 2);
    if (rounded.signum() < 0) {
      out.append('-');
    }
    int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, lead);
    for (int i = lead; i < whole.length(); i += 3) {
      out.append('.').append(whole, i, i + 3);
    }
    if (dot >= 0) {
      out.append(',').append(plain, dot + 1, plain.length());
    }
    return out.toString();
  }

  /**
   * A percentage with {@code digits} decimals and the percent sign attached.
   *
   * @param percent the value in percent (98.5 for 98,5%)
   * @param digits the decimals to show
   * @return the text ("98,50%")
   */
  public static String percent(BigDecimal percent, int digits) {
    return number(percent, digits) + "%";
  }

  /**
   * The text of a cell as people read it: counts with thousands dots, percentages with the sign,
   * text as is, the empty cell as "".
   *
   * @param cell the cell
   * @return the text
   */
  public static String cell(Cell cell) {
    switch (cell.kind()) {
      case TEXT:
        return cell.text().orElse("");
      case INTEGER:
        return number(cell.value().orElseThrow(), 0);
      case DECIMAL:
        return number(cell.value().orElseThrow(), cell.digits());
      case PERCENT:
        return percent(cell.value().orElseThrow(), cell.digits());
      default:
        return "";
    }
  }

  /**
   * The text of a cell in a column: as {@link #cell(Cell)}, except that a percentage under a column
   * whose unit is "%" (the header reads "Tỷ lệ (%)") is written without the sign, so that "%" is
   * not repeated in every cell ("97,98" under "Tỷ lệ (%)").
   *
   * @param cell the cell
   * @param column its column
   * @return the text
   */
  public static String cell(Cell cell, Column column) {
    if (cell.kind() == CellKind.PERCENT && column.unit().map("%"::equals).orElse(false)) {
      return number(cell.value().orElseThrow(), cell.digits());
    }
    return cell(cell);
  }

  /**
   * The date line of an official document: "Bình Phước, ngày 05 tháng 7 năm 2024".
   *
   * @param place the place of issue
   * @param date the date
   * @return the date line
   */
  public static String dateLine(String place, LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    return place
        + ", ngày "
        + (day < 10 ? "0" + day : Integer.toString(day))
        + " tháng "
        + (month < 3 ? "0" + month : Integer.toString(month))
        + " năm "
        + date.getYear();
  }

  /**
   * The date line of a header.
   *
   * @param header the header
   * @return the date line
   */
  public static String dateLine(OfficialHeader header) {
    return dateLine(header.place(), header.date());
  }

  /**
   * The number line of a header: "Số: 15/BC-SNV", or for a draft the number left blank before the
   * symbol, "Số:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; /BC-SNV" (six no-break spaces, so that no
   * renderer collapses the blank).
   *
   * @param header the header
   * @return the number line
   */
  public static String numberLine(OfficialHeader header) {
    return "Số: "
        + header
            .documentNumber()
            .orElse("\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/" + header.symbol().orElse(""));
  }
}
