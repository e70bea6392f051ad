/**
 * Vietnamese text helpers shared by every parser of this library: Unicode NFC normalisation,
 * diacritic folding for matching (including đ/Đ), and Vietnamese dates in the forms official
 * documents and running text use.
 *
 * <ul>
 *   <li>{@link io.github.cchc.model.text.VietnameseText}: {@code nfc}, {@code fold}, matching that
 *       ignores case and diacritics;
 *   <li>{@link io.github.cchc.model.text.VietnameseDates}: "29/12/2023", "15/7/2021", "ngày 17
 *       tháng 01 năm 2020" to {@link java.time.LocalDate} and back, with the leading-zero rule of
 *       Nghị định 30/2020/NĐ-CP (day below 10, months 1 and 2);
 *   <li>{@link io.github.cchc.model.text.PartialDate}: a date whose day (or month) is left blank,
 *       as in the draft date line "ngày tháng 02 năm 2024";
 *   <li>{@link io.github.cchc.model.text.DateLine}: the official place-and-date line "Bình Phước,
 *       ngày 05 tháng 02 năm 2024";
 *   <li>{@link io.github.cchc.model.text.FusedDateline}: a web page's dateline fused with a line of
 *       its text ("date 2026-01-20 …", "… 19/01/2026 13:17"), taken off before the line is read.
 * </ul>
 *
 * <p>Every parser normalises its input to NFC first; offsets in exceptions refer to the NFC text.
 */
@NullMarked
@CchcStyle
package io.github.cchc.model.text;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
