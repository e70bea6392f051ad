package io.github.cchc.model.unit;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An administrative unit during its validity period: a province or centrally-run city, a district
 * (until 30 June 2025) or a commune, with the unit that succeeded it.
 *
 * <p>A merged or renamed unit is a new unit with a new id: "Tỉnh Đồng Nai" before 1 July 2025 and
 * after it are different territories, so {@code dong-nai} and {@code dong-nai-2025} are two units.
 *
 * <pre>{@code
 * AdministrativeUnit bp = AdministrativeUnits.provinces().get("binh-phuoc");
 * bp.name();                                  // "Tỉnh Bình Phước"
 * bp.validTo();                               // Optional[2025-06-30]
 * bp.successor();                             // Optional[dong-nai-2025]
 * bp.isValidOn(LocalDate.of(2024, 2, 22));    // true
 * }</pre>
 */
@Value.Immutable
@JsonDeserialize(builder = AdministrativeUnitBuilder.class)
public abstract class AdministrativeUnit {
  /** The level of a unit. */
  public enum Level {
    /** Tỉnh or thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Huyện, quận, thị xã, thành phố thuộc tỉnh (ended 1 July 2025). */
    DISTRICT,
    /** Xã, phường, thị trấn, đặc khu. */
    COMMUNE
  }

  AdministrativeUnit() {}

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static AdministrativeUnitBuilder builder() {
    return new AdministrativeUnitBuilder();
  }

  /** Returns the id, unique across time: "binh-phuoc", "dong-nai-2025". */
  public abstract String id();

  /** Returns the official name with its kind: "Tỉnh Bình Phước", "Thành phố Đồng Nai". */
  public abstract String name();

  /** Returns the level. */
  public abstract Level level();

  /** Returns the first day of validity; empty when it existed before the data's period. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> validFrom();

  /** Returns the last day of validity (inclusive); empty while it exists. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> validTo();

  /** Returns the id of the unit that took over its territory, if it ended. */
  public abstract Optional<String> successor();

  /** Returns the legal source of the entry. */
  public abstract String source();

  /**
   * Returns the confidence of the entry: "S" (secondary sources), "M" (from memory, to verify), "V"
   * (verified in the legal text).
   */
  public abstract String confidence();

  /**
   * Tells whether the unit exists on {@code date}.
   *
   * @param date the day
   * @return whether {@code date} is within the validity period
   */
  public boolean isValidOn(LocalDate date) {
    return validFrom().map(f -> !date.isBefore(f)).orElse(true)
        && validTo().map(t -> !date.isAfter(t)).orElse(true);
  }

  @Value.Check
  void check() {
    if (validFrom().isPresent()
        && validTo().isPresent()
        && validTo().get().isBefore(validFrom().get())) {
      throw new IllegalStateException(id() + ": validTo before validFrom");
    }
    if (successor().isPresent() && validTo().isEmpty()) {
      throw new IllegalStateException(id() + ": a successor needs an end of validity");
    }
  }
}
