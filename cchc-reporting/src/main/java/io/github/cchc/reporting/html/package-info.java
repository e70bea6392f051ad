/**
 * HTML for one {@link io.github.cchc.reporting.model.Report}: {@link
 * io.github.cchc.reporting.html.HtmlRenderer#fragment()} gives an element to embed in a portal page
 * (one root element, CSS scoped under its class, no script, no external resource, every text
 * escaped with the OWASP Java Encoder), {@link io.github.cchc.reporting.html.HtmlRenderer#page()} a
 * standalone page in the official A4 layout. The output is well-formed XML as well, so the PDF
 * renderer lays it out unchanged.
 */
@NullMarked
package io.github.cchc.reporting.html;

import org.jspecify.annotations.NullMarked;
