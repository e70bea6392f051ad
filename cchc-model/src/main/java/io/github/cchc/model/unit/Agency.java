package io.github.cchc.model.unit;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agency (cơ quan, đơn vị) of an administrative unit during its validity period, such as "Sở
 * Ngoại vụ" of "Tỉnh Bình Phước"; agencies merge too (Bộ LĐTBXH into Bộ Nội vụ on 1 March 2025).
 *
 * <pre>{@code
 * Agency sngv = Agency.builder()
 *     .name("Sở Ngoại vụ tỉnh Bình Phước")
 *     .unit("binh-phuoc")
 *     .build();
 * // the unit whose 2026 data a 2024 plan of this agency compares with:
 * sngv.unitOn(LocalDate.of(2026, 6, 1), AdministrativeUnits.provinces()).name();
 * // "Thành phố Đồng Nai"
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = AgencyBuilder.class)
public abstract class Agency {
  Agency() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static AgencyBuilder builder() {
    return new AgencyBuilder();
  }

  /** Returns the name as written in documents. */
  public abstract String name();

  /** Returns the id of the administrative unit it belongs to. */
  public abstract String unit();

  /** Returns the first day of validity, if known. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> validFrom();

  /** Returns the last day of validity (inclusive), if it ended. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> validTo();

  /** Returns the name of the agency that took over its tasks, if it ended. */
  public abstract Optional<String> successor();

  /**
   * Tells whether the agency exists on {@code date}.
   *
   * @param date the day
   * @return whether {@code date} is within the validity period
   */
  public boolean isValidOn(LocalDate date) {
    return validFrom().map(f -> !date.isBefore(f)).orElse(true)
        && validTo().map(t -> !date.isAfter(t)).orElse(true);
  }

  /**
   * Returns the administrative unit that covers this agency's territory on {@code date}: its own
   * unit, or that unit's successor on that day.
   *
   * @param date the day
   * @param units the units to resolve in
   * @return the unit valid on {@code date}
   * @throws java.util.NoSuchElementException if the unit is unknown or has no successor then
   */
  public AdministrativeUnit unitOn(LocalDate date, AdministrativeUnits units) {
    return units.successorOn(unit(), date);
  }
}
