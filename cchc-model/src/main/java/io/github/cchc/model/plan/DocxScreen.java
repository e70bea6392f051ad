package io.github.cchc.model.plan;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Looks at a {@code .docx} before Apache POI builds it in memory, so that what POI is given is
 * bounded by settings and not by the input: the file's size, the uncompressed size of each part,
 * the nesting of tables, and no part that declares a DTD (Word never writes one; a DTD in an OOXML
 * part is an XML external-entity attempt). Streams every XML part once through the JDK's StAX
 * parser with DTDs and external entities off; holds no part in memory.
 */
final class DocxScreen {
  /** The largest {@code .docx} file read, in bytes. */
  static final int MAX_FILE_BYTES = 32 << 20;

  /** The largest uncompressed part (the body, {@code word/document.xml}, is the large one). */
  static final long MAX_PART_BYTES = 8L << 20;

  /** The deepest nesting of tables inside tables. */
  static final int MAX_TABLE_NESTING = 16;

  /**
   * The most rows of one table: POI's table model takes time quadratic in the rows (an appendix of
   * tasks has a few hundred).
   */
  static final int MAX_TABLE_ROWS = 5_000;

  /** The deepest nesting of XML elements in a part. */
  static final int MAX_ELEMENT_DEPTH = 256;

  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  private DocxScreen() {}

  /**
   * Reads the whole {@code .docx} (at most {@link #MAX_FILE_BYTES}) and screens its parts; returns
   * the bytes for POI.
   *
   * @throws PlanReadException naming the part and the limit it passes
   */
  static byte[] read(String file, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw new PlanReadException(
          file,
          "file",
          "larger than the limit of " + (MAX_FILE_BYTES >> 20) + " MB for a .docx",
          null);
    }
    boolean word = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        String name = e.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        word |= lower.startsWith("word/");
        Bounded part = new Bounded(zip, file, name);
        if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
          screenXml(file, name, part);
        } else {
          part.skipAll();
        }
      }
    }
    if (!word) {
      // a zip of something else named .docx (an archive of attachments, an .odt): said as such,
      // not as POI's "Package should contain a content type part [M1.13]"
      throw new PlanReadException(
          file,
          "file",
          "a zip archive that is not a Word .docx document (no word/ part in it: an .xlsx,"
              + " an .odt, an archive of other files?)",
          null);
    }
    return bytes;
  }

  private static void screenXml(String file, String part, Bounded in) throws IOException {
    XMLStreamReader r;
    try {
      r = XML.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw new PlanReadException(file, part, "not XML: " + e.getMessage(), e);
    }
    int depth = 0;
    int tables = 0;
    int[] rows = new int[MAX_TABLE_NESTING + 1];
    try {
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          throw new PlanReadException(
              file, part, "declares a DTD, which a Word document never does (refused)", null);
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          if (++depth > MAX_ELEMENT_DEPTH) {
            throw new PlanReadException(
                file, part, "XML nested deeper than " + MAX_ELEMENT_DEPTH + " elements", null);
          }
          String local = r.getLocalName();
          if ("tbl".equals(local)) {
            if (++tables > MAX_TABLE_NESTING) {
              throw new PlanReadException(
                  file, part, "tables nested deeper than " + MAX_TABLE_NESTING + " levels", null);
            }
            rows[tables] = 0;
          } else if ("tr".equals(local) && tables > 0 && ++rows[tables] > MAX_TABLE_ROWS) {
            throw new PlanReadException(
                file, part, "a table of more than " + MAX_TABLE_ROWS + " rows", null);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
          if ("tbl".equals(r.getLocalName())) {
            tables--;
          }
        }
      }
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof PlanReadException) {
        throw (PlanReadException) e.getCause();
      }
      throw new PlanReadException(file, part, "malformed XML: " + e.getMessage(), e);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException ignored) {
        // the zip stream stays open for the next part
      }
    }
    in.skipAll();
  }

  /** One part of the zip, failing once it passes {@link #MAX_PART_BYTES}. */
  private static final class Bounded extends FilterInputStream {
    private final String file;
    private final String part;
    private long count;

    Bounded(InputStream in, String file, String part) {
      super(in);
      this.file = file;
      this.part = part;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public void close() {
      // the zip stream goes on to the next part
    }

    void skipAll() throws IOException {
      byte[] buf = new byte[8192];
      while (read(buf, 0, buf.length) >= 0) {
        // counted, so that a zip bomb stops at the limit
      }
    }

    private void count(int n) {
      count += n;
      if (count > MAX_PART_BYTES) {
        throw new PlanReadException(
            file,
            part,
            "larger than the limit of " + (MAX_PART_BYTES >> 20) + " MB uncompressed",
            null);
      }
    }
  }
}
