/**
 * The sample data that ships with the examples: a deterministic generator of one province's dossier
 * export for a year, in the CSV shape of a one-stop-shop system (Vietnamese headers, {@code
 * dd/MM/yyyy HH:mm} dates, UTF-8).
 *
 * <p>The export is too big to commit (about 1 M rows), so {@link
 * io.github.cchc.examples.data.SampleData#ensureDossiers(java.nio.file.Path)} writes it on first
 * use into the git-ignored folder {@code examples/data/generated/}; the same seed gives the same
 * bytes on every machine and every JDK, because the generator uses its own random number generator
 * (SplitMix64), its own fixed calendar table for 2024 and no floating-point formatting.
 *
 * <pre>{@code
 * java -cp examples/target/cchc.jar io.github.cchc.examples.data.SampleData
 * }</pre>
 */
@NullMarked
package io.github.cchc.examples.data;

import org.jspecify.annotations.NullMarked;
