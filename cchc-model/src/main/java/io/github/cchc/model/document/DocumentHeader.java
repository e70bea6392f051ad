package io.github.cchc.model.document;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.PartialDate;
import io.github.cchc.model.text.VietnameseText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the head and foot of an official document say about it, read from its plain text: type,
 * number and symbol, place and date, title (trích yếu), signature block and recipients (Nơi nhận).
 * When the text is not the document itself but a web article about it, {@link #article()} is {@code
 * true} and the fields describe the document the article is about as far as it says.
 *
 * <pre>{@code
 * DocumentHeader h = DocumentHeader.read(Files.readString(Path.of("seed-000.txt")));
 * h.documentType();   // Optional[KE_HOACH]
 * h.numberSymbol();   // Optional[24/KH-SNgV]
 * h.place();          // Optional[Bình Phước]
 * h.date();           // Optional[2024-02-22]
 * h.title();          // Optional[Thực hiện các chỉ tiêu phấn đấu nâng cao chỉ số ...]
 * h.signature().orElseThrow().format(); // "GIÁM ĐỐC\nPhạm Thị Anh Thư"
 * h.recipients();     // [Sở Nội vụ, Ban Giám đốc, Các phòng NV]
 * h.archive();        // [VT]
 * }</pre>
 *
 * <p>An unsigned draft ("Số: /KH-SNgV", "Kiên Giang, ngày tháng 02 năm 2024") reads without error:
 * a {@linkplain DocumentNumber#isBlank() blank number} and a {@linkplain PartialDate#isComplete()
 * partial date}. Offsets ({@link #bodyStart()}, {@link #bodyEnd()}) refer to the NFC form of the
 * text read.
 */
@Value.Immutable
@JsonDeserialize(builder = DocumentHeaderBuilder.class)
public abstract class DocumentHeader {
  DocumentHeader() {}

  /**
   * Tells whether the text is a web article about a document rather than the document: it has none
   * of the heading in capitals ("KẾ HOẠCH"), the "Số:" line and the "Nơi nhận:" block.
   */
  @Value.Default
  public boolean article() {
    return false;
  }

  /**
   * Returns the issuing body lines at the top, in capitals, parent body first: ["UBND TỈNH BÌNH
   * PHƯỚC", "SỞ NGOẠI VỤ"]; empty when the text starts without them (as the five seeds do). The
   * national title and motto (Quốc hiệu, Tiêu ngữ) are not part of it.
   */
  public abstract List<String> issuingBody();

  /** Returns the document type, from the heading ("KẾ HOẠCH") or an article's headline. */
  public abstract Optional<DocumentType> documentType();

  /** Returns the number and symbol; blank in an unsigned draft, empty when the text has none. */
  public abstract Optional<DocumentNumber> numberSymbol();

  /** Returns the place of the date line, "Bình Phước". */
  public abstract Optional<String> place();

  /** Returns the date of the document, partial in a draft ("2024-02"). */
  public abstract Optional<PartialDate> date();

  /** Returns the title (trích yếu), its lines joined by a space; an article's headline. */
  public abstract Optional<String> title();

  /** Returns the signature block, if the text has one. */
  public abstract Optional<Signature> signature();

  /**
   * Returns the signer's name: the name under the signature block, or, in a legal-document site's
   * copy that cut the block off, the name its table of the document's properties gives ("Người ký |
   * Nguyễn Chí Dũng |"); empty when neither is there (an unsigned draft, a news page).
   */
  public abstract Optional<String> signer();

  /**
   * Returns the addressees of the "Kính gửi:" line of a công văn, a báo cáo or a tờ trình, each as
   * written ("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" gives one; a
   * "Kính gửi:" line followed by "- Sở Nội vụ;" "- Sở Tư pháp." gives two); empty when there is
   * none.
   */
  public abstract List<String> addressees();

  /** Returns the recipients listed under "Nơi nhận:", without the archive line. */
  public abstract List<String> recipients();

  /** Returns the archive copies of the last "- Lưu: VT, VP." line: ["VT", "VP"]. */
  public abstract List<String> archive();

  /**
   * Returns the parts of the header or foot that are there but could not be read, in the order of
   * the text: empty for a text read in full, and always empty from {@link #read(CharSequence)},
   * which refuses such a text instead. {@link #readLeniently(CharSequence)} leaves each such part
   * out (no number, no date, no signature) and lists it here.
   */
  public abstract List<UnreadPart> unread();

  /** Returns the date an article was published, when the text is an article that shows it. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> publishedOn();

  /** Returns the offset where the body starts: after the title, or 0 if none was found. */
  @Value.Default
  public int bodyStart() {
    return 0;
  }

  /**
   * Returns the offset where the body ends: at "Nơi nhận:" or the signature, or the text length.
   */
  @Value.Default
  public int bodyEnd() {
    return 0;
  }

  /** Returns a new builder. */
  public static DocumentHeaderBuilder builder() {
    return new DocumentHeaderBuilder();
  }

  /**
   * Reads the header and foot of a document from its plain text (NFC-normalised first; no-break
   * spaces read as spaces, the eth of old copies as đ).
   *
   * @param text the whole document or article
   * @return what it says; fields it does not have are empty
   * @throws CchcParseException if a "Số:" line, a date line or a signature block is present but
   *     malformed; the offset refers to the NFC text
   */
  public static DocumentHeader read(CharSequence text) {
    return new DocumentHeaderReader(VietnameseText.plain(text), false).read();
  }

  /**
   * Reads what can be read of the header and foot of a document: as {@link #read(CharSequence)},
   * but a "Số:" line, a date line or a signature block that is there and malformed does not refuse
   * the page; that part is left empty and listed in {@link #unread()}, with its offset and the
   * reason, and every other field is read as usual.
   *
   * @param text the whole document or article
   * @return what it says, and what it has that could not be read
   */
  public static DocumentHeader readLeniently(CharSequence text) {
    return new DocumentHeaderReader(VietnameseText.plain(text), true).read();
  }

  @Value.Check
  void check() {
    if (bodyStart() < 0 || bodyEnd() < bodyStart()) {
      throw new IllegalStateException("body offsets out of order");
    }
  }
}
