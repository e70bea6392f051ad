/**
 * Reports in the official Vietnamese layout. {@link io.github.cchc.reporting.ReportFormat} names
 * the file formats and gives their renderers; the report itself is in {@code model}, the builders
 * that compute one in {@code builder}, and each renderer family in its own package ({@code html},
 * {@code pdf}, {@code docx}, {@code xlsx}, {@code csv}, {@code json}, {@code svg}).
 *
 * <p>This root package depends on the renderer packages; none of them depends on it.
 */
@NullMarked
package io.github.cchc.reporting;

import org.jspecify.annotations.NullMarked;
