package io.github.cchc.model.plan;

import io.github.cchc.model.text.VietnameseText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of chỉ tiêu (a "BIỂU CHỈ TIÊU", a "Phụ lục" of goals) told as the lines a target reader
 * reads: one line per goal cell, "indicator: value unit".
 *
 * <p>The class of tables: a heading row whose first cell numbers the rows ("STT", "TT", "Số TT"),
 * one column naming the indicator ("Chỉ tiêu", "Tên chỉ tiêu", "Nội dung", or a column with no
 * heading), perhaps a unit column ("Đơn vị", "ĐVT", "Đơn vị tính") and one or more goal columns
 * ("Kế hoạch năm 2021 Quốc hội giao", "Mục tiêu phấn đấu năm 2021 của Chính phủ", "Mục tiêu tăng
 * trưởng GRDP 2025 (%)"), beside columns of results ("Thực hiện 2024", "Ước thực hiện", "Kết quả")
 * and others (the body that follows it up). A row's goal is its goal cells, read by the rules of a
 * sentence, with the unit of its unit column or of its column's heading when the cell gives none
 * ("%", "Điểm %"): "Tỷ lệ che phủ rừng | % | Khoảng 42" is "Tỷ lệ che phủ rừng: Khoảng 42%". Result
 * columns and the others are left out: a result is no goal. A sign is read as the words a sentence
 * would use ("≥ 98" as "tối thiểu 98", "> 90" as "trên 90").
 *
 * <p>Two flattened forms are read: rows as cells joined by "|" (the copy of a web page or {@link
 * SourceDocument#text()}), and one cell per line with blank lines between cells (a web page that
 * gives each cell as a paragraph, as mpi.gov.vn's "Chỉ tiêu Kế hoạch phát triển kinh tế - xã hội
 * năm 2021" and thuvienphapluat's copy of Phụ lục II of Nghị quyết 25/NQ-CP, and {@link
 * SourceDocument#headerLines()} of a {@code .docx} table: each cell's lines, then a blank line). In
 * the second form a row starts on the number after the row before (1, 2 … or I, II …) or after as
 * many cells as the heading has; a row with no goal cell filled is a group row ("I | Vùng Đồng bằng
 * sông Hồng"); the table ends at a row whose goal cells hold no figure.
 */
final class GoalTable {
  private GoalTable() {}

  /** The longest cell of a table, in characters: a longer line is prose after the table. */
  private static final int MAX_CELL = 300;

  /** The most cells of a heading row. */
  private static final int MAX_HEADING = 10;

  private static final Pattern NUMBER_HEADING = Pattern.compile("(?:so\\s+)?s?tt\\.?");

  private static final Pattern INDICATOR_HEADING =
      Pattern.compile(
          "(?:ten\\s+|cac\\s+|he\\s+thong\\s+)?(?:chi\\s+tieu|noi\\s+dung)(?:\\s+chu\\s+yeu)?"
              + "(?:\\s+(?:kinh\\s+te|xa\\s+hoi|moi\\s+truong))?|chi\\s+so|linh\\s+vuc");

  /**
   * A column explaining the indicator, which may name it ("Giải thích chỉ tiêu", "Cách tính chỉ
   * tiêu", "Phương pháp tính", "Ghi chú"): no goal column, whatever words of goals it holds.
   */
  private static final Pattern EXPLANATION_HEADING =
      Pattern.compile(
          "(?:giai\\s+thich|cach\\s+(?:tinh|xac\\s+dinh)|phuong\\s+phap\\s+(?:tinh|xac\\s+dinh)"
              + "|mo\\s+ta|dinh\\s+nghia|ghi\\s+chu)\\b");

  private static final Pattern UNIT_HEADING = Pattern.compile("(?:don\\s+vi(?:\\s+tinh)?|dvt)\\.?");

  private static final Pattern RESULT_HEADING =
      Pattern.compile(
          "\\b(?:thuc\\s+hien|uoc(?:\\s+tinh|\\s+dat)?|th|ket\\s+qua|so\\s+sanh|dat\\s+duoc"
              + "|ty\\s+le\\s+(?:dat|hoan\\s+thanh))\\b");

  private static final Pattern GOAL_HEADING =
      Pattern.compile(
          "\\b(?:ke\\s+hoach|kh|muc\\s+tieu|phan\\s+dau|chi\\s+tieu(?:\\s+giao)?|du\\s+kien)\\b");

  /**
   * A cell giving a unit of percent: "%", "Điểm %", "%/năm", and a percent of what it names: "%
   * GDP", "% dân số", "% tổng chi NSNN".
   */
  private static final Pattern PERCENT_UNIT =
      Pattern.compile("(?:diem\\s*)?%(?:\\s*/\\s*nam|\\s+[a-z][a-z ]*)?");

  /** A heading naming its unit of percent in parentheses: "Mục tiêu … 2025 (%)". */
  private static final Pattern HEADING_PERCENT = Pattern.compile("\\(\\s*%\\s*\\)");

  private static final Pattern ROMAN = Pattern.compile("[IVX]{1,5}");

  private static final Pattern FIGURE = Pattern.compile("\\d");

  private static final List<String> ROMANS =
      List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");

  private enum Kind {
    NUMBER,
    INDICATOR,
    UNIT,
    GOAL,
    RESULT,
    OTHER
  }

  /**
   * Returns {@code text} with each goal table in it told as one line per goal cell; the other lines
   * as they are.
   *
   * @param text NFC text with plain spaces, one paragraph (or one cell) per line
   */
  static String rows(String text) {
    List<String> out = new ArrayList<>();
    for (TextLine l : lines(text)) {
      out.add(l.text());
    }
    return String.join("\n", out);
  }

  /**
   * The lines of {@code text}, each goal table in it told as one {@linkplain TextLine#goalCell()
   * goal cell} a line (its heading row told as nothing: the table ends where its rows end, and the
   * paragraph after it is read as it would be without the table); the other lines as they are.
   *
   * @param text NFC text with plain spaces, one paragraph (or one cell) per line
   */
  static List<TextLine> lines(String text) {
    String[] lines = text.split("\n", -1);
    List<TextLine> out = new ArrayList<>(lines.length);
    if (text.indexOf('|') < 0 && text.indexOf("\n\n") < 0) {
      for (String l : lines) {
        out.add(TextLine.of(l));
      }
      return out;
    }
    int i = 0;
    while (i < lines.length) {
      List<String> goals = new ArrayList<>();
      int next = piped(lines, i, goals);
      if (next < 0) {
        next = cellPerLine(lines, i, goals);
      }
      if (next < 0) {
        // the gazette's text of a table, one line of a cell after another (GazetteTableRows)
        GazetteTableRows.Table g = GazetteTableRows.from(lines, i);
        if (g != null && piped(g.rows(), 0, goals) >= 0) {
          next = g.end() + 1;
        }
      }
      if (next < 0) {
        // one cell a line, each closed by a line of "|" alone (BarLineCells)
        BarLineCells.Table t = BarLineCells.from(lines, i);
        if (t != null && piped(t.rows(), 0, goals) >= 0) {
          next = t.end() + 1;
        }
      }
      if (next < 0) {
        // goals beside their results, judged in a column of verdicts (VerdictColumnTable)
        next = VerdictColumnTable.read(lines, i, goals);
      }
      if (next < 0) {
        // a column of names beside a column of figures in percent, announced as goals
        // (PercentColumnPairs)
        next = PercentColumnPairs.read(lines, i, goals);
      }
      if (next < 0) {
        out.add(TextLine.of(lines[i]));
        i++;
      } else {
        for (String g : goals) {
          out.add(TextLine.goal(g));
        }
        i = next;
      }
    }
    return out;
  }

  /**
   * The lines as the target reader reads them: the lines between goal cells joined where a
   * paragraph wraps ({@link WrappedLines}), each goal cell alone (nothing goes on it, it goes on
   * nothing).
   */
  static List<TextLine> joined(List<TextLine> lines) {
    List<TextLine> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (TextLine l : lines) {
      if (!l.goalCell()) {
        run.add(l.text());
        continue;
      }
      if (!run.isEmpty()) {
        WrappedLines.join(String.join("\n", run)).forEach(j -> out.add(TextLine.of(j)));
        run.clear();
      }
      out.add(l);
    }
    if (!run.isEmpty()) {
      WrappedLines.join(String.join("\n", run)).forEach(j -> out.add(TextLine.of(j)));
    }
    return out;
  }

  /**
   * The lines of goals of a table of a Word file, given as its grid of cell texts: one line per
   * goal cell, or none when it is not a goal table.
   */
  static List<String> goalLines(List<List<String>> grid) {
    String[] lines = new String[grid.size()];
    for (int r = 0; r < grid.size(); r++) {
      lines[r] = String.join(" | ", grid.get(r)).replace('\n', ' ');
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (i + 1 < lines.length) {
        // a heading of two rows: its merged cells over the cells of the row under them
        List<String> joined = TwoRowHeading.join(grid.get(i), grid.get(i + 1));
        if (joined != null) {
          String[] rest = new String[lines.length - i - 1];
          rest[0] = String.join(" | ", joined).replace('\n', ' ');
          System.arraycopy(lines, i + 2, rest, 1, lines.length - i - 2);
          if (piped(rest, 0, out) >= 0) {
            return out;
          }
        }
      }
      if (piped(lines, i, out) >= 0) {
        return out;
      }
    }
    return List.of();
  }

  /** A table of "|" rows whose heading is at {@code start}: its goal lines added, or -1. */
  private static int piped(String[] lines, int start, List<String> out) {
    if (lines[start].indexOf('|') < 0) {
      return -1;
    }
    List<Kind> kinds = heading(cells(lines[start]), false);
    if (kinds == null) {
      // a bare "Kết quả" column under a group row of a time ahead (OutcomeColumnAhead)
      List<List<String>> after = new ArrayList<>();
      for (int r = start + 1; r < Math.min(lines.length, start + 3); r++) {
        after.add(cells(lines[r]));
      }
      if (OutcomeColumnAhead.opensByYearAhead(after)) {
        kinds = heading(cells(lines[start]), true);
      }
    }
    if (kinds == null) {
      return -1;
    }
    List<String> units = percentHeadings(cells(lines[start]));
    List<String> told = new ArrayList<>();
    int i = start + 1;
    for (; i < lines.length && lines[i].indexOf('|') >= 0; i++) {
      List<String> cells = cells(lines[i]);
      if (MARKDOWN_SEPARATOR.matcher(lines[i]).matches()) {
        continue; // a Markdown table's line under its heading: no row
      }
      if (!row(cells, kinds, units, told)
          && !(numberedRow(cells) && cells.size() == kinds.size())) {
        break;
      }
    }
    if (told.isEmpty()) {
      return -1;
    }
    out.addAll(told);
    return i;
  }

  /**
   * A row numbered as a row of the table ("7", "11.2", "IV"): a goal cell with no figure in it
   * ("Đạt mức trên trung bình của thế giới") is a goal told in words, read as none, and the rows of
   * "|" after it go on with the table.
   */
  private static boolean numberedRow(List<String> cells) {
    return !cells.isEmpty() && ROW_NUMBER.matcher(cells.get(0).replace("*", "").strip()).matches();
  }

  /** The line of a Markdown table under its heading: "| --- | :---: |". */
  private static final Pattern MARKDOWN_SEPARATOR =
      Pattern.compile("\\s*\\|?(?:\\s*:?-{3,}:?\\s*\\|)+\\s*(?::?-{3,}:?\\s*)?");

  private static final Pattern ROW_NUMBER =
      Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})*\\.?|[IVX]{1,5}\\.?");

  /** A table given one cell per line whose heading opens at {@code start}, or -1. */
  private static int cellPerLine(String[] lines, int start, List<String> out) {
    if (!NUMBER_HEADING.matcher(fold(lines[start])).matches()) {
      return -1;
    }
    List<Cell> cells = cellsFrom(lines, start);
    List<String> marked = ListMarkerRowNumbers.numbered(cells.stream().map(Cell::text).toList());
    for (int c = 0; c < cells.size(); c++) {
      cells.set(c, new Cell(marked.get(c), cells.get(c).endLine()));
    }
    // the heading: the cells before the first row's number
    int width = 0;
    while (width < cells.size()
        && width < MAX_HEADING
        && !(width > 0 && isFirstRow(cells.get(width).text()))) {
      width++;
    }
    if (width < 2 || width >= cells.size()) {
      return -1;
    }
    List<String> heads = new ArrayList<>();
    for (int k = 0; k < width; k++) {
      heads.add(cells.get(k).text());
    }
    List<Kind> kinds = heading(heads, false);
    if (kinds == null) {
      // a bare "Kết quả" column under a group row of a time ahead (OutcomeColumnAhead)
      List<String> firstRow = new ArrayList<>();
      for (int k = width; k < Math.min(cells.size(), 2 * width); k++) {
        firstRow.add(cells.get(k).text());
      }
      if (OutcomeColumnAhead.opensByYearAhead(List.of(firstRow))) {
        kinds = heading(heads, true);
      }
    }
    if (kinds == null) {
      return -1;
    }
    List<String> units = percentHeadings(heads);
    List<String> told = new ArrayList<>();
    int k = width;
    int end = cells.get(width - 1).endLine();
    int arabic = 0;
    int roman = 0;
    while (k < cells.size()) {
      List<String> row = new ArrayList<>();
      String first = cells.get(k).text();
      boolean numbered = false;
      if (first.equals(String.valueOf(arabic + 1))) {
        arabic++;
        numbered = true;
      } else if (roman < ROMANS.size() && first.equals(ROMANS.get(roman))) {
        roman++;
        numbered = true;
      } else if (arabic > 0 && first.matches(arabic + "\\.\\d{1,2}")) {
        numbered = true; // a row dividing the row before: "11.1", "11.2" under "11"
      }
      int rowStart = k;
      if (!numbered) {
        row.add(""); // a row without its number ("- Trong đó: …")
      }
      while (k < cells.size() && row.size() < width) {
        String t = cells.get(k).text();
        if (k > rowStart && (t.equals(String.valueOf(arabic + 1)) || isNextRoman(t, roman))) {
          break;
        }
        if (t.length() > MAX_CELL) {
          break;
        }
        row.add(t);
        k++;
      }
      if (k == rowStart || (!row(row, kinds, units, told) && !(numbered && row.size() == width))) {
        k = rowStart;
        break;
      }
      end = cells.get(k - 1).endLine();
    }
    if (told.isEmpty()) {
      return -1;
    }
    out.addAll(told);
    return end + 1;
  }

  private static boolean isFirstRow(String cell) {
    return cell.equals("1") || cell.equals("I");
  }

  private static boolean isNextRoman(String t, int roman) {
    return roman < ROMANS.size() && t.equals(ROMANS.get(roman)) && ROMAN.matcher(t).matches();
  }

  /** A cell of a table given one per line, with the last line it takes. */
  private record Cell(String text, int endLine) {}

  /**
   * The cells from {@code start}: lines between blank lines; a line of spaces only, or a blank line
   * more than one between two cells, is an empty cell.
   */
  private static List<Cell> cellsFrom(String[] lines, int start) {
    List<Cell> cells = new ArrayList<>();
    StringBuilder current = null;
    int blanks = 0;
    for (int i = start; i < lines.length; i++) {
      String raw = lines[i];
      if (raw.isEmpty()) {
        if (current != null) {
          cells.add(new Cell(current.toString().strip(), i - 1));
          current = null;
          blanks = 0;
        } else if (++blanks > 1) {
          cells.add(new Cell("", i));
          blanks = 0;
        }
        continue;
      }
      blanks = 0;
      if (raw.isBlank()) {
        if (current != null) {
          cells.add(new Cell(current.toString().strip(), i - 1));
        }
        cells.add(new Cell("", i));
        current = null;
        continue;
      }
      if (current == null) {
        current = new StringBuilder(raw.strip());
      } else {
        current.append(' ').append(raw.strip());
      }
      if (current.length() > MAX_CELL) {
        cells.add(new Cell(current.toString(), i));
        break;
      }
    }
    if (current != null) {
      cells.add(new Cell(current.toString().strip(), lines.length - 1));
    }
    return cells;
  }

  /**
   * The kinds of the columns of a heading row, or {@code null} when it is not the heading of a goal
   * table: the first column numbers the rows and one column at least is a goal.
   */
  private static List<Kind> heading(List<String> heads, boolean outcomeAhead) {
    if (heads.size() < 2 || heads.size() > MAX_HEADING) {
      return null;
    }
    List<Kind> kinds = new ArrayList<>();
    boolean goal = false;
    boolean indicator = false;
    for (int k = 0; k < heads.size(); k++) {
      String f = fold(heads.get(k));
      Kind kind;
      if (k == 0 && NUMBER_HEADING.matcher(f).matches()) {
        kind = Kind.NUMBER;
      } else if (!indicator && INDICATOR_HEADING.matcher(f).matches()) {
        kind = Kind.INDICATOR;
      } else if (UNIT_HEADING.matcher(f).matches()) {
        kind = Kind.UNIT;
      } else if (EXPLANATION_HEADING.matcher(f).lookingAt()) {
        // "Giải thích chỉ tiêu", "Cách tính chỉ tiêu": what a goal means, not a goal
        kind = Kind.OTHER;
      } else if (outcomeAhead && OutcomeColumnAhead.isOutcome(f)) {
        kind = Kind.GOAL; // the outcome to reach by the year ahead (OutcomeColumnAhead)
      } else if (RESULT_HEADING.matcher(f).find()
          && !f.startsWith("ke hoach")
          && !f.startsWith("muc tieu")) {
        kind = Kind.RESULT;
      } else if (!f.isEmpty() && GOAL_HEADING.matcher(f).find()) {
        kind = Kind.GOAL;
      } else if (f.isEmpty() && !indicator) {
        kind = Kind.INDICATOR; // a column with no heading before the goals: what they are of
      } else {
        kind = Kind.OTHER;
      }
      indicator |= kind == Kind.INDICATOR;
      goal |= kind == Kind.GOAL;
      kinds.add(kind);
    }
    return kinds.get(0) == Kind.NUMBER && indicator && goal ? kinds : null;
  }

  /** The unit each column's heading names ("%" for "(%)"), or "" for none. */
  private static List<String> percentHeadings(List<String> heads) {
    List<String> units = new ArrayList<>();
    for (String h : heads) {
      units.add(HEADING_PERCENT.matcher(h).find() ? "%" : "");
    }
    return units;
  }

  /**
   * Tells a row's goal cells into {@code told}; returns false when the row is no row of the table
   * (a goal cell filled with no figure in it).
   */
  private static boolean row(
      List<String> row, List<Kind> kinds, List<String> units, List<String> told) {
    String indicator = "";
    String unit = "";
    List<String> goals = new ArrayList<>();
    List<String> goalUnits = new ArrayList<>();
    for (int k = 0; k < Math.min(row.size(), kinds.size()); k++) {
      String cell = row.get(k).strip();
      switch (kinds.get(k)) {
        case INDICATOR -> indicator = cell;
        case UNIT -> unit = cell;
        case GOAL -> {
          goals.add(cell);
          goalUnits.add(units.get(k));
        }
        default -> {}
      }
    }
    if (unit.isEmpty() && HEADING_PERCENT.matcher(indicator).find()) {
      // an indicator naming its unit in brackets, with no unit column: "Dịch vụ (%)" is told
      // "Dịch vụ: 47 - 49%", the unit after the figures as a sentence gives it
      unit = "%";
      indicator = HEADING_PERCENT.matcher(indicator).replaceAll("").replaceAll("\\s+([,:])", "$1");
    }
    boolean any = false;
    List<String> lines = new ArrayList<>();
    for (int g = 0; g < goals.size(); g++) {
      String cell = goals.get(g);
      if (cell.isEmpty()) {
        continue;
      }
      if (!FIGURE.matcher(cell).find()) {
        return false;
      }
      any = true;
      if (indicator.isEmpty()) {
        continue;
      }
      if (RankColumnUnit.isRank(unit)) {
        // places in rankings, one a line, each of the row's indicator (RankColumnUnit)
        for (String place : RankColumnUnit.places(cell)) {
          lines.add(indicator.replaceAll("[\\s:.;,]+$", "") + ": " + place);
        }
        continue;
      }
      lines.add(
          indicator.replaceAll("[\\s:.;,]+$", "")
              + ": "
              + withUnit(
                  signs(cell),
                  PointsOfARate.isPercentPoints(unit, indicator) ? "điểm %" : unit,
                  goalUnits.get(g)));
    }
    if (!any && indicator.length() > MAX_CELL) {
      return false;
    }
    told.addAll(lines);
    return true;
  }

  /**
   * The cell with the unit of its row or column after each of its figures when it gives none. A
   * cell of several figures, each a value or a range ("6,5-7, phấn đấu 7-7,5" under "Chỉ tiêu tăng
   * trưởng (%)": a floor and a goal to strive for), takes the unit after each, as a sentence would
   * give them ("6,5-7%, phấn đấu 7-7,5%"); a year in the cell ("năm 2025") takes none.
   */
  private static String withUnit(String cell, String unit, String headingUnit) {
    if (cell.indexOf('%') >= 0) {
      return cell;
    }
    String u = unit.strip();
    String fu = fold(u);
    String suffix;
    if (!u.isEmpty() && PERCENT_UNIT.matcher(fu).matches()) {
      suffix = fu.startsWith("diem") ? " điểm %" : "%";
    } else if (u.isEmpty() && !headingUnit.isEmpty()) {
      suffix = headingUnit;
    } else {
      return cell;
    }
    Matcher m = VALUE.matcher(cell);
    StringBuilder b = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      any = true;
      m.appendReplacement(b, Matcher.quoteReplacement(m.group() + suffix));
    }
    m.appendTail(b);
    return any ? b.toString() : cell;
  }

  /**
   * A figure or a range of a goal cell not followed by a unit of its own ("6,5-7", "1 - 1,5",
   * "45,2"), not a year ("2025").
   */
  private static final Pattern VALUE =
      Pattern.compile(
          "(?<![\\d.,])(?!(?:19|20)\\d{2}(?![\\d.,]))\\d+(?:[.,]\\d+)*"
              + "(?:\\s*[-–]\\s*\\d+(?:[.,]\\d+)*)?(?![\\d.,]*\\d)(?!\\s*\\p{L})");

  /** Signs in words, as a sentence gives them: "≥ 98" is "tối thiểu 98", "> 90" "trên 90". */
  private static String signs(String cell) {
    return cell.replaceAll("(?:≥|>=)\\s*", "tối thiểu ")
        .replaceAll("(?:≤|<=)\\s*", "tối đa ")
        .replaceAll(">\\s*", "trên ")
        .replaceAll("<\\s*", "dưới ");
  }

  private static List<String> cells(String line) {
    String l = line.strip();
    if (l.startsWith("|")) {
      l = l.substring(1);
    }
    if (l.endsWith("|")) {
      l = l.substring(0, l.length() - 1);
    }
    List<String> cells = new ArrayList<>();
    for (String c : l.split("\\|", -1)) {
      cells.add(c.strip());
    }
    return cells;
  }

  private static String fold(String s) {
    return VietnameseText.fold(s.strip()).replaceAll("\\s+", " ");
  }
}
