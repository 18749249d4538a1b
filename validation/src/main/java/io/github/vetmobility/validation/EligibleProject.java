package io.github.vetmobility.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vetmobility.validation.internal.EligibleProjectValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated core {@code Project} is eligible under the rules its project reference names: the
 * project-level rules and, for each of its mobilities, the mobility-level rules. Every finding
 * becomes one constraint violation on its path (e.g. {@code endDate}, {@code
 * mobilities[2].receiving.country}), with message, parameters and dynamic payload as described for
 * {@link EligibleMobility}. {@code null} is valid.
 */
// The validator is internal: the provider instantiates it, hosts never see it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = EligibleProjectValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, CONSTRUCTOR, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(EligibleProject.List.class)
public @interface EligibleProject {
  /**
   * {@return the message template} Left at its default, each finding is reported with its rule's
   * own message; any other template reports one violation for the whole project.
   */
  String message() default MESSAGE;

  /** {@return the groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload attached to the constraint} */
  Class<? extends Payload>[] payload() default {};

  /** {@return whether findings of severity warning are reported too; {@code false} by default} */
  boolean reportWarnings() default false;

  /**
   * {@return whether a rule that could not be checked (a value unknown for the edition, an input
   * not given) is a violation} By default it is only a warning finding, reported with {@link
   * #reportWarnings()}; strict validation accepts only what was checked.
   */
  boolean strict() default false;

  /** The default message key, namespaced by the annotation's full name. */
  String MESSAGE = "{io.github.vetmobility.validation.EligibleProject.message}";

  /**
   * Several {@code @EligibleProject} constraints on the same element, for example in different
   * groups.
   */
  @Documented
  @Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, CONSTRUCTOR, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the repeated constraints} */
    EligibleProject[] value();
  }
}
