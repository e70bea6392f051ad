/**
 * Evaluating a plan's {@link io.github.cchc.model.plan.Target} against an indicator value: {@link
 * io.github.cchc.indicators.evaluation.Verdict} MET / NOT_MET / NOT_YET (no dossier yet, or the
 * period not over), the exact gap, the remaining budget ("at most 37 more late dossiers keep &gt;
 * 98%") and a year-end projection from the pace so far. Targets no dossier measures — the plan's
 * tasks, published procedures, the PAR INDEX and SIPAS and their rank — are evaluated by {@link
 * io.github.cchc.indicators.evaluation.MeasureEvaluator}; {@link
 * io.github.cchc.indicators.evaluation.TargetResult} holds either kind of result.
 *
 * <pre>{@code
 * TargetEvaluation e = TargetEvaluator.evaluate(target, value, ReportingCalendar.calendar().year(2024),
 *     LocalDate.of(2024, 9, 30));
 * e.verdict();           // NOT_YET: the year is not over
 * e.remainingBudget();   // OptionalLong[37]
 * e.describe();          // "on_time 98,81% (…) > 98%: chưa đánh giá được (…), thêm tối đa 37 …"
 * e.describe(Locale.ENGLISH);  // "on_time 98,81% (…) > 98%: NOT_YET (…), at most 37 more …"
 * }</pre>
 */
@NullMarked
@CchcStyle
package io.github.cchc.indicators.evaluation;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
