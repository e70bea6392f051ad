package io.github.cchc.examples.cli;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.document.UnreadPart;
import io.github.cchc.model.plan.Plan;
import io.github.cchc.model.plan.PlanReadException;
import io.github.cchc.model.plan.PlanReader;
import io.github.cchc.model.text.DiagnosticText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a plan's file for the subcommands: text (strict UTF-8, then NFC) or a document (Word, PDF,
 * web page, Markdown).
 */
final class PlanFiles {
  private PlanFiles() {}

  /**
   * Tells whether {@code file} is for {@link PlanReader#readAny(Path)} rather than text, by its
   * name or first bytes alone ({@link PlanReader#isDocumentFile}): a Word (.docx, .doc), PDF, web
   * page (.html, .htm) or Markdown (.md) file by its name, or by its first bytes whatever its name
   * (a PDF, a zip, a Word 97 compound file, an HTML page or an RTF document: "2003-A-15.rtf", a
   * decree of 2003 in RTF, was read as UTF-8 text, its control words and all, and gave an empty
   * header with exit 0; a PDF saved without extension was "not UTF-8 text"). {@link PlanReader}
   * then reads it or says what it is. Any other file is text, read once by {@link #textFile}, which
   * tells a {@code .txt} whose text is Markdown ({@link PlanReader.TextFile#markdown()}); this
   * asked {@link PlanReader#readsAsDocument}, which decoded a {@code .txt} to tell, and then the
   * file was decoded again to be read.
   */
  static boolean readsAsDocument(Path file) {
    return PlanReader.isDocumentFile(file);
  }

  /**
   * Reads the plan in {@code file} (text, or a document {@link PlanReader#readsAsDocument} routes).
   *
   * @throws InputRejectedException if the file is missing, unreadable or not UTF-8
   * @throws io.github.cchc.model.plan.PlanReadException if it cannot be read as a plan
   */
  static Plan plan(Path file) {
    if (readsAsDocument(file)) {
      return PlanReader.read(file);
    }
    // a --plan option's legacy encoding is not said: the plan's commands print no notes
    PlanReader.TextFile text = textFile(file, new java.io.PrintWriter(java.io.Writer.nullWriter()));
    if (text.markdown()) {
      return PlanReader.read(text);
    }
    return PlanReader.readText(String.valueOf(file.getFileName()), text.text());
  }

  /**
   * Reads the plan given as the {@code --plan} option: a missing file or a document that cannot be
   * read as a plan is rejected input.
   *
   * @throws InputRejectedException if the file is missing or cannot be read as a plan
   */
  static Plan planOption(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputRejectedException("--plan " + file + ": no such file");
    }
    try {
      return plan(file);
    } catch (PlanReadException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
  }

  /**
   * Returns the text of {@code file}: of a .docx its paragraphs and table rows, else {@link
   * #read(Path)}.
   *
   * @throws InputRejectedException if the file cannot be read or has no text (empty or blank), as
   *     {@link PlanReader#readAny(Path)} rejects it
   */
  static String text(Path file, java.io.PrintWriter err) {
    String text;
    if (readsAsDocument(file)) {
      try {
        text = PlanReader.text(file);
      } catch (PlanReadException e) {
        throw new InputRejectedException(e.getMessage(), e);
      }
    } else {
      PlanReader.TextFile read = textFile(file, err);
      text = read.markdown() ? PlanReader.text(read) : read.text();
    }
    if (text.isBlank()) {
      throw new InputRejectedException(
          file.getFileName() + ": file: no text: the document is empty or only blank lines");
    }
    return text;
  }

  /**
   * Reads {@code file} as UTF-8 and normalises it to NFC; a text in a legacy Vietnamese encoding
   * (Windows-1258, TCVN3, VNI, as old systems export it) is read in it, and the encoding assumed is
   * said on {@code err} ("cchc: kh.txt: not UTF-8: read as Windows-1258 text"). A {@code .txt}
   * whose text is Markdown is told ({@link PlanReader.TextFile#markdown()}), to be read as a
   * document: its encoding is said as {@link PlanReader#readAny(Path)} says it, a problem of the
   * plan, not on {@code err}. The bytes are read once and decoded once.
   *
   * @throws InputRejectedException if the file is missing, unreadable or not UTF-8 nor a legacy
   *     encoding read for sure
   */
  static PlanReader.TextFile textFile(Path file, java.io.PrintWriter err) {
    byte[] bytes;
    try {
      if (Files.size(file) > 4L * PlanReader.MAX_TEXT_LENGTH) {
        throw new InputRejectedException(
            file
                + ": "
                + Files.size(file)
                + " bytes, longer than the limit of "
                + PlanReader.MAX_TEXT_LENGTH
                + " characters for a plan");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputRejectedException(file + ": no such file");
    } catch (IOException e) {
      throw new InputRejectedException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    PlanReader.TextFile text;
    try {
      text = PlanReader.textFile(file, bytes);
    } catch (PlanReadException e) {
      throw new InputRejectedException(e.getMessage(), e);
    }
    if (!text.markdown()) {
      text.encoding()
          .ifPresent(
              e ->
                  err.println(
                      "cchc: "
                          + DiagnosticText.escape(file.toString(), 2000)
                          + ": not UTF-8: read as "
                          + e
                          + " text, the encoding its bytes are likely in; save it as UTF-8 to be"
                          + " sure"));
    }
    err.flush();
    return text;
  }

  /**
   * Turns a parse error in a whole file into a rejection that names the file, line and column and
   * quotes the line, instead of the whole text.
   */
  static InputRejectedException rejected(Path file, String text, CchcParseException e) {
    return new InputRejectedException(located(file, text, e.errorIndex(), e.reason()), e);
  }

  /**
   * "FILE:LINE:COLUMN: PART: REASON in \"LINE TEXT\" (left out)" for a part of a header that is
   * there but could not be read, as {@code plan} and {@code targets} print it on standard error.
   */
  static String unread(Path file, String text, UnreadPart u) {
    return located(file, text, u.offset(), u.part() + ": " + u.reason()) + " (left out)";
  }

  private static String located(Path file, String text, int offset, String reason) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    long line = text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
    int column = at - lineStart + 1;
    return file
        + ":"
        + line
        + ":"
        + column
        + ": "
        + reason
        + " in \""
        + text.substring(lineStart, lineEnd).strip()
        + "\"";
  }
}
