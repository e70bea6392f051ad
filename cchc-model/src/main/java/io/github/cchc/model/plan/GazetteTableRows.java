package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of chỉ tiêu as the official gazette's text and {@code pdftotext} give an appendix: one
 * line of a cell after another, no mark between cells, each cell wrapped over several lines, the
 * page's header ("CÔNG BÁO/Số 259/Ngày 30-04-2026", the page's number) and the table's heading
 * again cutting it at each page. The class: "Phụ lục I / CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU … /
 * TT / CHỈ TIÊU / MỤC TIÊU / 2026 - 2030 / CƠ QUAN CHỦ / TRÌ, THEO DÕI / CƠ QUAN / PHỐI HỢP" of
 * Nghị quyết 109/NQ-CP, whose rows are the row's number on a line, the indicator over lines ending
 * on its unit in brackets ("quân/năm (%)"), the goal ("Phấn đấu ≥ / 10,0", "11 - 12", "Thuộc nhóm /
 * 3 nước dẫn / đầu ASEAN"), then the bodies.
 *
 * <p>A row is told back as a row of "|" cells (number, indicator, goal) under the heading "TT | CHỈ
 * TIÊU | <the goal column's heading>", for {@link GoalTable} to read as it reads any row: the goal
 * column's heading decides whether the table is one of goals ("MỤC TIÊU 2026 - 2030") or of results
 * ("Kết quả thực hiện năm 2025", "Ước thực hiện": no goal column, nothing told). The indicator ends
 * on a line ending on a unit in brackets (an acronym in brackets, "(CIP)", is a name, no unit), or
 * before a line that opens a goal: a figure (not a year alone), a sign, or a word of a goal's bound
 * in capitals ("Phấn đấu", "Thuộc nhóm", "Khoảng" …). The goal goes on over lines in lower case or
 * opening on a figure, until the bodies' capital ("Bộ Công Thương", "1. Các bộ"). Rows under "Trong
 * đó:" with no number of their own ("Nhóm nông, lâm, thuỷ sản / 10 - 12") take the unit of the row
 * they divide.
 */
final class GazetteTableRows {
  private GazetteTableRows() {}

  /** The most lines of a heading. */
  private static final int MAX_HEADING = 12;

  /** The longest line of a heading. */
  private static final int MAX_HEADING_LINE = 40;

  /** The most lines between two rows: more, and the table has ended. */
  private static final int MAX_ROW_LINES = 60;

  private static final Pattern NUMBER_HEADING = Pattern.compile("(?:so\\s+)?s?tt\\.?");

  private static final Pattern INDICATOR_HEADING =
      Pattern.compile("(?:ten\\s+|cac\\s+)?chi\\s+tieu(?:\\s+chu\\s+yeu)?");

  /** A heading line of the columns after the goals: the bodies, a note. */
  private static final Pattern OTHER_HEADING =
      Pattern.compile("(?:co\\s+quan|don\\s+vi|ghi\\s+chu|bo,?\\s+nganh)\\b.*");

  /** The page's header of the gazette: "CÔNG BÁO/Số 259/Ngày 30-04-2026". */
  private static final Pattern PAGE_HEADER = Pattern.compile("cong\\s+bao\\s*/\\s*so\\b.*");

  /** A unit in brackets at the end of a line: "(%)", "(USD)", "(triệu lượt)". */
  private static final Pattern UNIT_END = Pattern.compile("\\(([^()]{1,25})\\)\\s*$");

  /** An acronym in brackets, a name and no unit: "(CIP)", "(GSI)". */
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,7}");

  /** A year alone on a line: a wrapped indicator's "đến năm / 2030", no goal. */
  private static final Pattern YEAR_ALONE = Pattern.compile("(?:19|20)\\d{2}\\.?");

  /** An item of a list of bodies: "1. Bộ Tài chính". */
  private static final Pattern LIST_ITEM = Pattern.compile("\\d{1,2}\\.\\s.*");

  /** A line opening a goal by a figure or a sign. */
  private static final Pattern FIGURE_START = Pattern.compile("(?:[≥≤><]|\\d).*");

  /** A line opening a goal by a word of its bound (in capitals: see opensGoal), on folded text. */
  private static final Pattern BOUND_START =
      Pattern.compile(
          "(?:phan\\s+dau|thuoc\\s+nhom|trong\\s+nhom|nam\\s+trong|dat|toi\\s+thieu|toi\\s+da|tren"
              + "|duoi|khoang|khong|it\\s+nhat)\\b.*");

  /**
   * A word of intent opening a goal cell ("Phấn đấu ≥ 10,0"): the column's heading says the cell is
   * a goal, and the word before the figure would be read as what the figure is of.
   */
  private static final Pattern WORD_OF_INTENT =
      Pattern.compile("^(?iu)phấn\\s+đấu\\s+(?=[≥≤><\\d])");

  private static final Pattern SUB_ROWS = Pattern.compile("trong\\s+do\\s*:?\\s*");

  private static final List<String> ROMANS =
      List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

  /** The table read: its heading and rows as lines of "|" cells, and the line after it. */
  record Table(String[] rows, int end) {}

  /** The table whose heading opens at {@code start} ("TT"), or {@code null}. */
  static Table from(String[] lines, int start) {
    if (!NUMBER_HEADING.matcher(Fold.fold(lines[start])).matches()) {
      return null;
    }
    // the heading: the lines up to the first row's number
    List<String> heading = new ArrayList<>();
    int i = start + 1;
    while (i < lines.length && heading.size() < MAX_HEADING) {
      String l = lines[i].strip();
      if (l.equals("1") || l.equals("I")) {
        break;
      }
      if (l.isEmpty() || l.length() > MAX_HEADING_LINE || l.indexOf('|') >= 0) {
        return null;
      }
      heading.add(l);
      i++;
    }
    if (heading.size() < 2
        || i >= lines.length
        || !INDICATOR_HEADING.matcher(Fold.fold(heading.get(0))).matches()) {
      return null;
    }
    StringBuilder goal = new StringBuilder();
    StringBuilder other = new StringBuilder();
    for (int h = 1; h < heading.size(); h++) {
      String l = heading.get(h);
      if (other.length() > 0 || OTHER_HEADING.matcher(Fold.fold(l)).matches()) {
        other.append(' ').append(l);
      } else {
        goal.append(' ').append(l);
      }
    }
    if (goal.length() == 0) {
      return null;
    }
    List<String> out = new ArrayList<>();
    out.add(
        lines[start].strip()
            + " | "
            + heading.get(0)
            + " | "
            + goal.toString().strip()
            + (other.length() > 0 ? " | " + other.toString().strip() : ""));
    int arabic = 0;
    int roman = 0;
    Row row = null;
    String parentUnit = "";
    boolean subRows = false;
    boolean gap = false;
    int sinceRow = 0;
    int end = i;
    for (; i < lines.length; i++) {
      String l = lines[i].strip();
      String f = Fold.fold(l);
      if (l.isEmpty()) {
        gap = true;
        continue;
      }
      if (PAGE_HEADER.matcher(f).matches()) {
        // the page's header, its number, and the heading again
        i++;
        while (i < lines.length && lines[i].isBlank()) {
          i++;
        }
        if (i < lines.length && lines[i].strip().matches("\\d{1,4}")) {
          i++;
        }
        while (i < lines.length && lines[i].isBlank()) {
          i++;
        }
        if (i < lines.length && NUMBER_HEADING.matcher(Fold.fold(lines[i])).matches()) {
          int h = 0;
          while (h < heading.size()
              && i + 1 + h < lines.length
              && lines[i + 1 + h].strip().equals(heading.get(h))) {
            h++;
          }
          if (h == heading.size()) {
            i += h;
          } else {
            break;
          }
        } else {
          i--;
        }
        gap = false;
        continue;
      }
      if (l.length() > LineCells.MAX_CELL || l.indexOf('|') >= 0 || f.startsWith("phu luc")) {
        break;
      }
      boolean nextArabic = l.equals(String.valueOf(arabic + 1));
      boolean nextRoman = roman < ROMANS.size() && l.equals(ROMANS.get(roman));
      if (nextArabic || nextRoman) {
        flush(row, out, parentUnit, other.length() > 0);
        if (row != null && !row.unit.isEmpty() && !subRows) {
          parentUnit = row.unit;
        }
        if (nextArabic) {
          arabic++;
        } else {
          roman++;
        }
        row = new Row(l);
        subRows = false;
        parentUnit = "";
        gap = false;
        sinceRow = 0;
        end = i;
        continue;
      }
      if (row == null || ++sinceRow > MAX_ROW_LINES) {
        break;
      }
      boolean opensSubRow = SUB_ROWS.matcher(f).lookingAt() && row.phase != Phase.INDICATOR;
      if (opensSubRow || (subRows && gap && row.phase == Phase.OTHER)) {
        if (!subRows && !row.unit.isEmpty()) {
          parentUnit = row.unit;
        }
        flush(row, out, parentUnit, other.length() > 0);
        row = new Row("");
        subRows = true;
        sinceRow = 0;
        gap = false;
        end = i;
        if (opensSubRow) {
          // "Trong đó:" alone, or before the first divided row's indicator
          l = SUB_ROWS.matcher(f).lookingAt() ? l.substring(subRowsEnd(l)).strip() : l;
          if (l.isEmpty()) {
            continue;
          }
        }
      }
      gap = false;
      row.add(l);
      end = i;
    }
    flush(row, out, parentUnit, other.length() > 0);
    if (out.size() < 2) {
      return null;
    }
    return new Table(out.toArray(String[]::new), end);
  }

  /** Where the words "Trong đó:" opening {@code l} end. */
  private static int subRowsEnd(String l) {
    java.util.regex.Matcher m = SUB_ROWS.matcher(Fold.fold(l));
    return m.lookingAt() ? Math.min(m.end(), l.length()) : 0;
  }

  private static void flush(Row row, List<String> out, String parentUnit, boolean withOther) {
    if (row == null) {
      return;
    }
    String indicator = row.indicator.toString().strip();
    String unit = row.unit.isEmpty() ? parentUnit : row.unit;
    if (!row.unit.isEmpty()) {
      indicator = UNIT_END.matcher(indicator).replaceFirst("").strip();
    }
    out.add(
        (row.number.isEmpty() ? "-" : row.number)
            + " | "
            + indicator
            + (unit.isEmpty() ? "" : " (" + unit + ")")
            + " | "
            + WORD_OF_INTENT.matcher(row.value.toString().strip()).replaceFirst("")
            + (withOther ? " | " : ""));
  }

  private enum Phase {
    INDICATOR,
    VALUE,
    OTHER
  }

  private static final class Row {
    final String number;
    final StringBuilder indicator = new StringBuilder();
    final StringBuilder value = new StringBuilder();
    String unit = "";
    Phase phase = Phase.INDICATOR;

    Row(String number) {
      this.number = number;
    }

    void add(String l) {
      switch (phase) {
        case INDICATOR -> {
          if (indicator.length() > 0 && opensGoal(l)) {
            phase = Phase.VALUE;
            add(l);
            return;
          }
          indicator.append(' ').append(l);
          java.util.regex.Matcher u = UNIT_END.matcher(l);
          if (u.find() && !ACRONYM.matcher(u.group(1).strip()).matches()) {
            unit = u.group(1).strip();
            phase = Phase.VALUE;
          }
        }
        case VALUE -> {
          boolean figure = value.toString().chars().anyMatch(Character::isDigit);
          if (value.length() == 0
              || (!LIST_ITEM.matcher(l).matches()
                  && (!figure
                      || Character.isLowerCase(l.codePointAt(0))
                      || Character.isDigit(l.codePointAt(0))))) {
            value.append(' ').append(l);
          } else {
            phase = Phase.OTHER;
          }
        }
        default -> {}
      }
    }
  }

  /** Whether a line of a row opens its goal: a figure (no year alone), a sign, a bound's word. */
  private static boolean opensGoal(String l) {
    if (FIGURE_START.matcher(l).matches()) {
      return !YEAR_ALONE.matcher(l).matches() && !LIST_ITEM.matcher(l).matches();
    }
    return Character.isUpperCase(l.codePointAt(0))
        && BOUND_START.matcher(VietnameseText.fold(l)).matches();
  }
}
