package io.github.vetmobility.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The standard streams a command uses, so tests can run the checker in-process.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param terminal whether standard output is a terminal a person reads: the default report is text
 *     then
 * @param errTerminal whether standard error is a terminal: progress may be shown there
 */
public record Streams(
    InputStream in, PrintStream out, PrintStream err, boolean terminal, boolean errTerminal) {

  /** Streams where standard error is a terminal when standard output is. */
  public Streams(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
    this(in, out, err, terminal, terminal);
  }

  /** Returns the process's own streams. */
  public static Streams system() {
    boolean console = System.console() != null;
    return new Streams(System.in, System.out, System.err, console, console || isTerminal(2));
  }

  // Java 17 cannot ask whether standard error alone is a terminal; on Linux the descriptor's link
  // says so. Elsewhere this answers false, and progress follows the console.
  private static boolean isTerminal(int descriptor) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
