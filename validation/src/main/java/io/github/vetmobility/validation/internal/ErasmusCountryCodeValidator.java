package io.github.vetmobility.validation.internal;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.validation.ErasmusCountryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ErasmusCountryCode} with core's {@link CountryCode#find(CharSequence, boolean)},
 * the look-up behind its parsers; it does not throw, so an invalid code costs no exception.
 */
public final class ErasmusCountryCodeValidator
    implements ConstraintValidator<ErasmusCountryCode, CharSequence> {
  private boolean acceptIsoAliases;

  /** Created by the Bean Validation provider. */
  public ErasmusCountryCodeValidator() {}

  @Override
  public void initialize(ErasmusCountryCode constraint) {
    acceptIsoAliases = constraint.acceptIsoAliases();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || CountryCode.find(value, acceptIsoAliases) != null;
  }
}
