package io.github.vetmobility.validation.hibernate;

import io.github.vetmobility.validation.ErasmusCountryCode;
import org.hibernate.validator.cfg.ConstraintDef;

/** Defines {@link ErasmusCountryCode} programmatically. */
public final class ErasmusCountryCodeDef
    extends ConstraintDef<ErasmusCountryCodeDef, ErasmusCountryCode> {
  /** Creates a definition with the annotation's defaults (ISO aliases refused). */
  public ErasmusCountryCodeDef() {
    super(ErasmusCountryCode.class);
  }

  /**
   * Sets whether the ISO aliases GR and GB are accepted.
   *
   * @param acceptIsoAliases whether GR and GB stand for EL and UK
   * @return this definition
   */
  public ErasmusCountryCodeDef acceptIsoAliases(boolean acceptIsoAliases) {
    return addParameter("acceptIsoAliases", acceptIsoAliases);
  }
}
