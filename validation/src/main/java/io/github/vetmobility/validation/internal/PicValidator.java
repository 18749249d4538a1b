package io.github.vetmobility.validation.internal;

import io.github.vetmobility.validation.Pic;

/**
 * Validates {@link Pic} with core's {@link
 * io.github.vetmobility.identifier.Pic#parse(CharSequence)}.
 */
public final class PicValidator extends ParsedTextValidator<Pic> {
  /** Created by the Bean Validation provider. */
  public PicValidator() {}

  @Override
  protected void parse(CharSequence text) {
    io.github.vetmobility.identifier.Pic.parse(text);
  }
}
