package io.github.cchc.reporting.render;

import io.github.cchc.reporting.model.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * What makes the same report render to the same bytes twice: the time written into a file (PDF
 * creation date and document id, the "created" date of DOCX and XLSX, the times of their zip
 * entries) is the report's date at 00:00 in Vietnam, or {@code SOURCE_DATE_EPOCH} when that
 * environment variable is set (the reproducible-builds convention), never the clock.
 *
 * <pre>{@code
 * Instant t = Reproducible.timeOf(report);   // 2025-01-09T17:00:00Z for a report of 10/01/2025
 * Reproducible.copyZip(poiBytes, t, out);    // same entries, same order, fixed times
 * }</pre>
 */
public final class Reproducible {
  private Reproducible() {}

  /**
   * Returns the time written into the files of {@code report}.
   *
   * @param report the report
   * @return {@code SOURCE_DATE_EPOCH} if set, else the report's date at 00:00 UTC+7
   */
  public static Instant timeOf(Report report) {
    Instant epoch = sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH"));
    return epoch != null
        ? epoch
        : report.header().date().atStartOfDay().toInstant(ZoneOffset.ofHours(7));
  }

  static @Nullable Instant sourceDateEpoch(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return null; // as reproducible-builds tools do: an unreadable value is ignored
    }
  }

  /**
   * Copies the zip archive {@code zip} (an Office Open XML file) to {@code out} entry by entry, in
   * the same order and with the same contents, every entry dated {@code time}.
   *
   * @param zip the archive
   * @param time the time of every entry
   * @param out where the archive goes; not closed
   * @throws IOException if the archive cannot be read or written
   */
  public static void copyZip(byte[] zip, Instant time, OutputStream out) throws IOException {
    ZipOutputStream z = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTime(time.toEpochMilli());
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    z.finish();
  }
}
