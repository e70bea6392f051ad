package io.github.cchc.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type of cchc-sdk, set once: put it on a {@code
 * package-info.java} (or a type) next to {@code @Value.Immutable}.
 *
 * <p>The abstract type is the public API ({@code DocumentNumber}); the implementation is hidden and
 * the builder is a public top-level class ({@code DocumentNumberBuilder}) that the abstract type
 * returns from its {@code builder()} factory. Accessors have plain names ({@code number()}), as in
 * {@code java.time}. The generated code carries no Immutables annotation, so code compiled against
 * it needs no Immutables on its class path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PRIVATE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    jakarta = true,
    depluralize = true,
    defaultAsDefault = true,
    headerComments = false,
    // No org.immutables.value.Generated on the generated code: Immutables is a compile-time tool
    // of this library, absent from its users' class path, where javac then warned "Cannot find
    // annotation method 'from()'" on every use of a builder (and failed -Werror builds).
    allowedClasspathAnnotations = {Override.class})
public @interface CchcStyle {}
