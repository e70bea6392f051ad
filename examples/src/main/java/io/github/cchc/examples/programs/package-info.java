/**
 * Small example programs, one concept each, each runnable with one command, for example:
 *
 * <pre>{@code
 * java -cp examples/target/cchc.jar io.github.cchc.examples.programs.DueDates
 * }</pre>
 */
@NullMarked
package io.github.cchc.examples.programs;

import org.jspecify.annotations.NullMarked;
