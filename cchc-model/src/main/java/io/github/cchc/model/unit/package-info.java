/**
 * Administrative units (tỉnh, thành phố trực thuộc trung ương; xã, phường) and agencies with
 * validity periods and successors, so that a plan of 2024 and data of 2026 line up across the 2025
 * reorganisation (63 provinces merged into 34 on 1 July 2025; district level ended).
 *
 * <p>The province-level table ships as data, {@code provinces.csv} in this package, with the source
 * and a confidence tag on each row; {@link io.github.cchc.model.unit.AdministrativeUnits} reads it.
 *
 * <pre>{@code
 * AdministrativeUnits units = AdministrativeUnits.provinces();
 * units.successorOn("binh-phuoc", LocalDate.of(2026, 6, 1)).name();  // "Thành phố Đồng Nai"
 * }</pre>
 */
@NullMarked
@CchcStyle
package io.github.cchc.model.unit;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
