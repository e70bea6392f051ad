package io.github.cchc.reporting.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.cchc.model.CchcException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Who issues a report, to whom, and who signs it: the parts of an official document (Nghị định
 * 30/2020/NĐ-CP, Điều 8 and Phụ lục I) that do not come from the data. A builder of this library
 * takes the header, the addressees (Kính gửi), the signature block and the recipients (Nơi nhận) of
 * its {@link Report} from a profile.
 *
 * <p>A profile is kept in a JSON file (UTF-8), one per issuing office:
 *
 * <pre>{@code
 * {
 *   "governingBody": "UBND TỈNH BÌNH PHƯỚC",
 *   "issuingBody": "SỞ NỘI VỤ",
 *   "symbol": "BC-SNV",
 *   "place": "Bình Phước",
 *   "addressees": ["Ủy ban nhân dân tỉnh Bình Phước"],
 *   "signature": {"authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Nguyễn Văn A"},
 *   "recipients": ["Như trên", "Bộ Nội vụ (Vụ Cải cách hành chính)"],
 *   "archive": "VT, CCHC"
 * }
 * }</pre>
 *
 * <p>Without {@code "number"} the document is a draft: the number line reads "Số: &nbsp;&nbsp;
 * &nbsp;&nbsp;&nbsp;&nbsp;/BC-SNV". With {@code "number": 5} it reads "Số: 05/BC-SNV" (numbers
 * below 10 take a leading zero). Without {@code "date"} the document carries the day of the report.
 * The last recipient line is always "Lưu: " and the archive ("Lưu: VT, CCHC").
 *
 * <pre>{@code
 * DocumentProfile profile = DocumentProfile.read(Path.of("so-noi-vu.json"));
 * OfficialHeader header = profile.header(LocalDate.of(2025, 1, 10));
 * VietnameseFormat.numberLine(header); // "Số:       /BC-SNV"
 * profile.recipientLines(); // ["Như trên", "Bộ Nội vụ (Vụ Cải cách hành chính)", "Lưu: VT, CCHC"]
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = DocumentProfileBuilder.class)
public abstract class DocumentProfile {
  /** The authority prefixes of a signature (Nghị định 30/2020/NĐ-CP, Điều 13). */
  static final List<String> AUTHORITIES = List.of("TM. ", "KT. ", "TL. ", "TUQ. ", "Q. ");

  private static final Pattern SYMBOL = Pattern.compile("[\\p{Lu}\\p{N}&]+(-[\\p{Lu}\\p{N}&]+)*");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(new Jdk8Module())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  DocumentProfile() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static DocumentProfileBuilder builder() {
    return new DocumentProfileBuilder();
  }

