package io.github.vetmobility.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vetmobility.validation.internal.AccreditationCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is the code of an Erasmus accreditation (key action KA120, with a field), for
 * example {@code 2021-1-RO01-KA120-VET-000042802}, or {@code 2020-1-PL01-KA120-VET-095178} for the
 * first accreditation call.
 *
 * <p>Supported type: {@link CharSequence}. {@code null} is valid: combine with {@code @NotNull}
 * where a value is required. The check is the one of core's parser, so a value accepted here is one
 * that {@code io.github.vetmobility.identifier.AccreditationCode.parse} accepts.
 *
 * @see io.github.vetmobility.identifier.AccreditationCode
 */
// The validator is internal: the provider instantiates it, hosts never see it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = AccreditationCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(AccreditationCode.List.class)
public @interface AccreditationCode {
  /** {@return the message template; by default the key {@value #MESSAGE}} */
  String message() default MESSAGE;

  /** {@return the groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload attached to the constraint} */
  Class<? extends Payload>[] payload() default {};

  /** The default message key, namespaced by the annotation's full name. */
  String MESSAGE = "{io.github.vetmobility.validation.AccreditationCode.message}";

  /**
   * Several {@code @AccreditationCode} constraints on the same element, for example in different
   * groups.
   */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the repeated constraints} */
    AccreditationCode[] value();
  }
}
