package io.github.vetmobility.identifier;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.BuilderStyle;
import io.github.vetmobility.internal.Nullable;
import io.github.vetmobility.internal.Text;
import io.github.vetmobility.internal.Unboxed;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The reference of an Erasmus+ project, parsed into its parts.
 *
 * <p>Two formats exist:
 *
 * <ul>
 *   <li>2014-2020 calls: {@code YYYY-R-CCNN-KAnnn-nnnnnn}, e.g. {@code 2019-1-DE02-KA102-005678};
 *   <li>2021-2027 calls: {@code YYYY-R-CCNN-KAnnn-FFF-nnnnnnnnn}, e.g. {@code
 *       2024-1-IT01-KA121-VET-000123456}; the accreditations of the 2020 call (KA120) have this
 *       shape with a 6-digit sequence, e.g. {@code 2020-1-PL01-KA120-VET-095178}.
 * </ul>
 *
 * <p>{@code YYYY} is the call year, {@code R} the round (1 or 2), {@code CCNN} the National Agency
 * (Commission country code and number), {@code KAnnn} the key action, {@code FFF} the field ({@code
 * VET}, {@code SCH}, {@code ADU}, ...) and the last part a sequence number.
 */
@Value.Immutable
@BuilderStyle
public abstract class ProjectReference {
  static final String EXPECTED =
      "a project reference YYYY-R-CCNN-KAnnn-FFF-nnnnnnnnn (2021 on, e.g."
          + " 2024-1-IT01-KA121-VET-000123456; 6 digits for 2020 KA120) or YYYY-R-CCNN-KAnnn-nnnnnn"
          + " (2014-2020, e.g. 2019-1-DE02-KA102-005678)";
  private static final int MAX_LENGTH = 40;

  ProjectReference() {}

  static {
    Unboxed.registerField(r -> ((ProjectReference) r).fieldOrNull());
  }

  // Not API: the field without an Optional, for the allocation-free rule engine (Unboxed).
  @Value.Derived
  @Value.Auxiliary
  @Nullable
  String fieldOrNull() {
    return field().orElse(null);
  }

  /** {@return the call year, for example {@code 2024}} */
  public abstract int callYear();

  /** {@return the round of the call: 1 or 2} */
  public abstract int round();

  /** {@return the National Agency that manages the project} */
  public abstract NationalAgencyCode nationalAgency();

  /** {@return the key action, for example {@code KA121}} */
  public abstract KeyAction keyAction();

  /** {@return the field ({@code VET}, {@code SCH}, ...); empty in the 2014-2020 format} */
  public abstract Optional<String> field();

  /** {@return the sequence number} */
  public abstract long sequence();

  /** {@return how many digits the sequence is printed with: 6 or 9} */
  public abstract int sequenceDigits();

  /** {@return whether this reference has the 2014-2020 shape (no field segment)} */
  public boolean isLegacyFormat() {
    return field().isEmpty();
  }

  /**
   * Returns whether the reference names a VET learning-mobility project: KA102 or KA116 (2014-2020
   * format), KA121-VET or KA122-VET (2021 on). Other actions and fields (KA131, KA121-SCH, a KA120
   * accreditation, ...) do not.
   *
   * @return whether it is a VET mobility project
   */
  public boolean isVetMobility() {
    KeyAction action = keyAction();
    if (isLegacyFormat()) {
      return action.equals(KeyAction.KA102) || action.equals(KeyAction.KA116);
    }
    return (action.equals(KeyAction.KA121) || action.equals(KeyAction.KA122))
        && "VET".equals(field().orElse(null));
  }

  /** {@return the canonical text, for example {@code 2024-1-IT01-KA121-VET-000123456}} */
  public String format() {
    StringBuilder sb = new StringBuilder(32);
    sb.append(callYear()).append('-').append(round()).append('-');
    sb.append(nationalAgency().code()).append('-').append(keyAction().code()).append('-');
    field().ifPresent(f -> sb.append(f).append('-'));
    String seq = Long.toString(sequence());
    for (int i = seq.length(); i < sequenceDigits(); i++) {
      sb.append('0');
    }
    return sb.append(seq).toString();
  }

  @Override
  public String toString() {
    return format();
  }

  // The shape rules: without them a reference would not print back to a real one.
  @Value.Check
  void check() {
    if (round() < 1 || round() > 2) {
      throw new InvalidValueException("projectReference.round", round(), "1 or 2");
    }
    if (sequence() < 0 || Long.toString(sequence()).length() > sequenceDigits()) {
      throw new InvalidValueException(
          "projectReference.sequence", sequence(), "at most " + sequenceDigits() + " digits");
    }
    if (field().isPresent()) {
      String f = field().get();
      if (f.length() != 3 || !f.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        throw new InvalidValueException(
            "projectReference.field", f, "three upper-case letters such as VET");
      }
      boolean accreditation2020 =
          callYear() == 2020 && keyAction().equals(KeyAction.KA120) && sequenceDigits() == 6;
      if (!accreditation2020 && (callYear() < 2021 || callYear() > 2099 || sequenceDigits() != 9)) {
        throw new InvalidValueException(
            "projectReference",
            format(),
            "a call year 2021-2099 with a 9-digit sequence (6 digits only for 2020 KA120)");
      }
    } else if (callYear() < 2014 || callYear() > 2020 || sequenceDigits() != 6) {
      throw new InvalidValueException(
          "projectReference",
          format(),
          "the 2014-2020 format: call year 2014-2020 and a 6-digit sequence");
    }
  }

  /** {@return a builder for a reference given part by part} */
  public static Builder builder() {
    return ImmutableProjectReference.builder();
  }

