package io.github.vetmobility.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that may be {@code null}; Immutables recognises the simple name. Used only for
 * the hidden, derived attributes that {@link Unboxed} reads. Not part of the API.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Nullable {}
