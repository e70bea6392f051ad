package io.github.cchc.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the records of an export from a byte position on: a record ends at a line feed outside
 * double quotes (CSV; a quoted field may hold line breaks) or at any line feed (JSON Lines), a
 * carriage return before it dropped. Keeps the byte offset, the 1-based line and the quote state,
 * so a reader started in the middle of a file with the state there reads exactly the records one
 * reader from the start of the file would.
 */
final class RecordCursor {
  private final InputStream in;
  private final boolean csv;
  private final String name;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;
  private long offset;
  private long line;
  private boolean quoted;
  private byte[] record = new byte[1024];
  private int length;
  private long recordOffset;
  private long recordLine;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);

  /**
   * A cursor on {@code in}, whose next byte is at {@code offset}, on {@code line}, inside a quoted
   * field if {@code quoted}.
   */
  RecordCursor(InputStream in, String name, boolean csv, long offset, long line, boolean quoted) {
    this.in = in;
    this.name = name;
    this.csv = csv;
    this.offset = offset;
    this.line = line;
    this.quoted = quoted;
  }

  private int read() throws IOException {
    if (pos == lim) {
      if (eof) {
        return -1;
      }
      int n = in.read(buf, 0, buf.length);
      if (n <= 0) {
        eof = true;
        return -1;
      }
      pos = 0;
      lim = n;
    }
    int b = buf[pos++] & 0xFF;
    offset++;
    if (b == '\n') {
      line++;
    } else if (b == '"' && csv) {
      quoted = !quoted;
    }
    return b;
  }

  /** Returns the offset of the next byte: where the next record starts after a record. */
  long offset() {
    return offset;
  }

  /** Whether the next byte starts a record, given the byte before it. */
  boolean startsRecord(int previous) {
    return previous == '\n' && !quoted;
  }

  /** Skips to the start of the next record; false at the end of the input. */
  boolean skipToRecordStart() throws IOException {
    int b;
    while ((b = read()) >= 0) {
      if (b == '\n' && !quoted) {
        return true;
      }
    }
    return false;
  }

  /** Reads the next record; false at the end of the input. */
  boolean next() throws IOException {
    recordOffset = offset;
    recordLine = line;
    length = 0;
    int b;
    boolean any = false;
    while ((b = read()) >= 0) {
      any = true;
      if (b == '\n' && !quoted) {
        break;
      }
      if (length == record.length) {
        record = Arrays.copyOf(record, length * 2);
      }
      record[length++] = (byte) b;
    }
    if (!any) {
      return false;
    }
    if (length > 0 && record[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  /** The byte offset the last record starts at. */
  long recordOffset() {
    return recordOffset;
  }

  /** The line the last record starts on, 1-based. */
  long recordLine() {
    return recordLine;
  }

  /** The text of the last record, a byte order mark at the start of the file dropped. */
  String text() throws IOException {
    int from = 0;
    if (recordOffset == 0
        && length >= 3
        && (record[0] & 0xFF) == 0xEF
        && (record[1] & 0xFF) == 0xBB
        && (record[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    boolean ascii = true;
    for (int i = from; i < length; i++) {
      if (record[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(record, from, length - from, StandardCharsets.ISO_8859_1);
    }
    try {
      CharBuffer chars = utf8.decode(ByteBuffer.wrap(record, from, length - from));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new IOException(name + ":" + recordLine + ": not UTF-8 text", e);
    }
  }
}
