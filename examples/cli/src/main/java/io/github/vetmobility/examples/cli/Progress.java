package io.github.vetmobility.examples.cli;

import java.io.PrintStream;

/**
 * Shows how many rows were checked, on standard error, at most a few times a second; only when a
 * person watches a terminal, never in a pipe (then it does nothing).
 */
final class Progress {
  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final long everyNanos;
  private final long start = System.nanoTime();
  private long rows;
  private long last = start;
  private boolean shown;

  Progress(PrintStream err, boolean enabled) {
    this(err, enabled, EVERY_NANOS);
  }

  // For tests: how often the line may change.
  Progress(PrintStream err, boolean enabled, long everyNanos) {
    this.err = err;
    this.enabled = enabled;
    this.everyNanos = everyNanos;
  }

  /**
   * Returns whether progress is wanted: standard error is a terminal, the report does not go to
   * that terminal too (the two would mix), and {@code --no-progress} was not given.
   */
  static boolean wanted(Streams streams, boolean reportToFile, boolean disabled) {
    boolean reportOnTerminal = !reportToFile && streams.terminal();
    return streams.errTerminal() && !reportOnTerminal && !disabled;
  }

  void row() {
    rows++;
    if (enabled && (rows & 0x3FF) == 0) {
      long now = System.nanoTime();
      if (now - last >= everyNanos) {
        last = now;
        shown = true;
        err.print("\r" + rows + " rows checked");
        err.flush();
      }
    }
  }

  void done() {
    if (shown) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      err.println("\r" + rows + " rows checked in " + ms + " ms");
    }
  }
}
