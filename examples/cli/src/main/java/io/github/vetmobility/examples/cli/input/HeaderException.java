package io.github.vetmobility.examples.cli.input;

/**
 * A header that cannot be read: unknown or missing columns. Unlike a bad row, which is reported and
 * skipped, a bad header makes the whole file unreadable (a usage error).
 */
public final class HeaderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what was expected
   */
  public HeaderException(String message) {
    super(message);
  }
}
