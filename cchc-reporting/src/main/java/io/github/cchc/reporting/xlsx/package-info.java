/**
 * XLSX for one {@link io.github.cchc.reporting.model.Report} ({@link
 * io.github.cchc.reporting.xlsx.XlsxRenderer}, Apache POI): numbers stay numbers, shown with number
 * formats, under a frozen header with merged group cells.
 */
@NullMarked
package io.github.cchc.reporting.xlsx;

import org.jspecify.annotations.NullMarked;
