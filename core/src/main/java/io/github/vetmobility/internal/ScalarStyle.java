package io.github.vetmobility.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the small values made by factories ({@code Money.ofCents}, {@code
 * Edition.of}, ...): {@link ValueStyle} without a builder. The types carry a bare {@code
 * Value.Immutable}, so no annotation attribute reaches their class files.
 *
 * <p>SOURCE retention: the annotation never reaches a class file, and this package is not exported
 * by the module, so it is invisible to hosts. Generated classes carry no annotation of the
 * Immutables jar either ({@code allowedClasspathAnnotations}): a host compiles against core without
 * that jar, and {@code -Xlint:all} would warn about every annotation it cannot find.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(builder = false, copy = true))
public @interface ScalarStyle {}
