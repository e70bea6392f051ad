/**
 * The Vietnamese working-day calendar of the public administration: which days and hours are
 * working time for cán bộ, công chức, viên chức, and when the processing limit of a dossier (thời
 * hạn giải quyết hồ sơ thủ tục hành chính) ends.
 *
 * <ul>
 *   <li>{@link io.github.cchc.indicators.calendar.VietnameseLunarDate}: the Vietnamese lunar
 *       calendar (âm lịch) computed for UTC+7, for Tết Nguyên đán and Giỗ Tổ Hùng Vương.
 *   <li>{@link io.github.cchc.indicators.calendar.WorkingCalendar}: weekends (Quyết định
 *       188/1999/QĐ-TTg), statutory holidays (Bộ luật Lao động 2019 Điều 111-112), the official
 *       yearly schedules 2020-2026 shipped as data (nghỉ bù, hoán đổi ngày làm việc), user
 *       schedules and closures; adding working days and hours, counting working time, the
 *       appointment date (ngày hẹn trả) and on-time status of a dossier (Bộ luật Dân sự 2015 Điều
 *       144-148).
 * </ul>
 *
 * <p>Every type is immutable and thread-safe; times are in {@code Asia/Ho_Chi_Minh}.
 */
@NullMarked
@CchcStyle
package io.github.cchc.indicators.calendar;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
