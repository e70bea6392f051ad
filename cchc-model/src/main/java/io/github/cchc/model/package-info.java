/**
 * The vocabulary of Vietnam's public administration reform (cải cách hành chính, CCHC): immutable
 * values for official documents, legal references, plans, targets, units and dossiers.
 *
 * <p>This root package holds what every sub-package shares, such as {@link
 * io.github.cchc.model.CchcParseException}, the one exception every parser of this module throws on
 * bad input. Concepts live in sub-packages named for them. Nothing in this module computes
 * indicators or renders reports: those are {@code io.github.cchc.indicators} and {@code
 * io.github.cchc.reporting}, which depend on this module and never the other way round.
 */
@NullMarked
package io.github.cchc.model;

import org.jspecify.annotations.NullMarked;
