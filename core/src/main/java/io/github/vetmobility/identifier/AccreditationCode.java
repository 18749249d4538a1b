package io.github.vetmobility.identifier;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.ScalarStyle;
import org.immutables.value.Value;

/**
 * The code of an Erasmus accreditation (KA120), for example {@code
 * 2021-1-RO01-KA120-VET-000042802}, or, for the first accreditation call of 2020, {@code
 * 2020-1-PL01-KA120-VET-095178} (6 digits).
 */
@Value.Immutable
@ScalarStyle
public abstract class AccreditationCode {
  private static final String EXPECTED =
      "an accreditation code YYYY-R-CCNN-KA120-FFF-nnnnnnnnn, e.g."
          + " 2021-1-RO01-KA120-VET-000042802 (6 digits for the 2020 call)";

  AccreditationCode() {}

  /** {@return the code as a project reference (key action KA120, with a field)} */
  @Value.Parameter
  public abstract ProjectReference reference();

  /** {@return the call year of the accreditation} */
  public int callYear() {
    return reference().callYear();
  }

  /** {@return the field, for example {@code VET}} */
  public String field() {
    return reference().field().orElseThrow();
  }

  /** {@return the National Agency that granted the accreditation} */
  public NationalAgencyCode nationalAgency() {
    return reference().nationalAgency();
  }

  @Value.Check
  void check() {
    if (!reference().keyAction().equals(KeyAction.KA120) || reference().field().isEmpty()) {
      throw new InvalidValueException("accreditationCode", reference().format(), EXPECTED);
    }
  }

  /**
   * Returns the accreditation code of a reference.
   *
   * @param reference a KA120 reference with a field
   * @return the accreditation code
   * @throws InvalidValueException if the reference is not a KA120 accreditation
   */
  public static AccreditationCode of(ProjectReference reference) {
    return ImmutableAccreditationCode.of(
        InvalidValueException.requirePresent(reference, "accreditationCode"));
  }

  /**
   * Parses an accreditation code, with the same case and white-space rules as {@link
   * ProjectReference#parse(CharSequence)}.
   *
   * @param text the code
   * @return the accreditation code
   * @throws InvalidValueException if {@code text} is {@code null} or not a KA120 code
   */
  public static AccreditationCode parse(CharSequence text) {
    ProjectReference reference;
    try {
      reference = ProjectReference.parse(text);
    } catch (InvalidValueException e) {
      throw new InvalidValueException("accreditationCode", text, EXPECTED);
    }
    if (!reference.keyAction().equals(KeyAction.KA120) || reference.field().isEmpty()) {
      throw new InvalidValueException("accreditationCode", text, EXPECTED);
    }
    return of(reference);
  }

  @Override
  public String toString() {
    return reference().format();
  }
}
