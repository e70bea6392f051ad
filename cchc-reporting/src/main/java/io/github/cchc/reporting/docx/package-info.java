/**
 * DOCX for one {@link io.github.cchc.reporting.model.Report} in the official layout of Nghị định
 * 30/2020/NĐ-CP ({@link io.github.cchc.reporting.docx.DocxRenderer}, Apache POI XWPF).
 */
@NullMarked
package io.github.cchc.reporting.docx;

import org.jspecify.annotations.NullMarked;
