package io.github.vetmobility.internal;

import io.github.vetmobility.InvalidValueException;
import java.util.function.Supplier;

/**
 * Turns the generated builders' "required attributes are not set" into an {@link
 * InvalidValueException} that names every missing field. Not part of the API.
 */
public final class Required {
  private Required() {}

  /**
   * Builds a value, naming every missing required field on failure.
   *
   * @param type the type built, e.g. {@code Mobility}
   * @param build the generated builder's build
   * @param <T> the type built
   * @return the value
   * @throws InvalidValueException naming the first missing field, the type and every missing field
   */
  public static <T> T build(String type, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException e) {
      String m = String.valueOf(e.getMessage());
      int open = m.indexOf('[');
      int close = m.lastIndexOf(']');
      if (!m.contains("required attributes are not set") || open < 0 || close < open) {
        throw e;
      }
      String missing = m.substring(open + 1, close);
      String first = missing.split(",", -1)[0].strip();
      throw new InvalidValueException(
          first,
          null,
          missing.contains(",")
              ? "given, like every required field of " + type + " (missing: " + missing + ")"
              : "given (a required field of " + type + ")");
    }
  }
}
