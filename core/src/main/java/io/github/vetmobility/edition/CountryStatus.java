package io.github.vetmobility.edition;

/**
 * The status of a country under one edition of the rules. Not a property of the country: the same
 * country changes status between editions (Serbia associated from 2019, the United Kingdom not
 * associated from 2021).
 */
public enum CountryStatus {
  /** A Member State of the European Union (and, for 2014-2020 calls, the United Kingdom). */
  EU_MEMBER_STATE,
  /**
   * A third country associated to the programme (a "Programme Country" outside the EU before 2021).
   */
  ASSOCIATED_THIRD_COUNTRY,
  /** A third country not associated to the programme (a "Partner Country" before 2021). */
  THIRD_COUNTRY_NOT_ASSOCIATED,
  /** The edition's data says nothing of the country. */
  UNKNOWN;

  /** {@return whether the country may send participants under Erasmus+: EU or associated} */
  public boolean isProgrammeCountry() {
    return this == EU_MEMBER_STATE || this == ASSOCIATED_THIRD_COUNTRY;
  }
}
