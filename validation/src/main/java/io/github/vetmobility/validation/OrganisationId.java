package io.github.vetmobility.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vetmobility.validation.internal.OrganisationIdValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is an Organisation ID (OID): {@code E} followed by 8 digits, for example
 * {@code E10208308}. Surrounding white space and a lower-case {@code e} are tolerated, as by the
 * parser.
 *
 * <p>Supported type: {@link CharSequence}. {@code null} is valid: combine with {@code @NotNull}
 * where a value is required. The check is the one of core's parser, so a value accepted here is one
 * that {@code io.github.vetmobility.identifier.OrganisationId.parse} accepts.
 *
 * @see io.github.vetmobility.identifier.OrganisationId
 */
// The validator is internal: the provider instantiates it, hosts never see it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = OrganisationIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(OrganisationId.List.class)
public @interface OrganisationId {
  /** {@return the message template; by default the key {@value #MESSAGE}} */
  String message() default MESSAGE;

  /** {@return the groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload attached to the constraint} */
  Class<? extends Payload>[] payload() default {};

  /** The default message key, namespaced by the annotation's full name. */
  String MESSAGE = "{io.github.vetmobility.validation.OrganisationId.message}";

  /**
   * Several {@code @OrganisationId} constraints on the same element, for example in different
   * groups.
   */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the repeated constraints} */
    OrganisationId[] value();
  }
}
