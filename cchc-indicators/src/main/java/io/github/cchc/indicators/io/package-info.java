/**
 * Streaming readers for dossier exports of one-stop-shop systems: CSV (Vietnamese or English
 * headers, {@code ;} or {@code ,}, UTF-8 with or without BOM, dates {@code dd/MM/yyyy HH:mm} or
 * ISO-8601), JSON Lines, Excel workbooks ({@code .xlsx}, {@code .xls}: the header row under a title
 * block, dates as date cells or texts; Apache POI's event APIs, an optional dependency) and the
 * rows of a SQL query ({@link io.github.cchc.indicators.io.DossierReader#readJdbc}). Memory stays
 * flat in the number of rows: each row becomes a {@link io.github.cchc.model.dossier.Dossier}
 * handed to a consumer and forgotten, and the duplicate-id check of a large file goes to disk (see
 * {@link io.github.cchc.indicators.io.DossierReader#withDuplicateSpillThreshold(long)}).
 *
 * <p>Nothing is dropped silently: a row that cannot be read is a {@link
 * io.github.cchc.indicators.io.RejectedRow} with file, line, column and reason, and every {@link
 * io.github.cchc.indicators.io.ReadReport} keeps {@code rowsRead == accepted + rejected}. A {@link
 * io.github.cchc.indicators.io.ColumnMapping} reads another system's headers without code.
 *
 * <h2>The default export shape</h2>
 *
 * <p>Read without any mapping; either header set (matched ignoring case and Unicode normalisation),
 * values in either language; unknown columns are ignored.
 *
 * <table>
 *   <caption>Columns of the default export</caption>
 *   <tr><th>field</th><th>Vietnamese header</th><th>English header</th><th>values</th></tr>
 *   <tr><td>id *</td><td>Mã hồ sơ</td><td>dossier_id</td><td>text, unique in the file</td></tr>
 *   <tr><td>procedure *</td><td>Mã thủ tục, Tên thủ tục</td><td>procedure_code,
 *       procedure_name</td><td>text</td></tr>
 *   <tr><td>agency *</td><td>Cơ quan giải quyết</td><td>agency</td><td>text</td></tr>
 *   <tr><td>channel *</td><td>Hình thức nộp</td><td>channel</td><td>Trực tiếp / Trực tuyến /
 *       Bưu chính công ích; DIRECT / ONLINE / POSTAL</td></tr>
 *   <tr><td>online level</td><td>Mức độ dịch vụ công</td><td>online_level</td><td>Toàn trình /
 *       Một phần / (empty); FULL / PARTIAL / NONE</td></tr>
 *   <tr><td>received *</td><td>Ngày tiếp nhận</td><td>received_at</td><td>{@code dd/MM/yyyy
 *       HH:mm} or ISO-8601</td></tr>
 *   <tr><td>due *</td><td>Ngày hẹn trả</td><td>due_at</td><td>same</td></tr>
 *   <tr><td>finished</td><td>Ngày có kết quả</td><td>finished_at</td><td>same, empty while in
 *       progress</td></tr>
 *   <tr><td>returned</td><td>Ngày trả kết quả</td><td>returned_at</td><td>same</td></tr>
 *   <tr><td>status</td><td>Trạng thái</td><td>status</td><td>Đang giải quyết / Đã giải quyết /
 *       Rút hồ sơ / Từ chối / Dừng xử lý; IN_PROGRESS / FINISHED / WITHDRAWN / REFUSED / STOPPED;
 *       empty: finished if a finish time is given</td></tr>
 *   <tr><td>pauses</td><td>Tạm dừng</td><td>pauses</td><td>{@code start - end} pairs separated
 *       by {@code |}, end empty while waiting for a supplement</td></tr>
 *   <tr><td>online payment</td><td>Thanh toán trực tuyến</td><td>online_payment</td><td>Có /
 *       Không / Không áp dụng; YES / NO / NA</td></tr>
 *   <tr><td>digitised input</td><td>Số hóa hồ sơ</td><td>input_digitised</td><td>Có / Không; YES
 *       / NO (empty: no)</td></tr>
 *   <tr><td>digitised result</td><td>Số hóa kết quả</td><td>result_digitised</td><td>Có / Không;
 *       YES / NO</td></tr>
 * </table>
 *
 * <p>* required column. JSON Lines: one object per line with the same keys (either language);
 * {@code pauses} may also be an array of {@code {"start": ..., "end": ...}} objects.
 *
 * <p>Two small files kept by hand beside the exports are read to the same standard: the progress of
 * a plan's tasks ({@link io.github.cchc.indicators.io.TaskProgressReader}, {@code
 * task,status,completed_on,note}) and published figures such as the PAR INDEX ({@link
 * io.github.cchc.indicators.io.PublishedMeasureReader}, {@code
 * indicator,period,value,out_of,source}).
 *
 * <pre>{@code
 * TallyAccumulator acc = new TallyAccumulator(Grouping.agency(), scope);
 * ReadReport report = DossierReader.defaults().read(Path.of("ho-so-2024.csv"), acc::add);
 * report.rowsRead() == report.accepted() + report.rejectedCount();  // always
 * }</pre>
 */
@NullMarked
package io.github.cchc.indicators.io;

import org.jspecify.annotations.NullMarked;
