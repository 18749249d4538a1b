package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the checker, with what it printed. */
record Run(int exitCode, String out, String err) {
  static Run of(String stdin, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Streams streams =
        new Streams(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            terminal);
    int code = VetMobilityCli.run(streams, args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run of(String... args) {
    return of("", false, args);
  }

  /**
   * Returns standard error without the summary line that a check prints when its report goes to a
   * file or a pipe (asserted to be there, once, and last).
   */
  String errBesidesSummary() {
    String[] lines = err.split("\n", -1);
    assertThat(lines.length).as(err).isGreaterThanOrEqualTo(2);
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(lines[lines.length - 2])
        .as(err)
        .startsWith("vetmobility-cli check: ")
        .contains(" row");
    return String.join("\n", java.util.Arrays.copyOf(lines, lines.length - 2))
        + (lines.length > 2 ? "\n" : "");
  }
}
