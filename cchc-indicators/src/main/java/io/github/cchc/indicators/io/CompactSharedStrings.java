package io.github.cchc.indicators.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings table of an {@code .xlsx} ({@code xl/sharedStrings.xml}: the texts Excel
 * stores once and cells point to by index), held compactly: every text as UTF-8 in one byte array,
 * one {@code int} offset each. A workbook saved by Excel keeps every text there, a million distinct
 * dossier ids included; POI's {@link org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable}
 * keeps a {@code String} object per text (about 60 bytes plus the characters), this table about 4
 * bytes plus the UTF-8 bytes, so the heap a workbook needs stays near the size of its texts. Parsed
 * with POI's secured SAX parser (no DTD); text runs are joined and phonetic runs ({@code rPh}) left
 * out, as POI does.
 */
final class CompactSharedStrings implements SharedStrings {
  private byte[] bytes = new byte[1 << 16];
  private int[] offsets = new int[1 << 10];
  private int size;
  private int used;

  /** Reads the table from the part's XML. */
  static CompactSharedStrings read(InputStream xml) throws IOException, SAXException {
    CompactSharedStrings table = new CompactSharedStrings();
    try {
      XMLReader reader = XMLHelper.newXMLReader();
      reader.setContentHandler(table.new Handler());
      reader.parse(new InputSource(xml));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    return table;
  }

  private void add(StringBuilder text) {
    byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
    if (used + utf8.length > bytes.length) {
      long grown = Math.max((long) used + utf8.length, (long) bytes.length * 3 / 2);
      if (grown > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("shared strings of more than 2 GB");
      }
      bytes = Arrays.copyOf(bytes, (int) grown);
    }
    if (size + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    System.arraycopy(utf8, 0, bytes, used, utf8.length);
    offsets[size] = used;
    used += utf8.length;
    size++;
    offsets[size] = used;
  }

  /** Returns the text at {@code index}. */
  String text(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(
          "shared string " + index + " of a table of " + size + " strings");
    }
    String s =
        new String(
            bytes, offsets[index], offsets[index + 1] - offsets[index], StandardCharsets.UTF_8);
    // Excel escapes some characters as _xHHHH_ (a carriage return: _x000D_); POI decodes them
    return s.indexOf("_x") < 0 ? s : new XSSFRichTextString(s).getString();
  }

  @Override
  public RichTextString getItemAt(int index) {
    return new PlainText(text(index));
  }

  @Override
  public int getCount() {
    return size;
  }

  @Override
  public int getUniqueCount() {
    return size;
  }

  /** Collects the text of each {@code si}: its {@code t} elements, not those of {@code rPh}. */
  private final class Handler extends DefaultHandler {
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      switch (local) {
        case "si":
          inItem = true;
          text.setLength(0);
          break;
        case "t":
          inText = true;
          break;
        case "rPh":
          phonetic++;
          break;
        default:
          break;
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "si":
          inItem = false;
          add(text);
          break;
        case "t":
          inText = false;
          break;
        case "rPh":
          phonetic--;
          break;
        default:
          break;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inItem && inText && phonetic == 0) {
        text.append(ch, start, length);
      }
    }
  }

  /** A text without formatting: what a cell's value needs, without POI's XML bean per cell. */
  private static final class PlainText implements RichTextString {
    private final String text;

    PlainText(String text) {
      this.text = text;
    }

    @Override
    public String getString() {
      return text;
    }

    @Override
    public String toString() {
      return text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public int numFormattingRuns() {
      return 0;
    }

    @Override
    public int getIndexOfFormattingRun(int index) {
      return 0;
    }

    @Override
    public void applyFont(int startIndex, int endIndex, short fontIndex) {
      throw new UnsupportedOperationException("read only");
    }

    @Override
    public void applyFont(int startIndex, int endIndex, Font font) {
      throw new UnsupportedOperationException("read only");
    }

    @Override
    public void applyFont(Font font) {
      throw new UnsupportedOperationException("read only");
    }

    @Override
    public void clearFormatting() {
      throw new UnsupportedOperationException("read only");
    }

    @Override
    public void applyFont(short fontIndex) {
      throw new UnsupportedOperationException("read only");
    }
  }
}
