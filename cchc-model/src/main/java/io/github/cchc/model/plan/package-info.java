/**
 * A CCHC plan (Kế hoạch) as data: its {@link io.github.cchc.model.plan.Target targets} (chỉ tiêu)
 * read by {@link io.github.cchc.model.plan.TargetExtractor}, {@link io.github.cchc.model.plan.Task
 * tasks} with their {@link io.github.cchc.model.plan.Assignment assignments} (chủ trì, phối hợp,
 * sản phẩm, {@link io.github.cchc.model.plan.Deadline thời hạn}), the {@link
 * io.github.cchc.model.plan.ReformArea reform areas} of the PAR INDEX, and the {@link
 * io.github.cchc.model.plan.Plan plan} itself, read from plain text or Word by {@link
 * io.github.cchc.model.plan.PlanReader}.
 *
 * <pre>{@code
 * List<Target> targets = TargetExtractor.extract(
 *     "Trên 98% hồ sơ TTHC tiếp nhận trong năm được giải quyết đúng hạn cho người dân, tổ chức.");
 * targets.get(0).comparator();   // Comparison.GT
 * targets.get(0).indicator();    // Optional[on_time]
 * }</pre>
 *
 * <p>Reading {@code .docx} files needs Apache POI ({@code org.apache.poi:poi-ooxml}) on the class
 * path: it is an optional dependency of this module, so users who read only text do not carry it.
 */
@NullMarked
@CchcStyle
package io.github.cchc.model.plan;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
