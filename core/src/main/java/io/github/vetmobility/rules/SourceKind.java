package io.github.vetmobility.rules;

import java.util.Locale;

/**
 * What kind of document a {@link Source} is. Only a Programme Guide, an official decision or call
 * document, or a Commission page can make a fact {@link
 * io.github.vetmobility.edition.Confidence#CONFIRMED confirmed} for the calls it speaks for; a fact
 * that rests on National Agency or third-party documents alone is at best {@link
 * io.github.vetmobility.edition.Confidence#SECONDARY secondary}.
 */
public enum SourceKind {
  /** The Erasmus+ Programme Guide of a given call year (any language or copy of that edition). */
  PROGRAMME_GUIDE("Programme Guide"),
  /** An official decision, regulation, treaty, call for proposals or call document. */
  OFFICIAL("official document"),
  /** A European Commission web page or wiki page (such as the Beneficiary Module wiki). */
  COMMISSION("Commission page"),
  /** A page or document of a National Agency or National Erasmus+ Office. */
  NATIONAL_AGENCY("National Agency"),
  /**
   * Anything else: a university, school, consultancy, press or project page, or a public code
   * repository.
   */
  THIRD_PARTY("third party");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  /** {@return the kind as written in data files, for example {@code programme_guide}} */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@return a short English label, for example {@code Programme Guide}} */
  public String label() {
    return label;
  }

  /** {@return whether a source of this kind can make a fact confirmed for the calls it covers} */
  public boolean canConfirm() {
    return this == PROGRAMME_GUIDE || this == OFFICIAL || this == COMMISSION;
  }

  /**
   * Returns the kind written as in data files.
   *
   * @param key e.g. {@code national_agency}
   * @return the kind, or {@code null} when the text names none
   */
  public static SourceKind find(String key) {
    for (SourceKind k : values()) {
      if (k.key().equals(key)) {
        return k;
      }
    }
    return null;
  }
}
