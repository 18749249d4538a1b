package io.github.vetmobility.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The validator factories the tests use: Hibernate Validator, with or without EL. */
final class Validators {
  /** One shared factory with the default (EL) interpolator, English messages. */
  static final ValidatorFactory FACTORY = english().buildValidatorFactory();

  /** A validator of {@link #FACTORY}. */
  static final Validator VALIDATOR = FACTORY.getValidator();

  private Validators() {}

  /** A Hibernate Validator configuration whose default locale is English. */
  static HibernateValidatorConfiguration english() {
    return configure(Locale.ENGLISH);
  }

  /** A Hibernate Validator configuration with the given default locale and the EL interpolator. */
  static HibernateValidatorConfiguration configure(Locale locale) {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .defaultLocale(locale)
        .locales(locale);
  }

  /** Same as {@link #configure(Locale)} but interpolating without Expression Language. */
  static HibernateValidatorConfiguration withoutExpressionLanguage(Locale locale) {
    HibernateValidatorConfiguration cfg = configure(locale);
    return cfg.messageInterpolator(
        new ParameterMessageInterpolator(java.util.Set.of(locale), locale, false));
  }
}