  /**
   * Builds a {@link ProjectReference}; every part is required except the field. Get one from {@link
   * ProjectReference#builder()}.
   *
   * <p>Each setter replaces what was set before and returns this builder. No setter accepts {@code
   * null}: a {@code NullPointerException} names the field. The values are checked by {@link
   * #build()}. A builder is for one thread; the values it builds are immutable and thread-safe.
   */
  public abstract static class Builder {
    Builder() {}

    /**
     * Copies the fields of an existing {@link ProjectReference}: required and defaulted fields are
     * replaced, optional fields only when present.
     *
     * @param instance the value to copy
     * @return this builder
     */
    public abstract Builder from(ProjectReference instance);

    /**
     * Sets the call year, for example {@code 2024}; required.
     *
     * @param callYear the call year
     * @return this builder
     */
    public abstract Builder callYear(int callYear);

    /**
     * Sets the round of the call; required, 1 or 2.
     *
     * @param round the round
     * @return this builder
     */
    public abstract Builder round(int round);

    /**
     * Sets the National Agency that manages the project; required.
     *
     * @param nationalAgency the National Agency
     * @return this builder
     */
    public abstract Builder nationalAgency(NationalAgencyCode nationalAgency);

    /**
     * Sets the key action, for example {@code KA121}; required.
     *
     * @param keyAction the key action
     * @return this builder
     */
    public abstract Builder keyAction(KeyAction keyAction);

    /**
     * Sets the field, for example {@code VET}. Three upper-case letters; unset in the 2014-2020
     * format.
     *
     * @param field the field
     * @return this builder
     */
    public abstract Builder field(String field);

    /**
     * Sets or clears the field, for example {@code VET}. Three upper-case letters; unset in the
     * 2014-2020 format.
     *
     * @param field the field, or empty to clear it
     * @return this builder
     */
    public abstract Builder field(Optional<String> field);

    /**
     * Sets the sequence number; required. At most as many digits as the sequence digits.
     *
     * @param sequence the sequence number
     * @return this builder
     */
    public abstract Builder sequence(long sequence);

    /**
     * Sets how many digits the sequence is printed with; required, 6 or 9, as the call year
     * requires.
     *
     * @param sequenceDigits the number of digits
     * @return this builder
     */
    public abstract Builder sequenceDigits(int sequenceDigits);

    /**
     * Builds the {@link ProjectReference}.
     *
     * @return the project reference
     * @throws io.github.vetmobility.InvalidValueException naming every required field that is not
     *     set, or the field of a value that breaks an invariant
     */
    public final ProjectReference build() {
      return io.github.vetmobility.internal.Required.build("ProjectReference", this::buildValue);
    }

    // The generated build (BuilderStyle), which throws IllegalStateException for a missing field.
    abstract ProjectReference buildValue();
  }

  /**
   * Parses a project reference in either format. Surrounding white space is ignored and lower-case
   * letters are accepted; the ISO aliases GR and GB are refused in the agency code.
   *
   * @param text the reference
   * @return the parsed reference
   * @throws InvalidValueException if {@code text} is {@code null} or not a reference
   */
  public static ProjectReference parse(CharSequence text) {
    if (text == null) {
      throw new InvalidValueException("projectReference", null, EXPECTED);
    }
    String s = Text.strip(text);
    if (s.length() > MAX_LENGTH) {
      throw new InvalidValueException("projectReference", text, EXPECTED);
    }
    String[] parts = parts(s);
    if (parts == null) {
      throw new InvalidValueException("projectReference", text, EXPECTED);
    }
    String sequence = parts[parts.length - 1];
    if (parts[0].length() != 4
        || !Text.allDigits(parts[0], 0, 4)
        || parts[1].length() != 1
        || !Text.allDigits(parts[1], 0, 1)
        || (sequence.length() != 6 && sequence.length() != 9)
        || !Text.allDigits(sequence, 0, sequence.length())) {
      throw new InvalidValueException("projectReference", text, EXPECTED);
    }
    String field = null;
    if (parts.length == 6) {
      if (parts[4].length() != 3
          || !Text.isAsciiLetter(parts[4].charAt(0))
          || !Text.isAsciiLetter(parts[4].charAt(1))
          || !Text.isAsciiLetter(parts[4].charAt(2))) {
        throw new InvalidValueException("projectReference", text, EXPECTED);
      }
      field = parts[4].toUpperCase(java.util.Locale.ROOT);
    }
    try {
      Builder b = builder();
      b.callYear(Integer.parseInt(parts[0]))
          .round(parts[1].charAt(0) - '0')
          .nationalAgency(NationalAgencyCode.parse(parts[2]))
          .keyAction(KeyAction.parse(parts[3]))
          .sequence(Long.parseLong(sequence))
          .sequenceDigits(sequence.length());
      if (field != null) {
        b.field(field);
      }
      return b.build();
    } catch (InvalidValueException e) {
      throw new InvalidValueException(
          "projectReference", text, EXPECTED + " (" + e.getMessage() + ")");
    }
  }

  // The parts between dashes, as split("-", -1) gives them, or null unless there are 5 or 6: no
  // regular expression per reference (a batch of distinct references parses one per row).
  private static String[] parts(String s) {
    int dashes = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '-') {
        dashes++;
      }
    }
    if (dashes != 4 && dashes != 5) {
      return null;
    }
    String[] parts = new String[dashes + 1];
    int from = 0;
    for (int p = 0; p < dashes; p++) {
      int dash = s.indexOf('-', from);
      parts[p] = s.substring(from, dash);
      from = dash + 1;
    }
    parts[dashes] = s.substring(from);
    return parts;
  }
}
