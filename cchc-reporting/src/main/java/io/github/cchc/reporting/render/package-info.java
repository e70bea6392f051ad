/**
 * What every renderer shares: the {@link io.github.cchc.reporting.render.ReportRenderer} contract
 * (one {@link io.github.cchc.reporting.model.Report} in, one file out) and {@link
 * io.github.cchc.reporting.render.VietnameseFormat}, the one place where numbers and dates become
 * the text people read ("12.345", "98,50%", "Bình Phước, ngày 05 tháng 7 năm 2024").
 *
 * <p>The renderer packages ({@code html}, {@code pdf}, {@code docx}, {@code xlsx}, {@code csv},
 * {@code json}, {@code svg}) depend on this package and on the model; nothing here depends on them.
 */
@NullMarked
package io.github.cchc.reporting.render;

import org.jspecify.annotations.NullMarked;
