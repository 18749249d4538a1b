package io.github.vetmobility.edition;

/**
 * How well a fact of an edition is supported by its sources, strongest first: an answer is as sure
 * as the weakest fact it rests on ({@link #weaker(Confidence)}).
 */
public enum Confidence {
  /** Read in a Programme Guide copy or an official Commission decision or page for that edition. */
  CONFIRMED,
  /** Supported by a National Agency document, an EC wiki page, or another edition's text. */
  SECONDARY,
  /**
   * Carried over between editions or converted by us (for example months to days); not read as
   * such.
   */
  INFERRED,
  /** A single weak source or a recollection; used as the best-supported value until corrected. */
  UNCONFIRMED,
  /**
   * Not known: the fact's value is unknown for the edition, or an input the rule needs was not
   * given, so the rule could not be checked.
   */
  UNKNOWN;

  private final String key = name().toLowerCase(java.util.Locale.ROOT);

  /**
   * {@return the name in lower case, as reports, citations and JSON print it, for example {@code
   * confirmed}}
   */
  public String key() {
    return key;
  }

  /**
   * Returns the weaker of this confidence and another.
   *
   * @param other the other confidence
   * @return the weaker one ({@code this} when {@code other} is {@code null})
   */
  public Confidence weaker(Confidence other) {
    return other != null && other.ordinal() > ordinal() ? other : this;
  }

  /**
   * Returns the stronger of this confidence and another.
   *
   * @param other the other confidence
   * @return the stronger one ({@code this} when {@code other} is {@code null})
   */
  public Confidence stronger(Confidence other) {
    return other != null && other.ordinal() < ordinal() ? other : this;
  }
}
