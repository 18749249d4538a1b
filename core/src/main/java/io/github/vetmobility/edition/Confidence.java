package io.github.vetmobility.edition;

/** How well a fact of an edition is supported by its sources. */
public enum Confidence {
  /** Read in a Programme Guide copy or an official Commission decision or page for that edition. */
  CONFIRMED,
  /** Supported by a National Agency document, an EC wiki page, or another edition's text. */
  SECONDARY,
  /** Carried over between editions or converted by us (e.g. months to days); not read as such. */
  INFERRED,
  /** A single weak source or a recollection; used as the best-supported value until corrected. */
  UNCONFIRMED
}
