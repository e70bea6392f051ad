package io.github.cchc.examples.cli;

import io.github.cchc.indicators.calendar.CalendarInputException;
import io.github.cchc.indicators.calendar.OfficeHours;
import io.github.cchc.indicators.calendar.WorkingCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Builds the working calendar the calendar subcommands share. */
final class Calendars {
  private Calendars() {}

  static WorkingCalendar build(boolean cultureDay, @Nullable Path schedule, @Nullable Path closures)
      throws IOException {
    return build(cultureDay, schedule, closures, OfficeHours.standard());
  }

  static WorkingCalendar build(
      boolean cultureDay, @Nullable Path schedule, @Nullable Path closures, OfficeHours hours)
      throws IOException {
    if (!cultureDay
        && schedule == null
        && closures == null
        && hours.equals(OfficeHours.standard())) {
      return WorkingCalendar.official();
    }
    WorkingCalendar.Builder b =
        WorkingCalendar.builder().vietnameseCultureDay(cultureDay).officeHours(hours);
    try {
      if (schedule != null) {
        b.schedule(existing(schedule, "--schedule"));
      }
      if (closures != null) {
        b.closures(existing(closures, "--closures"));
      }
    } catch (CalendarInputException e) {
      throw new InputRejectedException(
          (schedule != null ? schedule : closures) + ": " + e.getMessage(), e);
    }
    return b.build();
  }

  private static Path existing(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw new InputRejectedException(option + " " + file + ": no such file");
    }
    return file;
  }
}
