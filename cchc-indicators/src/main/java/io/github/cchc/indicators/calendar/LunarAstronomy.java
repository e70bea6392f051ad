package io.github.cchc.indicators.calendar;

/**
 * The two astronomical quantities the Vietnamese lunar calendar needs, in the truncated series that
 * Hồ Ngọc Đức's description of the calendar uses (after Jean Meeus, <i>Astronomical
 * Algorithms</i>): the instant of the k-th mean-corrected new moon and the apparent longitude of
 * the sun. Both are evaluated for the local day in UTC+7, the time zone of the Vietnamese calendar
 * since 1968.
 *
 * <p>Doubles are fine here: the results are rounded to whole local days (new moons) or 30-degree
 * sectors (major solar terms), and the day-by-day comparison with an independent implementation in
 * the tests guards the rounding.
 */
final class LunarAstronomy {
  /** Julian day number of 1970-01-01 (epoch day 0). */
  static final long JDN_EPOCH = 2440588L;

  /** Hours east of Greenwich of the Vietnamese calendar. */
  private static final double ZONE_HOURS = 7.0;

  /** Mean synodic month in days. */
  static final double SYNODIC_MONTH = 29.530588853;

  /** Julian date of the first new moon of the series (k = 0), 1900-01-01. */
  private static final double NEW_MOON_ZERO = 2415021.076998695;

  private static final double RAD = Math.PI / 180.0;

  private LunarAstronomy() {}

  /**
   * Returns the Julian date (UT) of the new moon with index {@code k}, counted from the new moon of
   * 1 January 1900.
   */
  static double newMoon(long k) {
    double t = k / 1236.85; // Julian centuries since 1900-01-01
    double t2 = t * t;
    double t3 = t2 * t;
    double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
    double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
    double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
    double latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
    double c =
        (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly)
            + 0.0021 * Math.sin(2 * sunAnomaly)
            - 0.4068 * Math.sin(moonAnomaly)
            + 0.0161 * Math.sin(2 * moonAnomaly)
            - 0.0004 * Math.sin(3 * moonAnomaly)
            + 0.0104 * Math.sin(2 * latitude)
            - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
            - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
            + 0.0004 * Math.sin(2 * latitude + sunAnomaly)
            - 0.0004 * Math.sin(2 * latitude - sunAnomaly)
            - 0.0006 * Math.sin(2 * latitude + moonAnomaly)
            + 0.0010 * Math.sin(2 * latitude - moonAnomaly)
            + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
    double deltaT;
    if (t < -11) {
      deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    } else {
      deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    }
    return jd + c - deltaT;
  }

  /** Returns the epoch day of the local (UTC+7) day on which new moon {@code k} falls. */
  static long newMoonEpochDay(long k) {
    return newMoonEpochDay(k, ZONE_HOURS);
  }

  /**
   * Returns the epoch day of the local day, {@code zoneHours} east of UT, of new moon {@code k}.
   */
  static long newMoonEpochDay(long k, double zoneHours) {
    return (long) Math.floor(newMoon(k) + 0.5 + zoneHours / 24.0) - JDN_EPOCH;
  }

  /** Returns the index k of the new moon nearest to the start of the given epoch day. */
  static long newMoonIndexNear(long epochDay) {
    return Math.round((epochDay + JDN_EPOCH - NEW_MOON_ZERO) / SYNODIC_MONTH);
  }

  /** Returns the sun's apparent longitude, in radians in [0, 2π), at the Julian date {@code jd}. */
  static double sunLongitude(double jd) {
    double t = (jd - 2451545.0) / 36525; // Julian centuries since J2000
    double t2 = t * t;
    double anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
    double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double centre =
        (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly)
            + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly)
            + 0.000290 * Math.sin(3 * anomaly);
    double longitude = (meanLongitude + centre) * RAD;
    return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
  }

  /**
   * Returns the 30-degree sector (0 to 11) of the sun's longitude at the start (00:00 UTC+7) of the
   * given epoch day; sector 9 begins at the winter solstice (270°). A lunar month without a change
   * of sector holds no major solar term (trung khí).
   */
  static int sunSector(long epochDay) {
    return sunSector(epochDay, ZONE_HOURS);
  }

  /** As {@link #sunSector(long)}, at local midnight {@code zoneHours} east of UT. */
  static int sunSector(long epochDay, double zoneHours) {
    double jdAtLocalMidnight = epochDay + JDN_EPOCH - 0.5 - zoneHours / 24.0;
    return (int) (sunLongitude(jdAtLocalMidnight) / Math.PI * 6);
  }
}
