package io.github.vetmobility.validation.hibernate;

import io.github.vetmobility.validation.Pic;
import org.hibernate.validator.cfg.ConstraintDef;

/** Defines {@link Pic} programmatically. */
public final class PicDef extends ConstraintDef<PicDef, Pic> {
  /** Creates a definition with the annotation's defaults. */
  public PicDef() {
    super(Pic.class);
  }
}
