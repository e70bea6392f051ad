package io.github.cchc.model.plan;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.document.DocumentHeader;
import io.github.cchc.model.text.Tcvn3;
import io.github.cchc.model.text.Vni;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link Plan} from a plain-text file (UTF-8, one paragraph per line, as the seeds), a Word
 * {@code .docx} file (including the appendix table of tasks), an old Word {@code .doc} file, the
 * text layer of a {@code .pdf}, a saved web page ({@code .html}, {@code .htm}: the article's text
 * without the site's chrome, a news page's headline and date from the page's structure), or a
 * Markdown copy of a document ({@code .md}, {@code .markdown}).
 *
 * <p>A Markdown copy, as crawlers and RAG pipelines write them, is read as a document: its blocks
 * in reading order (paragraphs, headings, list items with their marks), its inline markup removed
 * ({@code **KẾ HOẠCH**} is "KẾ HOẠCH", a link's text kept, {@code \-} is "-"), and its pipe tables
 * as tables, as a {@code .docx}'s are read (a two-column header table, a table of chỉ tiêu).
 * Markdown text saved as {@code .txt} is read the same way when it shows it by signals plain text
 * does not give: the delimiter row of a pipe table ({@code |---|---|}), or two lines or more that
 * are ATX headings ({@code # …}) or whose whole text is in paired {@code **}; any other {@code
 * .txt}, with a {@code *} or a {@code |} in its text or not, is read as plain text, as always.
 * Markdown needs commonmark-java ({@code org.commonmark:commonmark} and {@code
 * commonmark-ext-gfm-tables}), optional as well: without it a {@code .md} file is refused saying
 * so, and a {@code .txt} is read as plain text.
 *
 * <p>Reading {@code .docx} needs Apache POI ({@code org.apache.poi:poi-ooxml}), an optional
 * dependency of this module: add it to your build to read Word files; {@code .doc} needs {@code
 * org.apache.poi:poi-scratchpad}, {@code .pdf} needs {@code org.apache.pdfbox:pdfbox} and {@code
 * .html} needs {@code org.jsoup:jsoup}, optional as well. Without them, reading text works and
 * reading those files throws a {@link PlanReadException} that says so. A PDF without a text layer
 * (a scan) is rejected, saying so.
 *
 * <p>A document that is not a plan throws {@link NotAPlanException}; a web article about a plan is
 * read, with {@link Plan#article()} set. Appendix rows that cannot be read are in {@link
 * Plan#problems()} with their table, row and reason, never dropped.
 *
 * <pre>{@code
 * Plan plan = PlanReader.read(Path.of("examples/data/plans/sample-kh-cchc-2024.docx"));
 * plan.tasks().size();
 * plan.problems().forEach(System.err::println);
 * }</pre>
 */
public final class PlanReader {
  /**
   * The longest plan text read, in characters (about 2 MB; a plan with its appendix has a few
   * hundred thousand): memory is bounded by this limit, not by the input. A {@code .docx} is
   * bounded likewise, by the size of its parts (8 MB uncompressed each, 32 MB for the file), tables
   * of at most 5,000 rows nested at most 16 deep, and no part with a DTD. A {@code .pdf} file is
   * read from disk, not held in memory, whatever its size up to 1 GiB (signed PDFs with images of
   * seals and scanned tables run to tens of MB around a small text), bounded by its text: at most
   * 2,000 pages, and this limit.
   */
  public static final int MAX_TEXT_LENGTH = 2_000_000;

  private PlanReader() {}

  /**
   * Reads a plan from a {@code .txt}, {@code .md}, {@code .docx}, {@code .doc}, {@code .pdf} or
   * {@code .html} file.
   *
   * @param file the file
   * @return the plan
   * @throws PlanReadException if the file cannot be read (with file, location and reason)
   * @throws NotAPlanException if the document is not a plan
   */
  public static Plan read(Path file) {
    Opened o = open(file);
    return o.noted(parse(o.doc(), o.page()));
  }

  /**
   * Reads any administrative document or news page: a plan as {@link #read(Path)} does, any other
   * document (Quyết định, Chỉ thị, Báo cáo, Đề án, Thông báo, an article) with its header and its
   * targets (goals it sets, not results it reports) and empty plan parts, {@link
   * Plan#planDocument()} false and {@link Plan#notAPlan()} saying what it is.
   *
   * @param file the file ({@code .txt}, {@code .md}, {@code .docx}, {@code .doc}, {@code .pdf},
   *     {@code .html}); a saved news page's title and publication date are its headline and date as
   *     the page marks them
   * @return the document read as a plan
   * @throws PlanReadException if the file cannot be read (with file, location and reason)
   */
  public static Plan readAny(Path file) {
    Opened o = open(file);
    return o.noted(parseAny(o.doc(), o.page()));
  }

  /**
   * Reads any administrative document or news page from its plain text, as {@link #readAny(Path)}.
   *
   * @param fileName the name to report in problems and errors
   * @param text the text, one paragraph per line
   * @return the document read as a plan
   * @throws PlanReadException if the header cannot be read
   */
  public static Plan readAnyText(String fileName, CharSequence text) {
    return parseAny(textSource(fileName, text));
  }

  /**
   * Reads a plan from its plain text.
   *
   * @param fileName the name to report in problems and errors
   * @param text the text, one paragraph per line
   * @return the plan
   * @throws NotAPlanException if the text is not a plan
   */
  public static Plan readText(String fileName, CharSequence text) {
    return parse(textSource(fileName, text));
  }

  /**
   * Reads a plan from a {@code .docx} stream (Apache POI needed).
   *
   * @param fileName the name to report in problems and errors
   * @param in the stream, not closed
   * @return the plan
   * @throws PlanReadException if the stream is not a readable {@code .docx}
   * @throws NotAPlanException if the document is not a plan
   */
  public static Plan readDocx(String fileName, InputStream in) {
    return parse(docxSource(fileName, in));
  }

  /**
   * Returns the plain text of a {@code .txt}, {@code .md}, {@code .docx}, {@code .doc}, {@code
   * .pdf} or {@code .html} file, as the readers read it: one line per paragraph; the rows of a
   * table of tasks of a {@code .docx}, a {@code .doc} or a Markdown copy as cells separated by
   * {@code " | "}, their other tables one cell a line (each cell's lines, then a blank line); a web
   * page's headline first, then its article's visible text. NFC-normalised.
   *
   * @param file the file
   * @return the text
   * @throws PlanReadException if the file cannot be read
   */
  public static String text(Path file) {
    return source(file).text();
  }

  private static Plan parse(SourceDocument doc) {
    return parse(doc, null);
  }

  private static Plan parse(SourceDocument doc, @Nullable WebPage page) {
    Plan plan = parseAny(doc, page);
    if (!plan.planDocument()) {
      throw new NotAPlanException(doc.file(), plan.notAPlan().orElse("not a plan"));
    }
    return plan;
  }

  private static Plan parseAny(SourceDocument doc) {
    return parseAny(doc, null);
  }

  /**
   * Reads the document; a saved web page's headline and date, as its structure marks them, are
   * given to a news page's header ({@link WebPage#told}).
   */
  private static Plan parseAny(SourceDocument doc, @Nullable WebPage page) {
    List<String> lines = doc.headerLines();
    if (lines.stream().allMatch(String::isBlank)) {
      throw new PlanReadException(
          doc.file(), "file", "no text: the document is empty or only blank lines", null);
    }
    DocumentHeader read;
    try {
      read = DocumentHeader.readLeniently(String.join("\n", beforeAppendix(lines)));
    } catch (CchcParseException e) {
      throw new PlanReadException(doc.file(), "header, offset " + e.errorIndex(), e.reason(), e);
    }
    if (page != null) {
      read = page.told(read);
    }
    PlanHeaderInfo header = PlanHeaderInfo.of(lines, read);
    if (!header.plan()) {
      return PlanParser.parseOther(doc, header, read);
    }
    return PlanParser.parse(doc, header);
  }

  /**
   * Returns the lines up to an appendix after "Nơi nhận:" ("PHỤ LỤC", or the document a decision
   * adopts: a type heading in capitals, "KẾ HOẠCH", "QUY CHẾ", "QUY ĐỊNH" …, with its "(Kèm theo
   * Quyết định số …)" line a few lines below, as Quyết định 240/QĐ-TTg gives its plan), so that the
   * signature and the recipients are at the end of the text the header reader sees.
   */
  private static List<String> beforeAppendix(List<String> lines) {
    boolean recipients = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      while (line.startsWith("|")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty()) {
        continue;
      }
      String f = Fold.fold(line);
      if (f.startsWith("noi nhan")) {
        recipients = true;
      } else if (recipients && f.length() < 40 && f.matches("phu luc\\b.*")) {
        return lines.subList(0, headerAbove(lines, i));
      } else if (recipients
          && f.length() < 40
          && ADOPTED.matcher(f).matches()
          && line.equals(line.toUpperCase(java.util.Locale.ROOT))
          && adoptedBelow(lines, i)) {
        return lines.subList(0, headerAbove(lines, i));
      }
    }
    return lines;
  }

  /**
   * Where the header of an appendix or of the document a decision adopts starts, above its heading
   * at {@code heading}: the document adopted is printed with a header of its own, the issuing body
   * beside the national title and motto ("ỦY BAN NHÂN DÂN⏎THÀNH PHỐ HÀ NỘI⏎CỘNG HÒA XÃ HỘI CHỦ
   * NGHĨA VIỆT NAM⏎Độc lập – Tự do – Hạnh phúc⏎QUY ĐỊNH", the Quy định of Quyết định
   * 15/2010/QĐ-UBND of Hà Nội); left above the cut, those lines ran on from the signature block,
   * which then read as no signature. The header is the national title and motto, rules and blank
   * lines, and the lines in capitals above them, within {@link #HEADER_ABOVE} lines; without a
   * national title there is none, and the cut stays at the heading.
   */
  private static int headerAbove(List<String> lines, int heading) {
    int top = heading;
    boolean national = false;
    for (int j = heading - 1; j >= 0 && heading - j <= HEADER_ABOVE; j--) {
      String line = lines.get(j).replace("|", " ").strip();
      String f = Fold.fold(line);
      if (f.isEmpty() || f.chars().allMatch(c -> "-_=.—– ".indexOf(c) >= 0)) {
        continue;
      }
      if (f.contains("cong hoa xa hoi chu nghia") || f.startsWith("doc lap")) {
        national = true;
        top = j;
      } else if (national && line.equals(line.toUpperCase(Locale.ROOT))) {
        top = j; // the issuing body, above or beside the national title
      } else {
        break;
      }
    }
    return national ? top : heading;
  }

  /** The most lines above an adopted document's heading that its header takes. */
  private static final int HEADER_ABOVE = 10;

  /** The type heading of a document a decision adopts, folded: "ke hoach", "quy che" … */
  private static final java.util.regex.Pattern ADOPTED =
      java.util.regex.Pattern.compile(
          "(?:ke hoach|quy che|quy dinh|chuong trinh|de an|dieu le|danh muc|huong dan)\\b.*");

  /** A "(Kèm theo …)" or "(Ban hành kèm theo …)" line within the six lines after {@code i}. */
  private static boolean adoptedBelow(List<String> lines, int i) {
    for (int k = i + 1; k < Math.min(lines.size(), i + 7); k++) {
      String f = Fold.fold(lines.get(k)).strip();
      if (f.startsWith("(kem theo") || f.startsWith("(ban hanh kem theo")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether {@link #readAny(Path)} takes {@code file} as a document rather than as text: a
   * Word ({@code .docx}, {@code .doc}), PDF, web page ({@code .html}, {@code .htm}) or Markdown
   * ({@code .md}, {@code .markdown}) file by its name, or by its first bytes whatever its name (a
   * PDF, a zip, a Word 97 compound file, an HTML page or an RTF document, the last refused saying
   * what it is), or a {@code .txt} whose text is Markdown by the signals said above (with
   * commonmark-java on the class path). A caller with a text pipeline of its own (the {@code cchc}
   * command line) routes files by it, so that both agree on what a file is. A file that cannot be
   * read is not one: reading it as text says what is wrong.
   *
   * @param file the file
   * @return whether the file is read as a document, not as text
   */
  public static boolean readsAsDocument(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (documentByName(name)) {
      return true;
    }
    // the first bytes read once: a document's kind, or plain text that may be Markdown
    FileKind kind = kind(file);
    return documentKind(kind)
        || (kind == FileKind.OTHER && name.endsWith(".txt") && markdownText(file));
  }

  /**
   * Tells whether {@code file} is a document by its name or its first bytes alone, as {@link
   * #readsAsDocument} tells it, without reading its text: a Word, PDF, web page or Markdown file by
   * its name, or a PDF, zip, Word 97 compound file, HTML page or RTF document by its first bytes. A
   * file it does not take is text, which may still be Markdown: a caller with a text pipeline of
   * its own reads it once with {@link #textFile} and asks {@link TextFile#markdown()}, where {@link
   * #readsAsDocument} would decode the file to tell and the caller decode it again to read it.
   *
   * @param file the file
   * @return whether the file is a document by its name or first bytes
   */
  public static boolean isDocumentFile(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return documentByName(name) || documentKind(kind(file));
  }

  /** Whether a (lower-case) file name names a document: Word, PDF, Markdown or a web page. */
  private static boolean documentByName(String name) {
    return name.endsWith(".docx")
        || name.endsWith(".doc")
        || name.endsWith(".pdf")
        || name.endsWith(".md")
        || name.endsWith(".markdown")
        || name.endsWith(".html")
        || name.endsWith(".htm");
  }

  /** Whether first bytes of this kind make a document whatever the name; null (unread) is not. */
  private static boolean documentKind(@Nullable FileKind kind) {
    return kind == FileKind.PDF
        || kind == FileKind.ZIP
        || kind == FileKind.OLE2
        || kind == FileKind.RTF
        || kind == FileKind.HTML;
  }

  /** The kind of a file by its first bytes; null when it cannot be read. */
  private static @Nullable FileKind kind(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return FileKind.of(in.readNBytes(FileKind.HEAD));
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * A text file read once, for a caller with a text pipeline of its own (the {@code cchc} command
   * line): its text decoded as {@link #decode} decodes it, the legacy encoding {@link
   * #assumedEncoding} would say, and whether it is Markdown that {@link #readAny(Path)} reads as a
   * document ({@link #readsAsDocument}); {@link #readAny(TextFile)}, {@link #read(TextFile)} and
   * {@link #text(TextFile)} read it as the methods taking its path would, without decoding it
   * again.
   */
  public static final class TextFile {
    private final String name;
    private final String text;
    private final java.util.Optional<String> encoding;
    private final @Nullable SourceDocument markdown;

    private TextFile(
        String name,
        String text,
        java.util.Optional<String> encoding,
        @Nullable SourceDocument markdown) {
      this.name = name;
      this.text = text;
      this.encoding = encoding;
      this.markdown = markdown;
    }

    /**
     * The text decoded, NFC, as {@link #decode} returns it (the Markdown source itself when it is
     * Markdown).
     *
     * @return the text
     */
    public String text() {
      return text;
    }

    /**
     * The legacy encoding the bytes were read in, as {@link #assumedEncoding} says it.
     *
     * @return the encoding assumed, empty for UTF-8 and UTF-16
     */
    public java.util.Optional<String> encoding() {
      return encoding;
    }

    /**
     * Whether the text is Markdown read as a document ({@link #readsAsDocument} true for its file).
     *
     * @return whether it is read as Markdown
     */
    public boolean markdown() {
      return markdown != null;
    }

    private Opened opened() {
      return new Opened(markdown == null ? textDocument(name, text) : markdown, encoding);
    }
  }

  /**
   * Decodes a text file's bytes once ({@link TextFile}): a {@code .txt} whose text is Markdown is
   * told as {@link #readsAsDocument} tells it, any other name is plain text.
   *
   * @param file the file the bytes were read from: its path names it in errors, its name the
   *     document read from it
   * @param bytes the file's bytes
   * @return the file decoded
   * @throws PlanReadException if the bytes do not decode or the text is too long, as {@link
   *     #decode}
   */
  public static TextFile textFile(Path file, byte[] bytes) {
    Decoded d = decoded(file.toString(), bytes);
    String name = String.valueOf(file.getFileName());
    boolean txt = name.toLowerCase(Locale.ROOT).endsWith(".txt");
    return new TextFile(
        name, d.text(), d.encoding(), txt ? MarkdownText.plainOrMarkdown(name, d.text()) : null);
  }

  /**
   * Reads any document from a text file read once, as {@link #readAny(Path)} reads its file.
   *
   * @param file the file, decoded
   * @return the document read as a plan
   * @throws PlanReadException if the header cannot be read
   */
  public static Plan readAny(TextFile file) {
    Opened o = file.opened();
    return o.noted(parseAny(o.doc()));
  }

  /**
   * Reads a plan from a text file read once, as {@link #read(Path)} reads its file.
   *
   * @param file the file, decoded
   * @return the plan
   * @throws NotAPlanException if the document is not a plan
   */
  public static Plan read(TextFile file) {
    Opened o = file.opened();
    return o.noted(parse(o.doc()));
  }

  /**
   * The text of a text file read once, as {@link #text(Path)} gives its file's.
   *
   * @param file the file, decoded
   * @return the text
   */
  public static String text(TextFile file) {
    return file.opened().doc().text();
  }

  /** Whether a {@code .txt} file is Markdown text that {@link #open} reads as Markdown. */
  private static boolean markdownText(Path file) {
    try {
      if (Files.size(file) > 4L * MAX_TEXT_LENGTH) {
        return false;
      }
      String name = String.valueOf(file.getFileName());
      return MarkdownText.plainOrMarkdown(name, decode(name, Files.readAllBytes(file))) != null;
    } catch (IOException | PlanReadException e) {
      return false;
    }
  }

  /**
   * Opens a file as what its content is ({@link FileKind}), its name's extension deciding only for
   * text: a PDF, a {@code .docx} (zip), a {@code .doc} (OLE2) or an HTML page is read whatever it
   * is named, and an RTF document, an empty file or a zip that is not a Word package is refused
   * saying what it is, not with a parser's message.
   */
  private static SourceDocument source(Path file) {
    return open(file).doc();
  }

  /**
   * A file opened: its document, and the legacy encoding its text was read in when it was not UTF-8
   * ({@link #assumedEncoding}), told in the plan's problems.
   */
  private record Opened(
      SourceDocument doc, java.util.Optional<String> encoding, @Nullable WebPage page) {
    Opened(SourceDocument doc) {
      this(doc, java.util.Optional.empty(), null);
    }

    Opened(SourceDocument doc, java.util.Optional<String> encoding) {
      this(doc, encoding, null);
    }

    Opened(WebPage page) {
      this(page.doc(), page.encoding(), page);
    }

    /** The plan with the encoding assumed said as a problem of the file, if one was. */
    Plan noted(Plan plan) {
      if (encoding.isEmpty()) {
        return plan;
      }
      return Plan.builder()
          .from(plan)
          .addProblem(
              PlanProblem.builder()
                  .file(doc.file())
                  .location("file")
                  .reason(
                      "not UTF-8: read as "
                          + encoding.get()
                          + " text, the encoding its bytes are likely in; save it as UTF-8 to be"
                          + " sure")
                  .text("")
                  .build())
          .build();
    }
  }

  private static Opened open(Path file) {
    Objects.requireNonNull(file, "file");
    String name = String.valueOf(file.getFileName());
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(FileKind.HEAD);
      }
      String ext = lower.lastIndexOf('.') < 0 ? "" : lower.substring(lower.lastIndexOf('.'));
      boolean markdown = ext.equals(".md") || ext.equals(".markdown");
      boolean text = ext.equals(".txt") || markdown;
      boolean binary = ext.equals(".docx") || ext.equals(".doc") || ext.equals(".pdf");
      boolean page = ext.equals(".html") || ext.equals(".htm");
      FileKind kind = FileKind.of(head);
      switch (kind) {
        case PDF:
          // read from disk, not held in memory: a signed PDF with images runs to tens of MB
          return new Opened(textSource(name, pdfText(name, file)));
        case ZIP:
          try (InputStream in = Files.newInputStream(file)) {
            return new Opened(docxSource(name, in));
          }
        case OLE2:
          try (InputStream in = Files.newInputStream(file)) {
            return new Opened(docSource(name, in));
          }
        case HTML:
          // a saved web page, whatever its name: "Ke_hoach_tap_huan.doc" is Word's "Web Page"
          try (InputStream in = Files.newInputStream(file)) {
            return new Opened(htmlPage(name, in));
          }
        case RTF:
          if (text) {
            break; // a page's source kept as .txt is read as the text it is
          }
          throw new PlanReadException(
              name,
              "file",
              kind.description()
                  + (binary ? ", not a " + ext + " file as its name says" : "")
                  + ": it is not read here; open it in Word or LibreOffice and save it as .docx"
                  + " (or as UTF-8 text)",
              null);
        case EMPTY:
          if (binary || page) {
            throw new PlanReadException(name, "file", kind.description(), null);
          }
          break;
        default:
          if (page) {
            // a page whose markup does not open as a page's does (a fragment, a long comment)
            try (InputStream in = Files.newInputStream(file)) {
              return new Opened(htmlPage(name, in));
            }
          }
          if (binary) {
            throw new PlanReadException(
                name,
                "file",
                "not a readable "
                    + ext
                    + ": its content is not a PDF, a Word .docx (zip) or a Word 97-2003 .doc"
                    + " (OLE2); it starts with "
                    + startOf(head),
                null);
          }
      }
      if (text) {
        if (Files.size(file) > 4L * MAX_TEXT_LENGTH) {
          throw tooLong(name, Files.size(file) + " bytes");
        }
        // decode has made the text what textSource would: NFC, escapes and TCVN3 in Unicode
        Decoded decoded = decoded(name, Files.readAllBytes(file));
        SourceDocument doc =
            markdown
                ? markdownSource(name, decoded.text())
                : MarkdownText.plainOrMarkdown(name, decoded.text());
        return new Opened(
            doc == null ? textDocument(name, decoded.text()) : doc, decoded.encoding());
      }
    } catch (java.nio.file.NoSuchFileException e) {
      // said as the text reader of the command line says it, not "java.nio.file.NoSuchFile…"
      throw new PlanReadException(name, "file", "no such file", e);
    } catch (IOException e) {
      throw new PlanReadException(
          name,
          "file",
          "cannot read: " + (e.getMessage() == null ? e.toString() : e.getMessage()),
          e);
    }
    throw new PlanReadException(
        name,
        "file",
        "unsupported file type: expected .txt (UTF-8), .md, .docx, .doc, .pdf or .html",
        null);
  }

  /** The first bytes of a file as a reader can see them: printable ASCII kept, others in hex. */
  private static String startOf(byte[] head) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < Math.min(head.length, 16); i++) {
      int c = head[i] & 0xFF;
      b.append(
          c >= 0x20 && c < 0x7F
              ? String.valueOf((char) c)
              : String.format(Locale.ROOT, "\\x%02X", c));
    }
    return b.append(head.length > 16 ? "…\"" : "\"").toString();
  }

  /**
   * Decodes the text of a plan: UTF-8, or UTF-16 when the bytes open on its byte order mark (what
   * Word's "Plain Text" export and Notepad write when "Unicode" is chosen, the encoding that keeps
   * every Vietnamese letter on Windows). Bytes that are not UTF-8 but Vietnamese in a legacy
   * encoding, as old systems export text, are read in it when it is likely ({@link
   * #assumedEncoding} says which): Windows-1258 ("Vietnamese (Windows)", its tone marks composed to
   * NFC), TCVN3 (ABC) or VNI. Else a byte that does not decode is reported with its line and byte
   * offset ("line 3, byte offset 134: not UTF-8 text: bad byte 0xC3 …", with how to convert), a BOM
   * is dropped, and a text longer than {@link #MAX_TEXT_LENGTH} is refused.
   *
   * @param fileName the name to report in errors
   * @param utf8 the bytes
   * @return the text, NFC-normalised
   * @throws PlanReadException if the bytes do not decode or the text is too long
   */
  public static String decode(String fileName, byte[] utf8) {
    return decoded(fileName, utf8).text();
  }

  /** A text file's bytes decoded: its text, NFC, and the legacy encoding it was read in, if any. */
  private record Decoded(String text, java.util.Optional<String> encoding) {}

  /**
   * {@link #decode} and {@link #assumedEncoding} in one pass over the bytes: UTF-8 (or UTF-16 by
   * its byte order mark) assumes no encoding, a legacy one read for sure is said.
   */
  private static Decoded decoded(String fileName, byte[] utf8) {
    Charset charset = StandardCharsets.UTF_8;
    if (utf8.length >= 2 && (utf8[0] & 0xFF) == 0xFF && (utf8[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
    } else if (utf8.length >= 2 && (utf8[0] & 0xFF) == 0xFE && (utf8[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
    }
    ByteBuffer in = ByteBuffer.wrap(utf8);
    CharBuffer out = CharBuffer.allocate(utf8.length);
    CoderResult r =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (r.isError() && charset == StandardCharsets.UTF_8) {
      LegacyText legacy = LegacyText.of(utf8);
      if (legacy != null) {
        String text = legacy.decode(utf8);
        if (text.length() > MAX_TEXT_LENGTH) {
          throw tooLong(fileName, text.length() + " characters");
        }
        return new Decoded(normalized(text), java.util.Optional.of(legacy.label()));
      }
    }
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < out.position(); i++) {
        if (out.get(i) == '\n') {
          line++;
        }
      }
      throw new PlanReadException(
          fileName,
          "line " + line + ", byte offset " + at,
          String.format(
              Locale.ROOT,
              "not %s text: bad byte 0x%02X%s",
              charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16",
              utf8[at] & 0xFF,
              charset == StandardCharsets.UTF_8 ? CONVERT : ""),
          null);
    }
    out.flip();
    String text = out.toString();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw tooLong(fileName, text.length() + " characters");
    }
    return new Decoded(normalized(text), java.util.Optional.empty());
  }

  /** What a text that is neither UTF-8 nor a legacy Vietnamese encoding read for sure is told. */
  private static final String CONVERT =
      " (nor Windows-1258, TCVN3 or VNI Vietnamese read for sure: save it as UTF-8 text, or convert"
          + " it, e.g. iconv -f WINDOWS-1258 -t UTF-8, or UniKey's converter for TCVN3 and VNI)";

  /**
   * The legacy encoding {@link #decode} assumes for these bytes, if it assumes one: "Windows-1258",
   * "TCVN3 (ABC)" or "VNI" for Vietnamese text that is not UTF-8 (nor UTF-16 with its byte order
   * mark), as old systems export it; empty for UTF-8, UTF-16 and bytes it refuses.
   *
   * @param bytes the bytes of a text file
   * @return the encoding assumed, named for a user
   */
  public static java.util.Optional<String> assumedEncoding(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return java.util.Optional.empty();
    }
    return LegacyText.isUtf8(bytes)
        ? java.util.Optional.empty()
        : java.util.Optional.ofNullable(LegacyText.of(bytes)).map(LegacyText::label);
  }

  /**
   * The text as the readers take it: its escaped line breaks as breaks, NFC, TCVN3 in Unicode. Done
   * once a text: by {@link #decode} for a file's bytes, by {@link #textSource} for the rest.
   */
  private static String normalized(CharSequence text) {
    return unicode(Fold.nfc(unescaped(text.toString())));
  }

  /**
   * Returns {@code text} with the line breaks a page copied as escapes (the two-character pairs
   * backslash-r backslash-n of a string in a script or JSON, as in dulieuphapluat.vn's copy of Lạng
   * Sơn's Kế hoạch 54/KH-UBND: "tỷ lệ suy dinh dưỡng\r\nthể thấp còi") as line breaks.
   */
  static String unescaped(String text) {
    return text.indexOf(ESCAPED_LINE_BREAK) < 0 ? text : text.replace(ESCAPED_LINE_BREAK, "\n");
  }

  /** A line break escaped as text: backslash, 'r', backslash, 'n'. */
  private static final String ESCAPED_LINE_BREAK = "\\r\\n";

  /**
   * Returns {@code text} with its legacy lines in Unicode when the text as a whole reads as VNI
   * ({@link Vni#isLikely(CharSequence)}) or as TCVN3 ({@link Tcvn3#isLikely(CharSequence)}): a copy
   * of an archive's {@code .doc} or the text layer of a PDF made from one. VNI is asked first: its
   * mark characters (Ø, Ä, Û …) are among those TCVN3 uses, while TCVN3's commonest ones (µ, ¸, ®,
   * § …) never occur in VNI. A line that has a letter only Unicode writes is kept as it is (a name
   * typed in Unicode under a VNI heading, Quyết định 991/QĐ-UBND of Bình Phước).
   */
  private static String unicode(String text) {
    boolean vni = Vni.isLikely(text);
    if (!vni && !Tcvn3.isLikely(text)) {
      return text;
    }
    return unicode(text, vni);
  }

  /**
   * The lines of {@code text} in VNI ({@code vni}) or TCVN3 put in Unicode, as {@link #unicode}.
   */
  private static String unicode(String text, boolean vni) {
    StringBuilder b = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      String converted = vni ? Vni.toUnicode(line) : Tcvn3.toUnicode(line);
      b.append(Tcvn3.hasUnicodeVietnamese(line) ? line : converted).append('\n');
    }
    b.setLength(b.length() - 1);
    return b.toString();
  }

  private static PlanReadException tooLong(String name, String size) {
    return new PlanReadException(
        name,
        "file",
        "longer than the limit of " + MAX_TEXT_LENGTH + " characters for a plan (" + size + ")",
        null);
  }

  private static SourceDocument textSource(String name, CharSequence text) {
    if (text.length() > MAX_TEXT_LENGTH) {
      throw tooLong(name, text.length() + " characters");
    }
    return textDocument(name, normalized(text));
  }

  /** The document of a text already {@link #normalized}: no-break spaces as spaces, no BOM. */
  private static SourceDocument textDocument(String name, String normalized) {
    String text = normalized.replace('\u00a0', ' ');
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new SourceDocument(name, List.of(text));
  }

  private static String pdfText(String name, Path file) {
    return withLibrary(
        name,
        null,
        ".pdf",
        "Apache PDFBox (org.apache.pdfbox:pdfbox)",
        (n, in) -> PdfSource.text(n, file));
  }

  /**
   * The document of a {@code .doc}: its tables as tables ({@link DocSource}), its text and cells
   * put as {@link #textSource} puts a text (escaped line breaks, legacy encodings judged on the
   * whole text, no-break spaces).
   */
  private static SourceDocument docSource(String name, InputStream in) {
    SourceDocument doc =
        withLibrary(
            name,
            in,
            ".doc",
            "Apache POI HWPF (org.apache.poi:poi-scratchpad) on the class path",
            DocSource::read);
    String whole = doc.text();
    if (whole.length() > MAX_TEXT_LENGTH) {
      throw tooLong(name, whole.length() + " characters");
    }
    boolean vni = Vni.isLikely(whole);
    boolean tcvn3 = !vni && Tcvn3.isLikely(whole);
    return doc.map(
        s -> {
          String t = Fold.nfc(unescaped(s));
          return (vni || tcvn3 ? unicode(t, vni) : t).replace('\u00a0', ' ');
        });
  }

  /** A Markdown copy of a document ({@link MarkdownSource}), commonmark needed. */
  private static SourceDocument markdownSource(String name, String decoded) {
    return withLibrary(
        name,
        null,
        ".md",
        "commonmark-java (org.commonmark:commonmark and commonmark-ext-gfm-tables) on the class"
            + " path",
        (n, in) -> MarkdownSource.read(n, decoded.replace('\u00a0', ' ')));
  }

  private static WebPage htmlPage(String name, InputStream in) {
    return withLibrary(
        name, in, ".html", "jsoup (org.jsoup:jsoup) on the class path", HtmlSource::read);
  }

  private static SourceDocument docxSource(String name, InputStream in) {
    return withLibrary(
        name,
        in,
        ".docx",
        "Apache POI (org.apache.poi:poi-ooxml) on the class path",
        DocxSource::read);
  }

  /** Reads with an optional library: its absence and its failures said as a PlanReadException. */
  private static <T> T withLibrary(
      String name, InputStream in, String kind, String library, FormatReader<T> reader) {
    try {
      return reader.read(name, in);
    } catch (PlanReadException e) {
      throw e;
    } catch (NoClassDefFoundError e) {
      throw new PlanReadException(name, "file", "reading " + kind + " needs " + library, e);
    } catch (IOException | RuntimeException e) {
      throw new PlanReadException(
          name, "file", "not a readable " + kind + ": " + e.getMessage(), e);
    }
  }

  /** Reads one file format. */
  @FunctionalInterface
  private interface FormatReader<T> {
    T read(String name, InputStream in) throws IOException;
  }
}
