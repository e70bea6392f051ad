package io.github.cchc.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the values the library computes and users only read (a target evaluation,
 * its projection): as {@link CchcStyle}, but the generated builder is package-private, so that no
 * user builds a result the computation did not give.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PRIVATE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    jakarta = true,
    depluralize = true,
    defaultAsDefault = true,
    headerComments = false,
    allowedClasspathAnnotations = {Override.class})
public @interface CchcResultStyle {}
