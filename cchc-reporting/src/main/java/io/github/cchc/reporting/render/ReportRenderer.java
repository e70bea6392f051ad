package io.github.cchc.reporting.render;

import io.github.cchc.reporting.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Turns one {@link Report} into one file format. A renderer formats and lays out; it never computes
 * a figure. Implementations are immutable and safe to share between threads.
 *
 * <pre>{@code
 * ReportRenderer renderer = new CsvRenderer();
 * try (OutputStream out = Files.newOutputStream(Path.of("bao-cao.csv"))) {
 *   renderer.render(report, out);
 * }
 * }</pre>
 */
public interface ReportRenderer {
  /**
   * The usual file extension of the format, without the dot ("pdf").
   *
   * @return the extension
   */
  String extension();

  /**
   * The media type of the format ("application/pdf").
   *
   * @return the media type
   */
  String mediaType();

  /**
   * Writes the report to {@code out}, which is left open.
   *
   * @param report the report
   * @param out where to write
   * @throws IOException if writing fails
   */
  void render(Report report, OutputStream out) throws IOException;

  /**
   * Renders the report into a byte array.
   *
   * @param report the report
   * @return the file's bytes
   */
  default byte[] toBytes(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
