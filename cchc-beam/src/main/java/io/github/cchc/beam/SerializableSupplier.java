package io.github.cchc.beam;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A {@link Supplier} that a runner can ship to its workers: Beam serializes the transforms of a
 * pipeline, and the core's {@code Grouping}, {@code TallyScope} and {@code DossierReader} are not
 * serializable, so the transforms take the recipe that builds them on each worker instead.
 *
 * <pre>{@code
 * LocalDate asOf = LocalDate.of(2024, 12, 31);
 * SerializableSupplier<TallyScope> scope =
 *     () -> TallyScope.of(ReportingCalendar.calendar().year(2024), asOf);
 * }</pre>
 *
 * <p>A lambda is serializable if what it captures is ({@code LocalDate}, strings, numbers, enums).
 *
 * @param <T> the type supplied
 */
@FunctionalInterface
public interface SerializableSupplier<T> extends Supplier<T>, Serializable {}
