package io.github.vetmobility.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the types whose builder is API ({@code Mobility.builder()}, ...): {@link
 * ValueStyle}, with the generated build method named {@code buildValue}.
 *
 * <p>Each such type declares its own abstract {@code Builder}, with a Javadoc comment on every
 * method, and the generated builder extends it (generated methods are final and cannot be
 * documented by overriding). The declared {@code build()} calls {@code buildValue()} through {@link
 * Required}, so a missing field is an {@code InvalidValueException} that names it.
 *
 * <p>SOURCE retention and no Immutables annotation in class files, as for {@link ValueStyle}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    build = "buildValue",
    defaults = @Value.Immutable(copy = true))
public @interface BuilderStyle {}
