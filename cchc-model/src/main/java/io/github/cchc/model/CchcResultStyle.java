package io.github.cchc.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the values the library computes and users only read (an indicator value,
 * a target evaluation and its projection, a target result, a deadline assessment, a task standing
 * or count, a scorecard's lost points and ranks, the problems of a read plan): as {@link
 * CchcStyle}, but the generated builder is package-private, so that no user builds a result the
 * computation did not give. Jackson still reads such values back through the hidden builder (the
 * modules open their packages to it).
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
