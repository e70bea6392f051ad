package io.github.cchc.reporting.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A report in the layout of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP): the
 * {@link OfficialHeader}, the document kind and title ("BÁO CÁO" / "Kết quả thực hiện chỉ tiêu cải
 * cách hành chính quý III năm 2024"), the body as {@link Section}s, the {@link SignatureBlock} and
 * the recipients (Nơi nhận). Every renderer of this library turns one {@code Report} into one
 * format; none of them computes anything.
 *
 * <pre>{@code
 * Report report = Report.builder()
 *     .header(header)
 *     .kind("BÁO CÁO")
 *     .title("Kết quả thực hiện chỉ tiêu cải cách hành chính quý III năm 2024")
 *     .addSections(section)
 *     .signature(signature)
 *     .addRecipients("UBND tỉnh (b/c)", "Lưu: VT, CCHC")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = ReportBuilder.class)
public abstract class Report {
  Report() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static ReportBuilder builder() {
    return new ReportBuilder();
  }

  /**
   * The header: quốc hiệu, tiêu ngữ, issuing body, số/ký hiệu, place and date.
   *
   * @return the header
   */
  public abstract OfficialHeader header();

  /**
   * The kind of document, upper case ("BÁO CÁO").
   *
   * @return the kind
   */
  public abstract String kind();

  /**
   * The title (trích yếu), shown under the kind.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The addressees (Kính gửi), one per line, without the leading dash and trailing punctuation ("Ủy
   * ban nhân dân tỉnh Bình Phước"); empty when the document is addressed to no one in particular.
   * The recipient "Như trên" refers to these.
   *
   * @return the addressees
   */
  public abstract List<String> addressees();

  /**
   * The body.
   *
   * @return the sections, in order
   */
  public abstract List<Section> sections();

  /**
   * The appendices (phụ lục), laid out after the signature block and Nơi nhận, each on a new page
   * where the format has pages: the full breakdowns that the body only summarises. Empty for none.
   *
   * @return the appendix sections, in order
   */
  public abstract List<Section> appendices();

  /**
   * The signature block, if the document is to be signed.
   *
   * @return the signature block
   */
  public abstract Optional<SignatureBlock> signature();

  /**
   * The recipients (Nơi nhận), one per line, without the leading dash and trailing semicolon ("UBND
   * tỉnh (b/c)", "Lưu: VT, CCHC").
   *
   * @return the recipients
   */
  public abstract List<String> recipients();

  @Value.Check
  Report normalize() {
    if (Texts.allNfc(kind(), title()) && Texts.allNfc(recipients()) && Texts.allNfc(addressees())) {
      return this;
    }
    return builder()
        .from(this)
        .kind(Texts.nfc(kind()))
        .title(Texts.nfc(title()))
        .recipients(recipients().stream().map(Texts::nfc).toList())
        .addressees(addressees().stream().map(Texts::nfc).toList())
        .build();
  }
}
