package io.github.cchc.reporting.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The head of an official document (Nghị định 30/2020/NĐ-CP, Phụ lục I): on the left the governing
 * body, the issuing body and the number and symbol (số, ký hiệu); on the right the national title
 * (quốc hiệu), the motto (tiêu ngữ) and the place and date line.
 *
 * <pre>{@code
 * OfficialHeader header = OfficialHeader.builder()
 *     .governingBody("UBND TỈNH BÌNH PHƯỚC")
 *     .issuingBody("SỞ NỘI VỤ")
 *     .documentNumber("15/BC-SNV")
 *     .place("Bình Phước")
 *     .date(LocalDate.of(2024, 7, 5))
 *     .build();
 * header.nationalTitle(); // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 * }</pre>
 *
 * <p>Texts are normalised to NFC when the value is built.
 */
@Value.Immutable
@JsonDeserialize(builder = OfficialHeaderBuilder.class)
public abstract class OfficialHeader {
  /** The national title, upper case: {@value}. */
  public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

  /** The motto, initial capitals, hyphens with spaces: {@value}. */
  public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

  OfficialHeader() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static OfficialHeaderBuilder builder() {
    return new OfficialHeaderBuilder();
  }

  /**
   * The quốc hiệu; {@value #NATIONAL_TITLE} unless set.
   *
   * @return the national title
   */
  @Value.Default
  public String nationalTitle() {
    return NATIONAL_TITLE;
  }

  /**
   * The tiêu ngữ; {@value #MOTTO} unless set.
   *
   * @return the motto
   */
  @Value.Default
  public String motto() {
    return MOTTO;
  }

  /**
   * The governing body above the issuer, upper case ("UBND TỈNH BÌNH PHƯỚC"), if any.
   *
   * @return the governing body
   */
  public abstract Optional<String> governingBody();

  /**
   * The issuing body, upper case ("SỞ NỘI VỤ").
   *
   * @return the issuing body
   */
  public abstract String issuingBody();

  /**
   * The number and symbol without the "Số:" label ("15/BC-SNV"); empty for a draft.
   *
   * @return the number and symbol
   */
  public abstract Optional<String> documentNumber();

  /**
   * The symbol (ký hiệu) of a draft whose number is not given yet ("BC-SNV"): the number line then
   * reads "Số: &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BC-SNV", the blank left for the clerk who
   * registers the document (Nghị định 30/2020/NĐ-CP, Điều 15). Ignored when {@link
   * #documentNumber()} is present.
   *
   * @return the symbol of the draft
   */
  public abstract Optional<String> symbol();

  /**
   * The place of issue, the province or locality of the issuer ("Bình Phước").
   *
   * @return the place
   */
  public abstract String place();

  /**
   * The date of issue.
   *
   * @return the date
   */
  public abstract LocalDate date();

  @Value.Check
  OfficialHeader normalize() {
    if (Texts.allNfc(
        nationalTitle(),
        motto(),
        governingBody().orElse(""),
        issuingBody(),
        documentNumber().orElse(""),
        symbol().orElse(""),
        place())) {
      return this;
    }
    return builder()
        .nationalTitle(Texts.nfc(nationalTitle()))
        .motto(Texts.nfc(motto()))
        .governingBody(governingBody().map(Texts::nfc))
        .issuingBody(Texts.nfc(issuingBody()))
        .documentNumber(documentNumber().map(Texts::nfc))
        .symbol(symbol().map(Texts::nfc))
        .place(Texts.nfc(place()))
        .date(date())
        .build();
  }
}
