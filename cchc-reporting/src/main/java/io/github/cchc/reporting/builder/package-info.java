/**
 * Builders that compute the content of a {@link io.github.cchc.reporting.model.Report} from
 * figures: {@link io.github.cchc.reporting.builder.UnitRanking} ranks units on one indicator by
 * their exact rate (numerator over denominator); {@link
 * io.github.cchc.reporting.builder.TargetAchievementReport} lays out the evaluated targets of a
 * plan ({@link io.github.cchc.reporting.builder.TargetLine#of}, from the target evaluation of
 * {@code cchc-indicators}); {@link io.github.cchc.reporting.builder.PeriodicReport} the periodic
 * CCHC report (quý I, 6 tháng, 9 tháng, năm). A builder computes (rates, ranks, totals) and never
 * formats a number: the cells it produces are typed values that renderers format.
 */
@NullMarked
@CchcStyle
package io.github.cchc.reporting.builder;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
