package io.github.vetmobility.validation.hibernate;

import io.github.vetmobility.validation.OrganisationId;
import org.hibernate.validator.cfg.ConstraintDef;

/** Defines {@link OrganisationId} programmatically. */
public final class OrganisationIdDef extends ConstraintDef<OrganisationIdDef, OrganisationId> {
  /** Creates a definition with the annotation's defaults. */
  public OrganisationIdDef() {
    super(OrganisationId.class);
  }
}
