package io.github.vetmobility.rules;

/** The overall answer of an assessment. */
public enum Verdict {
  /** No rule failed. */
  ELIGIBLE,
  /** Only rules of severity {@link Severity#WARNING} failed. */
  ELIGIBLE_WITH_WARNINGS,
  /** At least one rule of severity {@link Severity#ERROR} failed. */
  NOT_ELIGIBLE
}
