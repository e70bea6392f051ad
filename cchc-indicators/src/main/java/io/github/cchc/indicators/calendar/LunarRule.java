package io.github.cchc.indicators.calendar;

/**
 * For which meridian the Vietnamese lunar calendar is computed.
 *
 * <p>Vietnam has computed its calendar for UTC+7 (105° E) since 1968 (Quyết định 121-CP of 1967);
 * from 1955 to 1967 its almanacs followed the calendar computed for UTC+8 (120° E), China's.
 * Time4J's {@code VietnameseCalendar} follows UTC+8 for 1955-1967 and UTC+7 for the other years.
 * {@link #UTC7} applies UTC+7 to every year (the default, and the rule of most converters); {@link
 * #UTC8_1955_1967} gives the dates printed in 1955-1967: 210 days of those years differ, Tết 1965
 * among them (2 February instead of 1 February).
 *
 * <pre>{@code
 * VietnameseLunarDate.tet(1965, LunarRule.UTC8_1955_1967);  // 1965-02-02
 * VietnameseLunarDate.tet(1965);                            // 1965-02-01
 * }</pre>
 */
public enum LunarRule {
  /** UTC+7 for every year (default). */
  UTC7,
  /** UTC+8 for the days of 1955 to 1967, UTC+7 before and after. */
  UTC8_1955_1967
}
