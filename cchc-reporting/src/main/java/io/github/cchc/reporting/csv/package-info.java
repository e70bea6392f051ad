/**
 * CSV for one {@link io.github.cchc.reporting.model.Report}, for Excel: UTF-8 with a byte order
 * mark, RFC 4180 quoting, and every text that a spreadsheet could take for a formula neutralised
 * ({@link io.github.cchc.reporting.csv.CsvRenderer}).
 */
@NullMarked
package io.github.cchc.reporting.csv;

import org.jspecify.annotations.NullMarked;
