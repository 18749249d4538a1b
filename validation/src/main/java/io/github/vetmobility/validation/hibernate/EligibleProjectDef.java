package io.github.vetmobility.validation.hibernate;

import io.github.vetmobility.validation.EligibleProject;
import org.hibernate.validator.cfg.ConstraintDef;

/** Defines {@link EligibleProject} programmatically; the attributes are those of the annotation. */
public final class EligibleProjectDef extends ConstraintDef<EligibleProjectDef, EligibleProject> {
  /** Creates a definition with the annotation's defaults. */
  public EligibleProjectDef() {
    super(EligibleProject.class);
  }

  /**
   * Sets whether warnings are reported too.
   *
   * @param reportWarnings whether findings of severity warning are violations
   * @return this definition
   */
  public EligibleProjectDef reportWarnings(boolean reportWarnings) {
    return addParameter("reportWarnings", reportWarnings);
  }

  /**
   * Sets whether a rule that could not be checked is a violation.
   *
   * @param strict whether unchecked rules are violations
   * @return this definition
   */
  public EligibleProjectDef strict(boolean strict) {
    return addParameter("strict", strict);
  }
}