  /**
   * Reads a profile from a JSON file (UTF-8).
   *
   * @param file the file
   * @return the profile
   * @throws IOException if the file cannot be read
   * @throws InvalidProfileException if the file is not a valid profile: the message names the file,
   *     the line and column, and what is wrong
   */
  public static DocumentProfile read(Path file) throws IOException {
    return readText(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads a profile from JSON text. As every reader of the library, the name of the source comes
   * first, the text second.
   *
   * @param source where the text comes from, for messages ("so-noi-vu.json")
   * @param json the JSON text
   * @return the profile
   * @throws InvalidProfileException if the text is not a valid profile
   */
  public static DocumentProfile readText(String source, CharSequence json) {
    try {
      return MAPPER.readValue(json.toString(), DocumentProfile.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      Throwable cause =
          e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof CchcException
              ? e.getCause()
              : e;
      String why =
          cause instanceof IllegalStateException
                  || cause instanceof IllegalArgumentException
                  || cause instanceof CchcException
              ? cause.getMessage()
              : e.getOriginalMessage();
      throw new InvalidProfileException(
          source,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          why == null ? e.getClass().getSimpleName() : why.lines().findFirst().orElse(why),
          e);
    }
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
   * The number of the document in the issuer's register for the year; empty for a draft.
   *
   * @return the number
   */
  public abstract OptionalInt number();

  /**
   * The symbol (ký hiệu), upper case, groups joined by "-": kind, issuer and drafting unit
   * ("BC-SNV", "BC-SNV-CCHC").
   *
   * @return the symbol
   */
  public abstract String symbol();

  /**
   * The place of issue ("Bình Phước").
   *
   * @return the place
   */
  public abstract String place();

  /**
   * The date of issue; empty to take the day of the report.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  /**
   * The addressees (Kính gửi), one per entry ("Ủy ban nhân dân tỉnh Bình Phước").
   *
   * @return the addressees
   */
  public abstract List<String> addressees();

  /**
   * The signature block, if the document is signed.
   *
   * @return the signature block
   */
  public abstract Optional<SignatureBlock> signature();

  /**
   * The recipients (Nơi nhận) before the archive line ("Như trên", "UBND tỉnh (b/c)").
   *
   * @return the recipients
   */
  public abstract List<String> recipients();

  /**
   * Where the issuer files its copy, after "Lưu: " ("VT, CCHC"); "VT" (văn thư) unless set.
   *
   * @return the archive
   */
  @Value.Default
  public String archive() {
    return "VT";
  }

  /**
   * The number and symbol ("05/BC-SNV"), empty for a draft.
   *
   * @return the number and symbol
   */
  public Optional<String> numberSymbol() {
    OptionalInt n = number();
    return n.isPresent()
        ? Optional.of(String.format(Locale.ROOT, "%02d/%s", n.getAsInt(), symbol()))
        : Optional.empty();
  }

  /**
   * The header of a document issued on {@link #date()}, or on {@code day} when the profile has no
   * date.
   *
   * @param day the day of the report
   * @return the header
   */
  public OfficialHeader header(LocalDate day) {
    return OfficialHeader.builder()
        .governingBody(governingBody())
        .issuingBody(issuingBody())
        .documentNumber(numberSymbol())
        .symbol(symbol())
        .place(place())
        .date(date().orElse(day))
        .build();
  }

  /**
   * The lines of Nơi nhận: the recipients, then "Lưu: " and the archive.
   *
   * @return the recipient lines
   */
  public List<String> recipientLines() {
    List<String> lines = new ArrayList<>(recipients());
    lines.add("Lưu: " + archive());
    return List.copyOf(lines);
  }

  @Value.Check
  DocumentProfile check() {
    require(!issuingBody().isBlank(), "issuingBody is blank");
    require(!place().isBlank(), "place is blank");
    require(
        SYMBOL.matcher(Texts.nfc(symbol())).matches(),
        "symbol \""
            + symbol()
            + "\" is not a ký hiệu: upper-case groups joined by '-', no '/' or spaces"
            + " (\"BC-SNV\")");
    number().ifPresent(n -> require(n > 0, "number " + n + " is not a positive number"));
    signature()
        .flatMap(SignatureBlock::authority)
        .ifPresent(
            a ->
                require(
                    AUTHORITIES.stream().anyMatch(a::startsWith),
                    "signature authority \""
                        + a
                        + "\" does not start with TM., KT., TL., TUQ. or Q. and a space"));
    for (String r : recipients()) {
      require(!r.isBlank(), "a recipient is blank");
      require(
          !r.startsWith("Lưu"), "recipient \"" + r + "\": give the archive as \"archive\" instead");
    }
    for (String a : addressees()) {
      require(!a.isBlank(), "an addressee is blank");
    }
    require(
        addressees().isEmpty() == false || !recipients().contains("Như trên"),
        "recipient \"Như trên\" refers to the addressees (Kính gửi), but there are none");
    if (Texts.allNfc(governingBody().orElse(""), issuingBody(), symbol(), place(), archive())
        && Texts.allNfc(addressees())
        && Texts.allNfc(recipients())) {
      return this;
    }
    return builder()
        .from(this)
        .governingBody(governingBody().map(Texts::nfc))
        .issuingBody(Texts.nfc(issuingBody()))
        .symbol(Texts.nfc(symbol()))
        .place(Texts.nfc(place()))
        .archive(Texts.nfc(archive()))
        .addressees(addressees().stream().map(Texts::nfc).toList())
        .recipients(recipients().stream().map(Texts::nfc).toList())
        .build();
  }

  private static void require(boolean condition, String why) {
    if (!condition) {
      throw new IllegalArgumentException(why);
    }
  }
}
