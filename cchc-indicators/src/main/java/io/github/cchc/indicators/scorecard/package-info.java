/**
 * Index scorecards — the PAR INDEX of Bộ Nội vụ, a province's own index of its departments: a tree
 * of {@link io.github.cchc.indicators.scorecard.Criterion criteria} with maximum points, a {@link
 * io.github.cchc.indicators.scorecard.Scorecard} of one unit's scores with totals and the criteria
 * that lost points, and the {@link io.github.cchc.indicators.scorecard.Ranking} of units. Points
 * are exact decimals.
 *
 * <pre>{@code
 * Criterion index = Criterion.of("PAR", "Chỉ số CCHC", List.of(
 *     Criterion.leaf("1", "Công tác chỉ đạo, điều hành CCHC", "9.5"),
 *     Criterion.leaf("2", "Cải cách thể chế", "8")));
 * Scorecard sxd = Scorecard.of("Sở Xây dựng", index, Map.of("1", new BigDecimal("9"), "2", new BigDecimal("8")));
 * sxd.total();        // 17
 * sxd.lostPoints();   // [1 Công tác chỉ đạo, điều hành CCHC: -0.5]
 * }</pre>
 */
@NullMarked
@CchcStyle
package io.github.cchc.indicators.scorecard;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
