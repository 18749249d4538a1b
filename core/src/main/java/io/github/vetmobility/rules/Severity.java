package io.github.vetmobility.rules;

/** How much a failed rule weighs on the verdict. */
public enum Severity {
  /** The mobility or project is not eligible. */
  ERROR,
  /** Eligible, but the National Agency may object or a condition must be checked by hand. */
  WARNING
}
