/**
 * PDF for one {@link io.github.cchc.reporting.model.Report}: the standalone HTML page laid out on
 * A4 by openhtmltopdf (PDFBox 3), with the shipped Liberation Serif embedded (subset) so every
 * Vietnamese letter prints, charts as pictures, and page numbers centred in the top margin from
 * page 2.
 */
@NullMarked
package io.github.cchc.reporting.pdf;

import org.jspecify.annotations.NullMarked;
