package io.github.vetmobility.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams a command uses, so tests can run the checker in-process.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param terminal whether a person is watching (standard output is a terminal): progress is shown
 *     then, and the default report is text
 */
public record Streams(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
  /** Returns the process's own streams. */
  public static Streams system() {
    return new Streams(System.in, System.out, System.err, System.console() != null);
  }
}
