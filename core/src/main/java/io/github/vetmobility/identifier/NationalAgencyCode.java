package io.github.vetmobility.identifier;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.internal.ScalarStyle;
import io.github.vetmobility.internal.Text;
import org.immutables.value.Value;

/**
 * The National Agency segment of a project reference: a Commission country code and a two-digit
 * agency number, for example {@code DE02} (the German agency for VET) or {@code EL01}.
 */
@Value.Immutable
@ScalarStyle
public abstract class NationalAgencyCode {
  private static final String EXPECTED =
      "a National Agency code: a Commission country code (EL, not GR) and 2 digits, e.g. DE02";

  NationalAgencyCode() {}

  /** {@return the agency's country} */
  @Value.Parameter
  public abstract CountryCode country();

  /** {@return the agency's number within its country, 0 to 99} */
  @Value.Parameter
  public abstract int number();

  @Value.Check
  void check() {
    if (number() < 0 || number() > 99) {
      throw new InvalidValueException("nationalAgency.number", number(), "0 to 99");
    }
  }

  /** {@return the code, for example {@code "DE02"}} */
  public String code() {
    return country().code() + (number() < 10 ? "0" : "") + number();
  }

  /**
   * Returns the agency of a country with a number.
   *
   * @param country the agency's country
   * @param number 0 to 99
   * @return the agency code
   */
  public static NationalAgencyCode of(CountryCode country, int number) {
    return ImmutableNationalAgencyCode.of(
        InvalidValueException.requirePresent(country, "nationalAgency.country"), number);
  }

  /**
   * Parses a National Agency code in any case, for example {@code "it01"}; the ISO aliases GR and
   * GB are refused, because references always use the Commission coding.
   *
   * @param text the code
   * @return the agency code
   * @throws InvalidValueException if {@code text} is {@code null} or not a valid code
   */
  public static NationalAgencyCode parse(CharSequence text) {
    if (text == null) {
      throw new InvalidValueException("nationalAgency", null, EXPECTED);
    }
    String s = Text.strip(text);
    CountryCode country = s.length() == 4 ? CountryCode.find(s.substring(0, 2), false) : null;
    if (country == null || !Text.allDigits(s, 2, 4)) {
      throw new InvalidValueException("nationalAgency", text, EXPECTED);
    }
    return of(country, Integer.parseInt(s, 2, 4, 10));
  }

  @Override
  public String toString() {
    return code();
  }
}
