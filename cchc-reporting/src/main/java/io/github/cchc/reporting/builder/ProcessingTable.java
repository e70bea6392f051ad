package io.github.cchc.reporting.builder;

import io.github.cchc.indicators.statistics.ProcessingCounts;
import io.github.cchc.reporting.model.Cell;
import io.github.cchc.reporting.model.Column;
import io.github.cchc.reporting.model.HeaderGroup;
import io.github.cchc.reporting.model.Row;
import io.github.cchc.reporting.model.Table;
import io.github.cchc.reporting.model.TableBuilder;
import java.util.Map;

/**
 * The statistical table of TTHC processing in the columns of Biểu số II.06a/VPCP/KSTT (Thông tư
 * 01/2020/TT-VPCP): per agency, received (total; in the period online, in person or by post;
 * carried over from the previous period), finished (total, early, on time, late) and in progress
 * (total, within time, overdue), a total line last.
 *
 * <pre>{@code
 * Table t = ProcessingTable.of("Bảng 3. Tình hình, kết quả giải quyết TTHC", statistics.byGroup());
 * }</pre>
 */
public final class ProcessingTable {
  /** The form whose columns the table follows: {@value}. */
  public static final String FORM = "Biểu số II.06a/VPCP/KSTT";

  private ProcessingTable() {}

  /**
   * The table of the given lines.
   *
   * @param caption the caption ("Bảng 3. Tình hình, kết quả giải quyết thủ tục hành chính")
   * @param byAgency the counts per agency, in the order to show
   * @return the table
   */
  public static Table of(String caption, Map<String, ProcessingCounts> byAgency) {
    TableBuilder table =
        Table.builder()
            .caption(caption)
            .unitNote("Đơn vị tính: hồ sơ (" + FORM + ")")
            .addColumns(
                Column.of("STT"),
                Column.of("Cơ quan, đơn vị"),
                Column.of("Tổng số"),
                Column.of("Trong kỳ: trực tuyến"),
                Column.of("Trong kỳ: trực tiếp, bưu chính"),
                Column.of("Từ kỳ trước"),
                Column.of("Tổng số"),
                Column.of("Trước hạn"),
                Column.of("Đúng hạn"),
                Column.of("Quá hạn"),
                Column.of("Tổng số"),
                Column.of("Trong hạn"),
                Column.of("Quá hạn"))
            .addGroups(
                HeaderGroup.of("", 2),
                HeaderGroup.of("Số hồ sơ tiếp nhận", 4),
                HeaderGroup.of("Số hồ sơ đã giải quyết", 4),
                HeaderGroup.of("Số hồ sơ đang giải quyết", 3));
    ProcessingCounts total = ProcessingCounts.ZERO;
    int index = 0;
    for (Map.Entry<String, ProcessingCounts> e : byAgency.entrySet()) {
      total = total.plus(e.getValue());
      table.addRows(line(Cell.count(++index), e.getKey(), e.getValue()));
    }
    table.addTotals(line(Cell.empty(), "Tổng cộng", total));
    return table.build();
  }

  private static Row line(Cell number, String agency, ProcessingCounts c) {
    return Row.of(
        number,
        Cell.text(agency),
        Cell.count(c.received()),
        Cell.count(c.newOnline()),
        Cell.count(c.newInPerson()),
        Cell.count(c.carriedOver()),
        Cell.count(c.finished()),
        Cell.count(c.finishedEarly()),
        Cell.count(c.finishedOnTime()),
        Cell.count(c.finishedLate()),
        Cell.count(c.inProgress()),
        Cell.count(c.inProgressWithinTime()),
        Cell.count(c.inProgressOverdue()));
  }
}
