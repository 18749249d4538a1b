package io.github.vetmobility.validation.hibernate;

import io.github.vetmobility.validation.AccreditationCode;
import org.hibernate.validator.cfg.ConstraintDef;

/** Defines {@link AccreditationCode} programmatically. */
public final class AccreditationCodeDef
    extends ConstraintDef<AccreditationCodeDef, AccreditationCode> {
  /** Creates a definition with the annotation's defaults. */
  public AccreditationCodeDef() {
    super(AccreditationCode.class);
  }
}
