package io.github.cchc.indicators.progress;

import io.github.cchc.model.CchcParseException;
import io.github.cchc.model.text.VietnameseText;
import java.util.Locale;

/**
 * The status of a task as its lead unit reports it: Hoàn thành, Đang thực hiện, Chưa thực hiện.
 *
 * <pre>{@code
 * TaskStatus.parse("Hoàn thành");   // DONE
 * TaskStatus.parse("IN_PROGRESS");  // IN_PROGRESS
 * TaskStatus.DONE.vietnamese();     // "Hoàn thành"
 * }</pre>
 */
public enum TaskStatus {
  /** Hoàn thành: the task is done. */
  DONE("Hoàn thành"),
  /** Đang thực hiện: started, not done. */
  IN_PROGRESS("Đang thực hiện"),
  /** Chưa thực hiện: not started. */
  NOT_STARTED("Chưa thực hiện");

  private final String vietnamese;

  TaskStatus(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /** Returns the Vietnamese word, as written in the task progress file ("Hoàn thành"). */
  public String vietnamese() {
    return vietnamese;
  }

  /**
   * Parses a status: the Vietnamese word (with or without diacritics, any case; "Đã hoàn thành"
   * too) or the constant name ({@code DONE}, {@code IN_PROGRESS}, {@code NOT_STARTED}, any case).
   *
   * @param text the status as written
   * @return the status
   * @throws CchcParseException if the text is no status
   */
  public static TaskStatus parse(CharSequence text) {
    String s = text.toString().strip();
    String folded = VietnameseText.fold(s).replaceAll("\\s+", " ");
    for (TaskStatus t : values()) {
      if (t.name().equals(s.toUpperCase(Locale.ROOT))
          || VietnameseText.fold(t.vietnamese).equals(folded)) {
        return t;
      }
    }
    if (folded.equals("da hoan thanh")) {
      return DONE;
    }
    throw new CchcParseException(
        text,
        0,
        "unknown status (expected Hoàn thành, Đang thực hiện, Chưa thực hiện or DONE,"
            + " IN_PROGRESS, NOT_STARTED)");
  }
}
