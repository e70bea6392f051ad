/**
 * Embedding a report in a provincial portal: a minimal Javalin application that serves a report's
 * HTML fragment inside a portal page and the report's JSON at an endpoint.
 *
 * <pre>{@code
 * try (PortalApp app = PortalApp.start(ReportView.of(fragment, json), "127.0.0.1", 0)) {
 *   System.out.println(app.uri()); // http://127.0.0.1:41234/
 * }
 * }</pre>
 */
@NullMarked
package io.github.cchc.examples.web;

import org.jspecify.annotations.NullMarked;
