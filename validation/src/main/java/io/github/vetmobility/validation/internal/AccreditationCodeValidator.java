package io.github.vetmobility.validation.internal;

import io.github.vetmobility.validation.AccreditationCode;

/**
 * Validates {@link AccreditationCode} with core's {@link
 * io.github.vetmobility.identifier.AccreditationCode#parse(CharSequence)}.
 */
public final class AccreditationCodeValidator extends ParsedTextValidator<AccreditationCode> {
  /** Created by the Bean Validation provider. */
  public AccreditationCodeValidator() {}

  @Override
  protected void parse(CharSequence text) {
    io.github.vetmobility.identifier.AccreditationCode.parse(text);
  }
}
