package io.github.vetmobility.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vetmobility.validation.internal.ProjectReferenceValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is an Erasmus+ project reference in the 2014-2020 format ({@code
 * 2019-1-DE02-KA102-005678}) or the 2021-2027 format ({@code 2024-1-IT01-KA121-VET-000123456}).
 * Case and surrounding white space are tolerated, as by the parser.
 *
 * <p>Supported type: {@link CharSequence}. {@code null} is valid: combine with {@code @NotNull}
 * where a value is required. The check is the one of core's parser, so a value accepted here is one
 * that {@code io.github.vetmobility.identifier.ProjectReference.parse} accepts.
 *
 * @see io.github.vetmobility.identifier.ProjectReference
 */
// The validator is internal: the provider instantiates it, hosts never see it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = ProjectReferenceValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ProjectReference.List.class)
public @interface ProjectReference {
  /** {@return the message template; by default the key {@value #MESSAGE}} */
  String message() default MESSAGE;

  /** {@return the groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload attached to the constraint} */
  Class<? extends Payload>[] payload() default {};

  /** The default message key, namespaced by the annotation's full name. */
  String MESSAGE = "{io.github.vetmobility.validation.ProjectReference.message}";

  /**
   * Several {@code @ProjectReference} constraints on the same element, for example in different
   * groups.
   */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the repeated constraints} */
    ProjectReference[] value();
  }
}
