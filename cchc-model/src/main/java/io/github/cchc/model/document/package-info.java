/**
 * Official documents (văn bản) as data: their type, number and symbol, citations of them, and the
 * header of a plan read from its text.
 *
 * <ul>
 *   <li>{@link io.github.cchc.model.document.DocumentType}: Quyết định (QĐ), Kế hoạch (KH), Nghị
 *       định (NĐ), Công văn (no abbreviation), ...;
 *   <li>{@link io.github.cchc.model.document.DocumentNumber}: số và ký hiệu, "24/KH-SNgV",
 *       "107/2021/NĐ-CP", "18-NQ/TW", "5942/UBND-KSTT", the blank "/KH-SNgV" of a draft;
 *   <li>{@link io.github.cchc.model.document.LegalReference}: "Quyết định số 2142/QĐ-UBND ngày
 *       29/12/2023 của UBND tỉnh";
 *   <li>{@link io.github.cchc.model.document.CitationExtractor} and {@link
 *       io.github.cchc.model.document.Citation}: every reference in free text with its span;
 *   <li>{@link io.github.cchc.model.document.DocumentHeader}: type, number, place and date, title,
 *       {@link io.github.cchc.model.document.Signature} and recipients of a plan, or the flag that
 *       the text is an article about a plan.
 * </ul>
 *
 * <p>The rules come from Nghị định 30/2020/NĐ-CP (Điều 8, 13, 15 and Phụ lục I, III) and the seed
 * documents; where the seeds break the rule (e.g. "38-CTr-TU"), parsing is lenient and formatting
 * canonical.
 */
@NullMarked
@CchcStyle
package io.github.cchc.model.document;

import io.github.cchc.model.CchcStyle;
import org.jspecify.annotations.NullMarked;
