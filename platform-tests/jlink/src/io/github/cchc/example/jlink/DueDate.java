package io.github.cchc.example.jlink;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cchc.indicators.calendar.WorkingCalendar;
import io.github.cchc.model.document.DocumentNumber;
import io.github.cchc.model.jackson.CchcModule;
import io.github.cchc.reporting.ReportFormat;
import java.time.LocalDate;

/**
 * The due date of a dossier received on a day, with a time limit in working days, by the
 * Vietnamese working-day calendar; run from the image that build-image.sh links.
 *
 * <pre>{@code
 * platform-tests/target/jlink/image/bin/due-date 2026-02-12 5 24/KH-SNgV
 * }</pre>
 */
public final class DueDate {
  private DueDate() {}

  /**
   * Prints the due date and the document number as JSON.
   *
   * @param args the day received (ISO), the limit in working days, a document number
   * @throws Exception if an argument is not understood
   */
  public static void main(String[] args) throws Exception {
    LocalDate received = LocalDate.parse(args[0]);
    int days = Integer.parseInt(args[1]);
    LocalDate due = WorkingCalendar.official().plusWorkingDays(received, days);
    System.out.println("Nhận " + received + ", hạn " + days + " ngày làm việc: " + due);
    JsonMapper mapper = JsonMapper.builder().addModule(new CchcModule()).build();
    System.out.println("Văn bản: " + mapper.writeValueAsString(DocumentNumber.parse(args[2])));
    System.out.println("Định dạng báo cáo: " + ReportFormat.HTML.renderer().mediaType());
  }
}
