package io.github.vetmobility;

import java.util.Objects;

/**
 * Thrown when a text form or a builder argument cannot be turned into a domain value.
 *
 * <p>The one exception that every {@code parse} method and every value check of this library
 * throws. It names the field, the rejected value (shown with control characters escaped and cut to
 * a readable length) and what was expected, so that a host can show it to a user as is.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_SHOWN = 60;

  /** The name of the field, as {@link #field()} returns it. */
  private final String field;

  /** The rejected value, as {@link #value()} returns it. */
  private final String value;

  /** What was expected, as {@link #expected()} returns it. */
  private final String expected;

  /**
   * Creates an exception for one rejected value.
   *
   * @param field the name of the field or parameter, e.g. {@code "oid"}
   * @param value the rejected value as given, or {@code null} if it was missing
   * @param expected what would have been accepted, e.g. {@code "'E' followed by 8 digits"}
   */
  public InvalidValueException(String field, Object value, String expected) {
    super(message(field, value, expected));
    this.field = Objects.requireNonNullElse(field, "?");
    this.value = value == null ? null : String.valueOf(value);
    this.expected = Objects.requireNonNullElse(expected, "");
  }

  /**
   * Creates an exception for one rejected value without a stack trace, for a batch that catches it
   * and reports the value as data (a bad row of a million): filling in the stack trace is most of
   * the cost of an exception, and nobody reads it there. Otherwise the same as the constructor.
   *
   * @param field the name of the field or parameter, e.g. {@code "oid"}
   * @param value the rejected value as given, or {@code null} if it was missing
   * @param expected what would have been accepted
   * @return the exception, to be thrown
   */
  public static InvalidValueException withoutStackTrace(
      String field, Object value, String expected) {
    boolean[] quiet = QUIET.get();
    quiet[0] = true;
    try {
      return new InvalidValueException(field, value, expected);
    } finally {
      quiet[0] = false;
    }
  }

  // Set only while withoutStackTrace constructs: the constructor of Throwable fills the stack trace
  // in before any field of this class is set.
  private static final ThreadLocal<boolean[]> QUIET = ThreadLocal.withInitial(() -> new boolean[1]);

  @Override
  public synchronized Throwable fillInStackTrace() {
    return QUIET.get()[0] ? this : super.fillInStackTrace();
  }

  /** {@return the name of the field whose value was rejected} */
  public String field() {
    return field;
  }

  /** {@return the rejected value as given, or {@code null} if the value was missing} */
  public String value() {
    return value;
  }

  /** {@return a description of what would have been accepted} */
  public String expected() {
    return expected;
  }

  /**
   * Fails with an {@code InvalidValueException} when {@code value} is {@code null}.
   *
   * @param value the value to check
   * @param field the field name used in the message
   * @param <T> the value's type
   * @return {@code value}, never {@code null}
   */
  public static <T> T requirePresent(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, null, "a value");
    }
    return value;
  }

  private static String message(String field, Object value, String expected) {
    String shown = value == null ? "nothing (null)" : "'" + shown(String.valueOf(value)) + "'";
    return "Invalid " + field + ": got " + shown + ", expected " + expected;
  }

  private static String shown(String value) {
    StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 8);
    for (int i = 0; i < value.length() && i < MAX_SHOWN; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ') {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (value.length() > MAX_SHOWN) {
      sb.append("... (").append(value.length()).append(" characters)");
    }
    return sb.toString();
  }
}
