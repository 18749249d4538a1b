package io.github.vetmobility.validation.hibernate;

import io.github.vetmobility.validation.EligibleMobility;
import io.github.vetmobility.validation.MobilityMapper;
import org.hibernate.validator.cfg.ConstraintDef;

/**
 * Defines {@link EligibleMobility} programmatically; the attributes are those of the annotation.
 */
public final class EligibleMobilityDef
    extends ConstraintDef<EligibleMobilityDef, EligibleMobility> {
  /** Creates a definition with the annotation's defaults. */
  public EligibleMobilityDef() {
    super(EligibleMobility.class);
  }

  /**
   * Sets the mapper that turns the host type into a mobility.
   *
   * @param mapper a mapper class with a public no-argument constructor
   * @return this definition
   */
  @SuppressWarnings("rawtypes")
  public EligibleMobilityDef mapper(Class<? extends MobilityMapper> mapper) {
    return addParameter("mapper", mapper);
  }

  /**
   * Sets the rule book for mobilities without project reference.
   *
   * @param ruleBook a rule-book key such as {@code EP2127-2025-KA122}, or a key action
   * @return this definition
   * @see EligibleMobility#ruleBook()
   */
  public EligibleMobilityDef ruleBook(String ruleBook) {
    return addParameter("ruleBook", ruleBook);
  }

  /**
   * Sets whether warnings are reported too.
   *
   * @param reportWarnings whether findings of severity warning are violations
   * @return this definition
   */
  public EligibleMobilityDef reportWarnings(boolean reportWarnings) {
    return addParameter("reportWarnings", reportWarnings);
  }

  /**
   * Sets whether a rule that could not be checked is a violation.
   *
   * @param strict whether unchecked rules are violations
   * @return this definition
   */
  public EligibleMobilityDef strict(boolean strict) {
    return addParameter("strict", strict);
  }
}
