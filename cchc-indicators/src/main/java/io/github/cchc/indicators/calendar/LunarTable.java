package io.github.cchc.indicators.calendar;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The lunar months of 1899 to 2200, computed once from the astronomy of {@link LunarAstronomy}: for
 * each month its first day (epoch day), its number, whether it is a leap month and the lunar year
 * it belongs to. A conversion is then a binary search over about 3,750 month starts.
 *
 * <p>The construction follows the rules of the Vietnamese calendar (Hồ Ngọc Đức's description):
 * month 11 is the month that holds the winter solstice; when 13 new moons start between two months
 * 11, the first month after month 11 in which the sun enters no new 30-degree sector (no major
 * solar term, trung khí) is the leap month and repeats the number of the month before it.
 */
final class LunarTable {
  /** First Gregorian year whose month 11 is computed. */
  private static final int FIRST_SUI = 1898;

  /** Last Gregorian year whose month 11 starts a computed run of months. */
  private static final int LAST_SUI = 2200;

  static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

  private static final int LEAP_BIT = 1 << 4;

  /** Epoch day of the first day of each month; one extra entry closes the last month. */
  static final int[] START;

  /** Per month: lunar year × 32 + leap bit (16) + month number (1 to 12). */
  static final int[] CODE;

  /** Buckets of 32 days: the index of the month holding each bucket's first day. */
  private static final int BUCKET_SHIFT = 5;

  private static final int[] BUCKET;

  /** The first lunar year whose month 1 is in the table. */
  private static final int FIRST_YEAR;

  /** Per lunar year from FIRST_YEAR: the index of its month 1, or -1. */
  private static final int[] MONTH1;

  static {
    int capacity = (LAST_SUI - FIRST_SUI + 1) * 13 + 1;
    int[] start = new int[capacity];
    int[] code = new int[capacity];
    int n = 0;
    long month11 = month11(FIRST_SUI);
    for (int year = FIRST_SUI; year <= LAST_SUI; year++) {
      long nextMonth11 = month11(year + 1);
      long k = LunarAstronomy.newMoonIndexNear(month11);
      int months = (int) Math.round((nextMonth11 - month11) / LunarAstronomy.SYNODIC_MONTH);
      int leapOffset = -1;
      if (months == 13) {
        int sector = LunarAstronomy.sunSector(LunarAstronomy.newMoonEpochDay(k + 1));
        for (int j = 1; j < 13; j++) {
          int next = LunarAstronomy.sunSector(LunarAstronomy.newMoonEpochDay(k + j + 1));
          if (next == sector) {
            leapOffset = j;
            break;
          }
          sector = next;
        }
      }
      int number = 10;
      int lunarYear = year;
      for (int j = 0; j < months; j++) {
        long first = j == 0 ? month11 : LunarAstronomy.newMoonEpochDay(k + j);
        boolean leap = j == leapOffset;
        if (!leap) {
          number = number % 12 + 1;
          if (number == 1) {
            lunarYear = year + 1;
          }
        }
        start[n] = Math.toIntExact(first);
        code[n] = lunarYear * 32 + (leap ? LEAP_BIT : 0) + number;
        n++;
      }
      month11 = nextMonth11;
    }
    start[n] = Math.toIntExact(month11);
    START = Arrays.copyOf(start, n + 1);
    CODE = Arrays.copyOf(code, n);
    int days = START[n] - START[0];
    int[] bucket = new int[(days >> BUCKET_SHIFT) + 1];
    for (int b = 0, i = 0; b < bucket.length; b++) {
      int day = START[0] + (b << BUCKET_SHIFT);
      while (i + 1 < n && START[i + 1] <= day) {
        i++;
      }
      bucket[b] = i;
    }
    BUCKET = bucket;
    int firstYear = yearOf(0) + 1;
    int[] month1 = new int[yearOf(n - 1) - firstYear + 1];
    Arrays.fill(month1, -1);
    for (int i = 0; i < n; i++) {
      if (monthOf(i) == 1 && !isLeap(i)) {
        month1[yearOf(i) - firstYear] = i;
      }
    }
    FIRST_YEAR = firstYear;
    MONTH1 = month1;
  }

  private LunarTable() {}

  /**
   * Returns the epoch day on which month 11 of the lunar year that ends in Gregorian year y starts.
   */
  private static long month11(int gregorianYear) {
    long dec31 = LocalDate.of(gregorianYear, 12, 31).toEpochDay();
    long k =
        (long)
            Math.floor((dec31 + LunarAstronomy.JDN_EPOCH - 2415021) / LunarAstronomy.SYNODIC_MONTH);
    long newMoon = LunarAstronomy.newMoonEpochDay(k);
    if (LunarAstronomy.sunSector(newMoon) >= 9) {
      newMoon = LunarAstronomy.newMoonEpochDay(k - 1);
    }
    return newMoon;
  }

  /** Returns the index of the month that holds the epoch day, or -1 outside the table. */
  static int monthIndexOf(long epochDay) {
    if (epochDay < START[0] || epochDay >= START[START.length - 1]) {
      return -1;
    }
    int i = BUCKET[(int) (epochDay - START[0]) >> BUCKET_SHIFT];
    while (START[i + 1] <= epochDay) {
      i++;
    }
    return i;
  }

  static int yearOf(int index) {
    return CODE[index] >> 5;
  }

  static int monthOf(int index) {
    return CODE[index] & 15;
  }

  static boolean isLeap(int index) {
    return (CODE[index] & LEAP_BIT) != 0;
  }

  static int lengthOf(int index) {
    return START[index + 1] - START[index];
  }

  /**
   * Returns the index of the given month, or -1 if the lunar year has no such month (a leap month
   * that year does not have) or lies outside the table.
   */
  static int indexOf(int year, int month, boolean leap) {
    int wanted = year * 32 + (leap ? LEAP_BIT : 0) + month;
    if (year < FIRST_YEAR || year - FIRST_YEAR >= MONTH1.length || MONTH1[year - FIRST_YEAR] < 0) {
      // months 11 and 12 of the year before the first month 1 in the table
      for (int j = 0; j < CODE.length && yearOf(j) <= year; j++) {
        if (CODE[j] == wanted) {
          return j;
        }
      }
      return -1;
    }
    int first = MONTH1[year - FIRST_YEAR];
    for (int j = first; j < CODE.length && j < first + 13; j++) {
      if (CODE[j] == wanted) {
        return j;
      }
    }
    return -1;
  }
}
