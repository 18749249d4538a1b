package io.github.vetmobility.rules;

/** What one rule said about one mobility or project. */
public enum Outcome {
  /** The rule applies and is met. */
  PASSED,
  /** The rule applies and is broken: the assessment holds a finding for it. */
  FAILED,
  /** The rule does not concern this mobility or project (other activity, other action, ...). */
  NOT_APPLICABLE,
  /**
   * The rule applies but could not be checked: an input is missing (for example no graduation date)
   * or the edition's number is unknown. "Unknown", as opposed to "wrong".
   */
  NOT_EVALUATED
}
