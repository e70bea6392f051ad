package io.github.cchc.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who reports what, when, from a plan's organisation of implementation (tổ chức thực hiện).
 *
 * <pre>{@code
 * // "Trưởng các phòng chuyên môn thuộc Sở căn cứ vào Kế hoạch này định kỳ hàng tháng, quý, 6
 * // tháng, năm triển khai thực hiện và báo cáo kết quả về Văn phòng Sở."
 * duty.unit();          // "Các phòng chuyên môn thuộc Sở"
 * duty.frequencies();   // [MONTHLY, QUARTERLY, SIX_MONTHS, YEARLY]
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = ReportingDutyBuilder.class)
public abstract class ReportingDuty {
  ReportingDuty() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static ReportingDutyBuilder builder() {
    return new ReportingDutyBuilder();
  }

  /** Returns the unit that reports (the heading of its sub-section of tổ chức thực hiện). */
  public abstract String unit();

  /** Returns how often it reports. */
  public abstract Set<ReportingFrequency> frequencies();

  /** Returns the sentence of the plan that sets the duty. */
  public abstract String text();
}
