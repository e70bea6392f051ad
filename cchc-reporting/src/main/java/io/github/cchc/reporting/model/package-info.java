/**
 * The report as data: an official Vietnamese administrative document (Nghị định 30/2020/NĐ-CP) made
 * of a {@link io.github.cchc.reporting.model.OfficialHeader} (quốc hiệu, tiêu ngữ, issuing body,
 * số/ký hiệu, place and date), a title, {@link io.github.cchc.reporting.model.Section}s of {@link
 * io.github.cchc.reporting.model.Paragraph}s, {@link io.github.cchc.reporting.model.Table}s and
 * {@link io.github.cchc.reporting.model.Chart}s, a {@link
 * io.github.cchc.reporting.model.SignatureBlock} and the recipients (Nơi nhận).
 *
 * <p>Everything here is an immutable value with a builder and a Jackson form. The model holds typed
 * values (counts, exact percentages, dates), never formatted text: a builder computes, a renderer
 * formats, and neither does the other's job. Renderer packages depend on this package; this package
 * depends on no renderer.
 */
@NullMarked
@CchcStyle
package io.github.cchc.reporting.model;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
