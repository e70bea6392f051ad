/**
 * Builders that compute the content of a {@link io.github.cchc.reporting.model.Report} from
 * figures: {@link io.github.cchc.reporting.builder.UnitRanking} ranks units on one indicator by
 * their exact rate (numerator over denominator). A builder computes (rates, ranks, totals) and
 * never formats a number: the cells it produces are typed values that renderers format.
 */
@NullMarked
@CchcStyle
package io.github.cchc.reporting.builder;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
