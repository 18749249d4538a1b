package io.github.vetmobility.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vetmobility.validation.internal.EligibleMobilityValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated mobility is eligible under the rules of its edition: the rule book of core's engine
 * assesses it, and every finding becomes one constraint violation.
 *
 * <p>Supported types: core's {@code Mobility}, any type implementing {@link MobilitySource}, and
 * any type for which {@link #mapper()} names a {@link MobilityMapper}. {@code null} is valid.
 *
 * <p>Each violation:
 *
 * <ul>
 *   <li>lies on the property path of the finding, relative to the mobility (e.g. {@code endDate},
 *       {@code receiving.country}), below the annotated element, unless the {@link #mapper()}'s
 *       {@link MobilityMapper#paths()} names the host's own property for it ({@code hostCountry});
 *   <li>has the message template {@code {io.github.vetmobility.rules.RULE-ID}}, which reads as
 *       core's {@code Finding.message(Locale)} in the locale the provider interpolates in (words
 *       such as the side of an organisation translated too); the finding's arguments (numbers,
 *       dates, codes) and {@code ruleId} are message parameters as well, for a host that words a
 *       rule's message in its own {@code ValidationMessages.properties};
 *   <li>carries the core {@code Finding} (rule id, severity, arguments, citation) as dynamic
 *       payload: {@code violation.unwrap(HibernateConstraintViolation.class)
 *       .getDynamicPayload(Finding.class)}.
 * </ul>
 *
 * <p>Message parameters and dynamic payload are Hibernate Validator features; with another provider
 * the violations have the same paths and templates but no payload or parameters.
 *
 * <p>The rule book: the one the mobility's project reference names; else {@link #ruleBook()}; else
 * the fallback of the {@link EligibilitySettings} set on the validator factory. A mobility for
 * which none applies gets one violation on {@code projectReference}.
 *
 * <p>Findings of severity warning are reported only if {@link #reportWarnings()} is set. A {@link
 * #message()} of the host's own replaces the findings by one violation on the annotated element,
 * whose dynamic payload is the core {@code Assessment}.
 */
// The validator is internal: the provider instantiates it, hosts never see it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = EligibleMobilityValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, CONSTRUCTOR, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(EligibleMobility.List.class)
public @interface EligibleMobility {
  /**
   * {@return the message template} Left at its default, each finding is reported with its rule's
   * own message; any other template reports one violation for the whole mobility.
   */
  String message() default MESSAGE;

  /** {@return the groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload attached to the constraint} */
  Class<? extends Payload>[] payload() default {};

  /**
   * {@return the rule book for a mobility without project reference: a rule-book key such as {@code
   * EP2127-2025-KA122} or {@code PILOT2018-2018}, or a key action alone such as {@code KA122} for
   * the latest call of that action not after today (today from the validator's {@code
   * ClockProvider})} Empty by default: the factory's {@link EligibilitySettings} decide.
   */
  String ruleBook() default "";

  /** {@return whether findings of severity warning are reported too; {@code false} by default} */
  boolean reportWarnings() default false;

  /**
   * {@return whether a rule that could not be checked (a value unknown for the edition, an input
   * not given) is a violation} By default it is only a warning finding, reported with {@link
   * #reportWarnings()}; strict validation accepts only what was checked.
   */
  boolean strict() default false;

  /**
   * {@return the mapper that turns the annotated host type into a mobility; {@code
   * MobilityMapper.class} itself (the default) means none: the value is a {@code Mobility} or a
   * {@link MobilitySource}}
   */
  @SuppressWarnings("rawtypes")
  Class<? extends MobilityMapper> mapper() default MobilityMapper.class;

  /** The default message key, namespaced by the annotation's full name. */
  String MESSAGE = "{io.github.vetmobility.validation.EligibleMobility.message}";

  /**
   * Several {@code @EligibleMobility} constraints on the same element, for example in different
   * groups.
   */
  @Documented
  @Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, CONSTRUCTOR, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the repeated constraints} */
    EligibleMobility[] value();
  }
}
