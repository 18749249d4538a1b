package io.github.vetmobility.edition;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.Text;
import java.util.Locale;

/** A funding programme (or pilot scheme) whose rules govern VET mobility. */
public enum Programme {
  /** Erasmus+ 2014-2020, VET mobility KA102 and KA116 (calls 2014 to 2020). */
  ERASMUS_2014_2020("EP1420", 2014, 2020),
  /** Erasmus+ 2021-2027, KA121-VET and KA122-VET with the KA120 accreditation (calls 2021 on). */
  ERASMUS_2021_2027("EP2127", 2021, 2027),
  /**
   * The pilot VET mobility scheme for the enlargement countries and Africa, call EAC/S34/2018
   * (keyed as call year 2018, although published in February 2019).
   */
  PILOT_2018("PILOT2018", 2018, 2018),
  /** The second pilot VET mobility scheme for the Western Balkans (keyed as call year 2020). */
  PILOT_2020("PILOT2020", 2020, 2020);

  private final String key;
  private final int firstCall;
  private final int lastCall;

  Programme(String key, int firstCall, int lastCall) {
    this.key = key;
    this.firstCall = firstCall;
    this.lastCall = lastCall;
  }

  /** {@return the short key used in data files, for example {@code EP2127}} */
  public String key() {
    return key;
  }

  /** {@return the first call year of the programme} */
  public int firstCall() {
    return firstCall;
  }

  /** {@return the last call year of the programme} */
  public int lastCall() {
    return lastCall;
  }

  /**
   * Parses a programme by its key ({@code EP2127}) or constant name, in any case.
   *
   * @param text the key
   * @return the programme
   * @throws InvalidValueException if {@code text} is {@code null} or unknown
   */
  public static Programme parse(CharSequence text) {
    if (text != null) {
      String s = Text.strip(text).toUpperCase(Locale.ROOT);
      for (Programme p : values()) {
        if (p.key.equals(s) || p.name().equals(s)) {
          return p;
        }
      }
    }
    throw new InvalidValueException(
        "programme", text, "one of EP1420, EP2127, PILOT2018, PILOT2020");
  }
}
