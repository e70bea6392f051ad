package io.github.cchc.indicators.io;

import io.github.cchc.model.text.DiagnosticText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The text of an export, decoded from UTF-8 with bounded memory, as lines (the header of a CSV
 * file, each line of JSON Lines) or as screened CSV records for FastCSV's parser.
 *
 * <p>Screening reads each CSV record whole — quotes and the line breaks inside them as FastCSV
 * reads them — before FastCSV sees it. A record longer than the limit, with characters after a
 * closing quote, with an unclosed quote at the end of the input, or holding the character U+0000 is
 * replaced by one line holding {@link #MARK}; {@link #nextRejection()} then gives the reason, in
 * record order, and the line breaks of the record the mark left out, which the line numbers FastCSV
 * gives the records after it must add. A bad record therefore rejects its row, not the file, and no
 * record takes more memory than the limit.
 *
 * <p>Bytes that are not UTF-8 throw a {@link CharacterCodingException} that names the line and the
 * byte offset of the first bad byte.
 */
final class ExportText extends Reader {
  /** The one character of the field that stands for a rejected record. */
  static final char MARK = '\0';

  /** What {@link #readLine()} returns for a line longer than the limit. */
  static final String OVERLONG = new String("\0overlong");

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;
  private static final int AFTER_CLOSING_QUOTE = 4;

  private final InputStream in;
  private final int maxChars;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private long bytesBefore; // bytes of the input before those in `bytes`
  private boolean eof;
  private boolean decoderFlushed;

  /** buf[readPos, recStart) is ready for the parser; buf[recStart, end) the current record. */
  private char[] buf = new char[1 << 16];

  private int readPos;
  private int recStart;
  private int scanPos;
  private int end;

  private long physicalLine = 1; // the line of buf[scanPos], for errors
  private boolean lastWasCr;

  // the CSV record being screened
  private boolean screening;
  private char separator;
  private int state = FIELD_START;
  private long recordChars;
  private int recordBreaks;
  private boolean recordCr;
  private boolean endedByCr; // the record ended with CR; a following LF belongs to it
  private boolean skipLf; // the header ended with CR; a following LF belongs to it
  private @Nullable String recordProblem;
  private boolean discarding;
  private final Deque<Rejection> rejections = new ArrayDeque<>();
  private boolean endedAtRecordBoundary;
  private boolean atEnd;

  /** Why a record was replaced by the mark, and how many of its line breaks the mark left out. */
  record Rejection(String reason, int linesLeftOut) {}

  /**
   * Reads {@code in} with records and lines of at most {@code maxChars} characters.
   *
   * @param in the UTF-8 bytes, not closed by this reader
   * @param maxChars the longest record or line kept
   */
  ExportText(InputStream in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
    bytes.flip();
  }

  /**
   * Returns the next line without its line break (CR, LF or CRLF end a line, as in {@link
   * java.io.BufferedReader#readLine()}), {@link #OVERLONG} for a line longer than the limit (its
   * characters are skipped, not kept), or null at the end of the input. Not for use once {@link
   * #screenRecords(char)} was called.
   */
  @Nullable String readLine() throws IOException {
    boolean overlong = false;
    while (true) {
      for (int i = scanPos; i < end; i++) {
        char c = buf[i];
        if (c == '\n' && lastWasCr) {
          lastWasCr = false;
          recStart = readPos = scanPos = i + 1;
          continue;
        }
        lastWasCr = false;
        if (c == '\n' || c == '\r') {
          lastWasCr = c == '\r';
          physicalLine++;
          String line =
              overlong || i - recStart > maxChars
                  ? OVERLONG
                  : new String(buf, recStart, i - recStart);
          recStart = readPos = scanPos = i + 1;
          return line;
        }
      }
      scanPos = end;
      if (end - recStart > maxChars) {
        overlong = true;
        end = scanPos = recStart; // drop what was read of the line
      }
      if (!fill()) {
        if (end > recStart || overlong) {
          String line =
              overlong || end - recStart > maxChars
                  ? OVERLONG
                  : new String(buf, recStart, end - recStart);
          recStart = readPos = scanPos = end;
          return line;
        }
        return null;
      }
    }
  }

  /**
   * From here on, this reader gives FastCSV the screened records of the rest of the input, with
   * fields separated by {@code separator}.
   */
  void screenRecords(char separator) {
    this.separator = separator;
    this.screening = true;
    this.skipLf = lastWasCr;
    startRecord();
  }

  /**
   * Returns the next rejected record, in record order: its reason, and how many lines the mark that
   * stands for it left out, which the line numbers of the records after it must add.
   */
  Rejection nextRejection() {
    Rejection r = rejections.poll();
    return r == null ? new Rejection("row could not be read", 0) : r;
  }

  /**
   * Returns whether the screened input ended right after the line break of a record (not inside a
   * quoted field, not in a record without its line break): a part of a file that ends there ends
   * where a read of the whole file ends a record.
   */
  boolean endedAtRecordBoundary() {
    return endedAtRecordBoundary;
  }

  /** Returns how many line breaks were read (CR, LF and CRLF count one), quoted ones included. */
  long lineBreaksRead() {
    return physicalLine - 1;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (readPos == recStart) {
      if (scanPos < end) {
        scan();
        continue;
      }
      if (!fill()) {
        finishAtEnd();
        if (readPos == recStart) {
          return -1;
        }
        break;
      }
    }
    int n = Math.min(len, recStart - readPos);
    System.arraycopy(buf, readPos, cbuf, off, n);
    readPos += n;
    return n;
  }

  @Override
  public void close() {
    // the input stream belongs to the caller
  }

  private void startRecord() {
    state = FIELD_START;
    recordChars = 0;
    recordBreaks = 0;
    recordCr = false;
    endedByCr = false;
    recordProblem = null;
    discarding = false;
  }

  /** Screens buf[scanPos, end). */
  private void scan() {
    final char sep = separator;
    int i = scanPos;
    while (i < end) {
      char c = buf[i];
      if (skipLf) {
        // the header ended with CR: an LF right after it belongs to the same line break
        skipLf = false;
        if (c == '\n') {
          recStart = readPos = ++i;
          continue;
        }
      }
      if (endedByCr) {
        // the record ended with CR: an LF right after it belongs to the same line break
        endedByCr = false;
        i = completeRecord(c == '\n' ? i + 1 : i);
        continue;
      }
      boolean afterCr = recordCr;
      recordCr = false;
      recordChars++;
      switch (state) {
        case FIELD_START:
          if (c == '"') {
            state = QUOTED;
            break;
          }
          state = UNQUOTED;
        // fall through: the character is the field's first
        case UNQUOTED:
          // the common case: run to the next character that means something; every such
          // character (separator, CR, LF, NUL) is at most the separator, so one comparison passes
          // letters, digits and most punctuation
          {
            int from = i;
            i = plainRun(buf, i, end, sep);
            if (i == end) {
              recordChars += i - from - 1;
              scanPos = i;
              checkLength();
              return;
            }
            c = buf[i];
            recordChars += i - from;
          }
          if (c == sep) {
            state = FIELD_START;
          } else if (c == MARK) {
            problem("the control character U+0000");
          } else {
            i = endOfRecordBreak(c, i);
            continue;
          }
          break;
        case QUOTED:
          {
            // run to the next quote, line break or NUL: the text of a quoted field
            int from = i;
            i = quotedRun(buf, i, end);
            if (i == end) {
              recordChars += i - from - 1;
              scanPos = i;
              checkLength();
              return;
            }
            if (i > from) {
              afterCr = false; // the character before is an ordinary one
              c = buf[i];
              recordChars += i - from;
            }
          }
          if (c == '"') {
            state = QUOTE_IN_QUOTED;
          } else if (c == '\n' || c == '\r') {
            lineBreakInside(c, afterCr);
          } else if (c == MARK) {
            problem("the control character U+0000");
          }
          break;
        case QUOTE_IN_QUOTED:
          if (c == '"') {
            state = QUOTED; // an escaped quote
          } else if (c == sep) {
            state = FIELD_START;
          } else if (c == '\n' || c == '\r') {
            i = endOfRecordBreak(c, i);
            continue;
          } else {
            problem(
                "character '"
                    + DiagnosticText.escape(String.valueOf(c))
                    + "' after a closing quote (a quote inside a quoted field is written \"\")");
            state = AFTER_CLOSING_QUOTE;
          }
          break;
        case AFTER_CLOSING_QUOTE:
          if (c == sep) {
            state = FIELD_START;
          } else if (c == '\n' || c == '\r') {
            i = endOfRecordBreak(c, i);
            continue;
          }
          break;
        default:
          throw new AssertionError(state);
      }
      i++;
    }
    scanPos = i;
    checkLength();
  }

  /**
   * The index of the first character from {@code i} on that ends an unquoted field or needs a look
   * (separator, CR, LF, NUL), or {@code end}: a small loop over locals that the JIT compiles early.
   * Every such character is at most the separator, so one comparison passes all others.
   */
  private static int plainRun(char[] b, int i, int end, char sep) {
    for (; i < end; i++) {
      char c = b[i];
      if (c <= sep && (c == sep || c == '\n' || c == '\r' || c == MARK)) {
        return i;
      }
    }
    return end;
  }

  /** The index of the first quote, CR, LF or NUL from {@code i} on, or {@code end}. */
  private static int quotedRun(char[] b, int i, int end) {
    for (; i < end; i++) {
      char c = b[i];
      if (c <= '"' && (c == '"' || c == '\n' || c == '\r' || c == MARK)) {
        return i;
      }
    }
    return end;
  }

  /** A line break inside a quoted field: counted, as FastCSV counts lines. */
  private void lineBreakInside(char c, boolean afterCr) {
    if (c == '\n' && afterCr) {
      return; // the LF of a CRLF
    }
    recordCr = c == '\r';
    recordBreaks++;
    physicalLine++;
  }

  /** The line break that ends the record at {@code buf[i]}; returns where scanning goes on. */
  private int endOfRecordBreak(char c, int i) {
    recordBreaks++;
    physicalLine++;
    if (c == '\r') {
      endedByCr = true;
      return i + 1;
    }
    return completeRecord(i + 1);
  }

  /** The record ends before {@code buf[next]}: ready it, or replace it by the mark. */
  private int completeRecord(int next) {
    if (recordChars > maxChars) {
      discarding = true;
    }
    if (recordProblem != null || discarding) {
      String reason =
          discarding
              ? "row longer than "
                  + String.format(Locale.ROOT, "%,d", maxChars)
                  + " characters ("
                  + String.format(Locale.ROOT, "%,d", recordChars)
                  + ")"
              : recordProblem;
      rejections.add(new Rejection(reason, Math.max(0, recordBreaks - 1)));
      // the mark and one line break stand for the record: never longer than it
      int tail = end - next;
      ensureCapacity(recStart + 2 + tail);
      System.arraycopy(buf, next, buf, recStart + 2, tail);
      buf[recStart] = MARK;
      buf[recStart + 1] = '\n';
      next = recStart + 2;
      end = next + tail;
    }
    recStart = next;
    startRecord();
    return next;
  }

  private void problem(String reason) {
    if (recordProblem == null) {
      recordProblem = reason;
    }
  }

  /** Drops the characters of a record that has grown longer than the limit. */
  private void checkLength() {
    if (recordChars > maxChars) {
      discarding = true;
      end = scanPos = recStart;
    }
  }

  /** At the end of the input: the last record, if it has no line break. */
  private void finishAtEnd() {
    if (!screening || atEnd) {
      return; // once: the parser may ask again after the end
    }
    atEnd = true;
    if (endedByCr) {
      endedByCr = false;
      completeRecord(end);
      return;
    }
    if (recordChars == 0 && end == recStart && !discarding) {
      endedAtRecordBoundary = true;
      return;
    }
    if (state == QUOTED) {
      problem("a quoted field is not closed before the end of the file");
    }
    completeRecord(end);
  }

  /** Decodes more of the input into buf[end, ...); returns false at its end. */
  private boolean fill() throws IOException {
    if (readPos > 0) {
      int keep = end - readPos;
      System.arraycopy(buf, readPos, buf, 0, keep);
      recStart -= readPos;
      scanPos -= readPos;
      end = keep;
      readPos = 0;
    }
    ensureCapacity(end + 4096);
    int before = end;
    while (true) {
      CharBuffer out = CharBuffer.wrap(buf, end, buf.length - end);
      if (decoderFlushed) {
        return false;
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        end = out.position();
        if (screening) {
          scan();
        } else {
          countLines(scanPos, end);
        }
        throw new NotUtf8Exception(physicalLine, bytesBefore + bytes.position(), bytes, r);
      }
      int produced = out.position() - end;
      end = out.position();
      if (eof && r.isUnderflow()) {
        CoderResult f = decoder.flush(out);
        end = out.position();
        decoderFlushed = !f.isOverflow();
        return end > before;
      }
      if (produced > 0) {
        return true;
      }
      if (r.isOverflow()) {
        ensureCapacity(buf.length * 2);
        continue;
      }
      // underflow: more bytes
      bytesBefore += bytes.position();
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
        bytes.flip();
      } else {
        bytes.position(bytes.position() + n);
        bytes.flip();
      }
    }
  }

  private void countLines(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = buf[i];
      if (c == '\n' && lastWasCr) {
        lastWasCr = false;
        continue;
      }
      lastWasCr = c == '\r';
      if (c == '\n' || c == '\r') {
        physicalLine++;
      }
    }
  }

  private void ensureCapacity(int capacity) {
    if (capacity > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(capacity, buf.length * 2));
    }
  }

  /** Bytes that are not UTF-8, with the line and byte offset of the first bad one. */
  static final class NotUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String message;

    NotUtf8Exception(long line, long offset, ByteBuffer bytes, CoderResult r) {
      StringBuilder sb = new StringBuilder();
      int n = Math.min(r.length(), bytes.remaining());
      for (int i = 0; i < n; i++) {
        sb.append(i == 0 ? "0x" : " 0x")
            .append(String.format(Locale.ROOT, "%02X", bytes.get(bytes.position() + i) & 0xFF));
      }
      this.message = "line " + line + ", byte offset " + offset + (n > 0 ? ": bad byte " + sb : "");
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
