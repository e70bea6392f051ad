package io.github.cchc.examples.cli;

import io.github.cchc.model.CchcException;
import io.github.cchc.model.text.DiagnosticText;
import io.github.cchc.reporting.render.MissingLibraryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.time.DateTimeException;
import org.jspecify.annotations.Nullable;

/**
 * The one-line message of any failure of a subcommand, for standard error: what failed, where and
 * why, never a stack trace. Messages echo paths and values from the input, so each is escaped
 * ({@link DiagnosticText}): one failure, one line.
 */
final class Failures {
  private Failures() {}

  /** The line printed for {@code failure}, after "cchc: ". */
  static String describe(Throwable failure) {
    Throwable t = failure;
    if (t instanceof UncheckedIOException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof IOException) {
      return "input rejected: " + oneLine(io((IOException) t));
    }
    if (t instanceof InputRejectedException
        || t instanceof IllegalArgumentException // a bad value the JDK or picocli refused
        // every refusal of the library but a missing optional library, a defect of the build
        || (t instanceof CchcException && !(t instanceof MissingLibraryException))
        || t instanceof DateTimeException) {
      return "input rejected: " + oneLine(t.getMessage());
    }
    if (t instanceof StackOverflowError) {
      return "input rejected: the input is nested too deeply to be read";
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory ("
          + oneLine(t.getMessage())
          + "): give the JVM more heap (java -Xmx…) or lower the limits of the input";
    }
    return "failed: "
        + t.getClass().getSimpleName()
        + ": "
        + oneLine(t.getMessage())
        + " (a defect of cchc: please report it with the input)";
  }

  /** What a file-system failure means for a person: the path and the reason in words. */
  private static String io(IOException e) {
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      String file = f.getFile() == null ? "" : f.getFile() + ": ";
      if (f instanceof NoSuchFileException) {
        return file + "no such file or folder";
      }
      if (f instanceof FileAlreadyExistsException) {
        return file + "exists already and is not a folder";
      }
      if (f instanceof NotDirectoryException) {
        return file + "not a folder";
      }
      if (f instanceof AccessDeniedException) {
        return file + "permission denied";
      }
      if (f instanceof DirectoryNotEmptyException) {
        return file + "folder not empty";
      }
      return file + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String oneLine(@Nullable String message) {
    return message == null ? "" : DiagnosticText.escape(message, 2000);
  }
}
