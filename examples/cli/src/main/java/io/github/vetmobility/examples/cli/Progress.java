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
  private final long start = System.nanoTime();
  private long rows;
  private long last = start;
  private boolean shown;

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void row() {
    rows++;
    if (enabled && (rows & 0x3FF) == 0) {
      long now = System.nanoTime();
      if (now - last >= EVERY_NANOS) {
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
