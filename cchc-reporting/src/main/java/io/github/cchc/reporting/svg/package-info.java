/**
 * Charts as pictures: {@link io.github.cchc.reporting.svg.SvgChartWriter} writes a {@link
 * io.github.cchc.reporting.model.Chart} as a small, deterministic SVG document (same chart, same
 * bytes), and {@link io.github.cchc.reporting.svg.PngChartPainter} paints the same drawing as a PNG
 * for formats that take pictures (DOCX, PDF). Both draw from one package-private layout, so the two
 * pictures agree.
 */
@NullMarked
package io.github.cchc.reporting.svg;

import org.jspecify.annotations.NullMarked;
