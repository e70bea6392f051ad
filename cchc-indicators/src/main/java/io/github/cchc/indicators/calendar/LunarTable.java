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
  final int[] start;

  /** Per month: lunar year × 32 + leap bit (16) + month number (1 to 12). */
  private final int[] code;

  /** Buckets of 32 days: the index of the month holding each bucket's first day. */
  private static final int BUCKET_SHIFT = 5;

  private final int[] bucketIndex;

  /** The first lunar year whose month 1 is in the table. */
  private final int firstYear;

  /** Per lunar year from firstYear: the index of its month 1, or -1. */
  private final int[] month1Index;

  private final LunarRule rule;

  private static final long UTC8_FROM = LocalDate.of(1955, 1, 1).toEpochDay();
  private static final long UTC7_FROM = LocalDate.of(1968, 1, 1).toEpochDay();

  /** The calendar for UTC+7 in every year (the default); after the constants it uses. */
  static final LunarTable UTC7 = new LunarTable(LunarRule.UTC7);

  private static final class Historical {
    static final LunarTable INSTANCE = new LunarTable(LunarRule.UTC8_1955_1967);
  }

  /** Returns the table of a rule, computed on first use. */
  static LunarTable of(LunarRule rule) {
    return rule == LunarRule.UTC7 ? UTC7 : Historical.INSTANCE;
  }

  LunarRule rule() {
    return rule;
  }

  /** The local day of new moon k under the rule: UTC+8 for a day of 1955-1967, if historical. */
  private long newMoonDay(long k) {
    if (rule == LunarRule.UTC7) {
      return LunarAstronomy.newMoonEpochDay(k);
    }
    long day = LunarAstronomy.newMoonEpochDay(k, 8.0);
    return day >= UTC8_FROM && day < UTC7_FROM ? day : LunarAstronomy.newMoonEpochDay(k);
  }

  private int sunSector(long epochDay) {
    return rule == LunarRule.UTC8_1955_1967 && epochDay >= UTC8_FROM && epochDay < UTC7_FROM
        ? LunarAstronomy.sunSector(epochDay, 8.0)
        : LunarAstronomy.sunSector(epochDay);
  }

  private LunarTable(LunarRule rule) {
    this.rule = rule;
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
        int sector = sunSector(newMoonDay(k + 1));
        for (int j = 1; j < 13; j++) {
          int next = sunSector(newMoonDay(k + j + 1));
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
        long first = j == 0 ? month11 : newMoonDay(k + j);
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
    this.start = Arrays.copyOf(start, n + 1);
    this.code = Arrays.copyOf(code, n);
    int days = this.start[n] - this.start[0];
    int[] bucket = new int[(days >> BUCKET_SHIFT) + 1];
    for (int b = 0, i = 0; b < bucket.length; b++) {
      int day = this.start[0] + (b << BUCKET_SHIFT);
      while (i + 1 < n && this.start[i + 1] <= day) {
        i++;
      }
      bucket[b] = i;
    }
    this.bucketIndex = bucket;
    int first = yearOf(0) + 1;
    int[] month1 = new int[yearOf(n - 1) - first + 1];
    Arrays.fill(month1, -1);
    for (int i = 0; i < n; i++) {
      if (monthOf(i) == 1 && !isLeap(i)) {
        month1[yearOf(i) - first] = i;
      }
    }
    this.firstYear = first;
    this.month1Index = month1;
  }

  /**
   * Returns the epoch day on which month 11 of the lunar year that ends in Gregorian year y starts.
   */
  private long month11(int gregorianYear) {
    long dec31 = LocalDate.of(gregorianYear, 12, 31).toEpochDay();
    long k =
        (long)
            Math.floor((dec31 + LunarAstronomy.JDN_EPOCH - 2415021) / LunarAstronomy.SYNODIC_MONTH);
    long newMoon = newMoonDay(k);
    if (sunSector(newMoon) >= 9) {
      newMoon = newMoonDay(k - 1);
    }
    return newMoon;
  }

  /** Returns the index of the month that holds the epoch day, or -1 outside the table. */
  int monthIndexOf(long epochDay) {
    if (epochDay < start[0] || epochDay >= start[start.length - 1]) {
      return -1;
    }
    int i = bucketIndex[(int) (epochDay - start[0]) >> BUCKET_SHIFT];
    while (start[i + 1] <= epochDay) {
      i++;
    }
    return i;
  }

  int yearOf(int index) {
    return code[index] >> 5;
  }

  int monthOf(int index) {
    return code[index] & 15;
  }

  boolean isLeap(int index) {
    return (code[index] & LEAP_BIT) != 0;
  }

  int lengthOf(int index) {
    return start[index + 1] - start[index];
  }

  /**
   * Returns the index of the given month, or -1 if the lunar year has no such month (a leap month
   * that year does not have) or lies outside the table.
   */
  int indexOf(int year, int month, boolean leap) {
    int wanted = year * 32 + (leap ? LEAP_BIT : 0) + month;
    if (year < firstYear
        || year - firstYear >= month1Index.length
        || month1Index[year - firstYear] < 0) {
      // months 11 and 12 of the year before the first month 1 in the table
      for (int j = 0; j < code.length && yearOf(j) <= year; j++) {
        if (code[j] == wanted) {
          return j;
        }
      }
      return -1;
    }
    int first = month1Index[year - firstYear];
    for (int j = first; j < code.length && j < first + 13; j++) {
      if (code[j] == wanted) {
        return j;
      }
    }
    return -1;
  }
}
