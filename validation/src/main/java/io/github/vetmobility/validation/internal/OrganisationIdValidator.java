package io.github.vetmobility.validation.internal;

import io.github.vetmobility.validation.OrganisationId;

/**
 * Validates {@link OrganisationId} with core's {@link
 * io.github.vetmobility.identifier.OrganisationId#parse(CharSequence)}.
 */
public final class OrganisationIdValidator extends ParsedTextValidator<OrganisationId> {
  /** Created by the Bean Validation provider. */
  public OrganisationIdValidator() {}

  @Override
  protected void parse(CharSequence text) {
    io.github.vetmobility.identifier.OrganisationId.parse(text);
  }
}
