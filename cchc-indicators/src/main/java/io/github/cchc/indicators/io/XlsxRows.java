package io.github.cchc.indicators.io;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of an {@code .xlsx} workbook into {@link SheetRows} with Apache POI's event API
 * ({@link XSSFReader}, {@link XSSFSheetXMLHandler}): the sheets' XML is parsed with SAX and never
 * held, so memory does not grow with the rows.
 *
 * <p>What is held: the shared-strings table (texts Excel stores once, kept compactly as UTF-8 by
 * {@link CompactSharedStrings}; refused above a quarter of the heap, at least {@value
 * #MIN_SHARED_STRINGS_BYTES} bytes of XML), the styles (at most {@value #MAX_SMALL_PART_BYTES}
 * bytes), and one row (its characters bounded by the reader's row limit: the rest of an over-long
 * row is dropped as it streams, and the row rejected). XML with a DTD is refused (POI's parsers
 * disallow {@code DOCTYPE}: no external entities), and so is a zip entry that inflates more than
 * POI's {@link org.apache.poi.openxml4j.util.ZipSecureFile} ratio (100 times): a zip bomb stops
 * early.
 */
final class XlsxRows {
  /** The largest workbook or styles part read, uncompressed. */
  static final int MAX_SMALL_PART_BYTES = 16 << 20;

  /** The least limit of the shared-strings part, uncompressed. */
  static final long MIN_SHARED_STRINGS_BYTES = 64L << 20;

  /** Excel's last column is XFD, the 16,384th. */
  static final int MAX_COLUMNS = 16_384;

  private XlsxRows() {}

  /** Reads every sheet of {@code file} into {@code rows}. */
  static void read(Path file, String name, SheetRows rows, int maxRowLength) {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      boolean date1904 = date1904(small(reader.getWorkbookData(), name, "workbook"));
      SharedStrings strings = sharedStrings(reader, name);
      StylesTable styles = styles(reader, name);
      CellTexts texts = new CellTexts(date1904);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          rows.startSheet(sheets.getSheetName());
          RowBuffer row = new RowBuffer(rows, maxRowLength);
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new BoundedSheetHandler(styles, strings, row, texts));
          try {
            xml.parse(new InputSource(sheet));
          } catch (StopSheet stop) {
            // no header row in the first rows: not a sheet of dossiers
          } catch (SAXException e) {
            try {
              rethrowCarried(e);
            } catch (StopSheet stop) {
              continue;
            }
            throw malformed(name, sheets.getSheetName(), e);
          } catch (DossierReadException | CsvRowHandler.SinkException e) {
            throw e;
          } catch (RuntimeException e) {
            // POI's handler on a hostile cell (a shared-string index out of range, ...)
            throw malformed(name, sheets.getSheetName(), e);
          }
        }
      }
      rows.finish();
    } catch (PartTooLargeException e) {
      throw new DossierReadException(name + ": " + e.getMessage(), e);
    } catch (IOException | OpenXML4JException | SAXException | POIXMLException e) {
      throw new DossierReadException(
          name + ": not a readable .xlsx workbook: " + e.getMessage(), e);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (org.apache.poi.UnsupportedFileFormatException
        | org.apache.poi.openxml4j.exceptions.InvalidOperationException
        | org.apache.poi.EmptyFileException e) {
      throw new DossierReadException(
          name + ": not a readable .xlsx workbook: " + e.getMessage(), e);
    }
  }

  private static DossierReadException malformed(String name, String sheet, Exception e) {
    return new DossierReadException(
        name
            + "["
            + sheet
            + "]: malformed sheet: "
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage(),
        e);
  }

  /** Throws what a handler threw through the SAX parser, if the parser wrapped it. */
  static void rethrowCarried(SAXException e) {
    Throwable c = e.getException() != null ? e.getException() : e.getCause();
    if (c instanceof DossierReadException) {
      throw (DossierReadException) c;
    }
    if (c instanceof CsvRowHandler.SinkException) {
      throw (CsvRowHandler.SinkException) c;
    }
    if (c instanceof StopSheet) {
      throw (StopSheet) c;
    }
  }

  private static @Nullable SharedStrings sharedStrings(XSSFReader reader, String name)
      throws IOException, SAXException, OpenXML4JException {
    InputStream data = reader.getSharedStringsData();
    if (data == null) {
      return null;
    }
    long max = Math.max(MIN_SHARED_STRINGS_BYTES, Runtime.getRuntime().maxMemory() / 4);
    try (InputStream in = new Bounded(data, "the shared strings", max)) {
      return CompactSharedStrings.read(in);
    }
  }

  private static @Nullable StylesTable styles(XSSFReader reader, String name)
      throws IOException, OpenXML4JException {
    InputStream data = reader.getStylesData();
    return data == null ? null : new StylesTable(small(data, name, "styles"));
  }

  /** The bytes of a small part, refused above {@link #MAX_SMALL_PART_BYTES}. */
  private static InputStream small(InputStream data, String name, String part) throws IOException {
    try (InputStream in = data) {
      byte[] bytes = in.readNBytes(MAX_SMALL_PART_BYTES + 1);
      if (bytes.length > MAX_SMALL_PART_BYTES) {
        throw new PartTooLargeException(
            "the " + part + " part is larger than " + (MAX_SMALL_PART_BYTES >> 20) + " MB");
      }
      return new ByteArrayInputStream(bytes);
    }
  }

  /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}). */
  private static boolean date1904(InputStream workbook) throws IOException {
    boolean[] found = new boolean[1];
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
              if ("workbookPr".equals(local) || qName.endsWith("workbookPr")) {
                String v = a.getValue("date1904");
                found[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
              }
            }
          });
      xml.parse(new InputSource(workbook));
    } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException("malformed workbook part: " + e.getMessage(), e);
    }
    return found[0];
  }

  /** Column index (A = 0) of a cell reference such as "G7", -1 if it names none. */
  static int column(@Nullable String ref) {
    if (ref == null) {
      return -1;
    }
    int col = 0;
    int i = 0;
    while (i < ref.length()) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else {
        break;
      }
      if (col > MAX_COLUMNS) {
        return -1;
      }
      i++;
    }
    return col - 1;
  }

  /** Stops the parse of a sheet with no header row. */
  static final class StopSheet extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopSheet() {
      super("no header row", null, false, false);
    }
  }

  /** A part larger than its limit. */
  static final class PartTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    PartTooLargeException(String message) {
      super(message);
    }
  }

  /** The cells of the current row, and whether characters of it were dropped. */
  static final class RowBuffer implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final SheetRows rows;
    final int maxRowLength;
    private @Nullable String[] cells = new String[16];
    private int width;
    long chars;
    boolean overlong;

    RowBuffer(SheetRows rows, int maxRowLength) {
      this.rows = rows;
      this.maxRowLength = maxRowLength;
    }

    @Override
    public void startRow(int rowNum) {
      java.util.Arrays.fill(cells, 0, width, null);
      width = 0;
    }

    @Override
    public void endRow(int rowNum) {
      if (!rows.row(rowNum + 1L, cells, width, overlong)) {
        throw new StopSheet();
      }
      chars = 0;
      overlong = false;
    }

    @Override
    public void cell(String ref, String value, @Nullable XSSFComment comment) {
      int c = column(ref);
      if (c < 0) {
        return;
      }
      if (c >= cells.length) {
        cells =
            java.util.Arrays.copyOf(
                cells, Math.min(MAX_COLUMNS, Math.max(c + 1, cells.length * 2)));
      }
      cells[c] = value;
      width = Math.max(width, c + 1);
    }
  }

  /**
   * POI's sheet handler, with the characters of a row bounded: past the row limit they are dropped
   * (the row is then rejected), so one hostile cell cannot fill the heap.
   */
  private static final class BoundedSheetHandler extends XSSFSheetXMLHandler {
    private final RowBuffer row;

    BoundedSheetHandler(
        @Nullable StylesTable styles,
        @Nullable SharedStrings strings,
        RowBuffer row,
        CellTexts texts) {
      super(styles, strings, row, texts, false);
      this.row = row;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      row.chars += length;
      if (row.chars > row.maxRowLength) {
        row.overlong = true;
        return;
      }
      super.characters(ch, start, length);
    }
  }

  /** A part's stream that fails once it passes its limit. */
  private static final class Bounded extends FilterInputStream {
    private final String part;
    private final long max;
    private long count;

    Bounded(InputStream in, String part, long max) {
      super(in);
      this.part = part;
      this.max = max;
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

    private void count(int n) throws PartTooLargeException {
      count += n;
      if (count > max) {
        throw new PartTooLargeException(
            part + " part is larger than " + (max >> 20) + " MB uncompressed");
      }
    }
  }
}
