package io.github.cchc.model.text;

import java.time.LocalDate;
import org.quicktheories.core.Gen;

/** Gives tests of other packages the date generator of {@link VietnameseDatesTest}. */
public final class VietnameseDatesTestAccess {
  private VietnameseDatesTestAccess() {}

  /** Dates from 1945 to about 2145. */
  public static Gen<LocalDate> dates() {
    return VietnameseDatesTest.dates();
  }
}
