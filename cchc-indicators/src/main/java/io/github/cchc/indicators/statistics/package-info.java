/**
 * The statistics of TTHC processing that provinces submit every period, with the columns of Biểu số
 * II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP ngày 21/10/2020): per agency, the dossiers received
 * (carried over from the previous period, new online, new in person or by post), finished (early,
 * on time, late) and in progress at the end of the period (within time, overdue).
 *
 * <pre>{@code
 * ProcessingStatistics s = ProcessingStatistics.of(period, asOf, Dossier::agency);
 * dossiers.forEach(s::add);
 * s.total().carriedOver();   // received before the period and not ended before it
 * s.byGroup().get("Sở Xây dựng").openOverdue();
 * }</pre>
 */
@NullMarked
package io.github.cchc.indicators.statistics;

import org.jspecify.annotations.NullMarked;
