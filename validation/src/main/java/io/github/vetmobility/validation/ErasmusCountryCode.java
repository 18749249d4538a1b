package io.github.vetmobility.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.vetmobility.validation.internal.ErasmusCountryCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is a country code as the Commission writes it in Erasmus+: ISO 3166-1 alpha-2,
 * except {@code EL} for Greece, {@code UK} for the United Kingdom and {@code XK} for Kosovo. Case
 * and surrounding white space are tolerated, as by the parser. The ISO aliases {@code GR} and
 * {@code GB} are refused unless {@link #acceptIsoAliases()} is {@code true}.
 *
 * <p>Supported type: {@link CharSequence}. {@code null} is valid: combine with {@code @NotNull}
 * where a value is required. The check is core's {@code CountryCode.find}, the same look-up as its
 * parser.
 *
 * @see io.github.vetmobility.country.CountryCode
 */
// The validator is internal: the provider instantiates it, hosts never see it.
@SuppressWarnings("exports")
@Documented
@Constraint(validatedBy = ErasmusCountryCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ErasmusCountryCode.List.class)
public @interface ErasmusCountryCode {
  /** {@return the message template; by default the key {@value #MESSAGE}} */
  String message() default MESSAGE;

  /** {@return the groups the constraint belongs to} */
  Class<?>[] groups() default {};

  /** {@return the payload attached to the constraint} */
  Class<? extends Payload>[] payload() default {};

  /**
   * {@return whether the ISO aliases {@code GR} (for {@code EL}) and {@code GB} (for {@code UK})
   * are accepted; {@code false} by default, as in project references and Commission forms}
   */
  boolean acceptIsoAliases() default false;

  /** The default message key, namespaced by the annotation's full name. */
  String MESSAGE = "{io.github.vetmobility.validation.ErasmusCountryCode.message}";

  /**
   * Several {@code @ErasmusCountryCode} constraints on the same element, for example in different
   * groups.
   */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /** {@return the repeated constraints} */
    ErasmusCountryCode[] value();
  }
}
