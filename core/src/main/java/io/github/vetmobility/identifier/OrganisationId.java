package io.github.vetmobility.identifier;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.Text;
import io.github.vetmobility.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * An Organisation ID (OID): {@code E} followed by 8 digits, issued by the Organisation Registration
 * System for actions managed by the National Agencies, for example {@code E10208308}.
 */
@Value.Immutable
@ValueStyle
public abstract class OrganisationId {
  private static final String EXPECTED = "an OID: 'E' followed by 8 digits, e.g. E10208308";

  OrganisationId() {}

  /** {@return the canonical form, for example {@code E10208308}} */
  @Value.Parameter
  public abstract String value();

  /**
   * Parses an OID. Surrounding white space is ignored and a lower-case {@code e} is accepted;
   * anything else (other lengths, non-ASCII digits, inner spaces) is refused.
   *
   * @param text the OID
   * @return the OID in canonical form
   * @throws InvalidValueException if {@code text} is {@code null} or not an OID
   */
  public static OrganisationId parse(CharSequence text) {
    if (text == null) {
      throw new InvalidValueException("oid", null, EXPECTED);
    }
    String s = Text.strip(text);
    if (s.length() != 9 || Text.upper(s.charAt(0)) != 'E' || !Text.allDigits(s, 1, 9)) {
      throw new InvalidValueException("oid", text, EXPECTED);
    }
    // Most OIDs come canonical: no second string for them (a batch parses two per row).
    return ImmutableOrganisationId.of(s.charAt(0) == 'E' ? s : "E" + s.substring(1));
  }

  /**
   * Same as {@link #parse(CharSequence)}: the OID with this text.
   *
   * @param value the OID
   * @return the parsed OID
   * @throws io.github.vetmobility.InvalidValueException if {@code value} is not an OID
   */
  public static OrganisationId of(String value) {
    return parse(value);
  }

  @Override
  public String toString() {
    return value();
  }
}
