package io.github.vetmobility.examples.cli.report;

/** The checker's word on one input row. */
public enum Verdict {
  /** The mobility meets every rule. */
  ELIGIBLE,
  /** The mobility meets every rule, with warnings to read. */
  ELIGIBLE_WITH_WARNINGS,
  /** The mobility breaks at least one rule. */
  NOT_ELIGIBLE,
  /** The row cannot be read: a bad value, a missing column, a broken line. */
  INVALID_INPUT,
  /** The row is not a VET mobility (another action or sector); not an error. */
  OUT_OF_SCOPE;

  /** Returns whether a row with this verdict makes the check fail (exit code 1). */
  public boolean fails() {
    return this == NOT_ELIGIBLE || this == INVALID_INPUT;
  }
}
