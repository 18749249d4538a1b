package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report never destroys a file it does not own and is written whole or not at all: an output
 * that is an input is refused, the report is written beside its target and moved into place at the
 * end, and a run that fails or is interrupted leaves the old file (or no file) and no partial one.
 */
class OutputSafetyTest {
  private static final String INPUT =
      CheckCommandTest.HEADER + "\n" + CheckCommandTest.ELIGIBLE_ROW + "\n";

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anOutputFileThatIsTheInputIsRefusedAndTheInputKept(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, INPUT);
    Run run = Run.of("check", "--output-file", in.toString(), in.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("in.csv").contains("is also an input");
    assertThat(Files.readString(in)).isEqualTo(INPUT);
    assertThat(names(dir)).containsExactly("in.csv");
  }

  @Test
  void anOutputFileThatIsTheInputThroughALinkIsRefused(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, INPUT);
    Path symlink = Files.createSymbolicLink(dir.resolve("report.csv"), in);
    Path hardLink = Files.createLink(dir.resolve("hard.csv"), in);
    Path dotted = dir.resolve(".").resolve("in.csv");
    for (Path out : List.of(symlink, hardLink, dotted)) {
      Run run = Run.of("check", "--output-file", out.toString(), in.toString());
      assertThat(run.exitCode()).as(out.toString()).isEqualTo(2);
      assertThat(run.err()).as(out.toString()).contains("is also an input");
    }
    // And the other way round: the input named through the link, the output by its own name.
    Run reversed = Run.of("check", "--output-file", in.toString(), symlink.toString());
    assertThat(reversed.exitCode()).isEqualTo(2);
    assertThat(Files.readString(in)).isEqualTo(INPUT);
    assertThat(names(dir)).containsExactly("hard.csv", "in.csv", "report.csv");
  }

  @Test
  void theReportIsMovedIntoPlaceWholeAndNoTemporaryFileIsLeft(@TempDir Path dir)
      throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, INPUT);
    Path out = dir.resolve("report.jsonl");
    Files.writeString(out, "old report\n");
    Run run = Run.of("check", "--output-file", out.toString(), in.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).startsWith("{\"mobility_id\":\"M-1\"").endsWith("}\n");
    assertThat(names(dir)).containsExactly("in.csv", "report.jsonl");
  }

  @Test
  void aRunThatFailsKeepsTheOldReportAndLeavesNoPartialOne(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, INPUT);
    Path out = dir.resolve("report.jsonl");
    Files.writeString(out, "old report\n");
    Run run =
        Run.of(
            "check",
            "--output-file",
            out.toString(),
            in.toString(),
            dir.resolve("nope.csv").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file");
    assertThat(Files.readString(out)).isEqualTo("old report\n");
    assertThat(names(dir)).containsExactly("in.csv", "report.jsonl");
  }

  @Test
  void aLinkedOutputFileIsReplacedThroughItsLink(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in.csv");
    Files.writeString(in, INPUT);
    Path real = dir.resolve("real.jsonl");
    Files.writeString(real, "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real);
    assertThat(Run.of("check", "--output-file", link.toString(), in.toString()).exitCode())
        .isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("{\"mobility_id\":\"M-1\"");
  }

  @Test
  void generateWritesItsFileWholeToo(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("g.csv");
    assertThat(Run.of("generate", "--rows", "3", "--output-file", out.toString()).exitCode())
        .isZero();
    assertThat(Files.readAllLines(out)).hasSize(4);
    assertThat(names(dir)).containsExactly("g.csv");
  }

  /**
   * A real process, stopped by a signal while it waits for more input on standard input: the
   * shutdown hook deletes the temporary report, and the target is never created.
   */
  @Test
  void anInterruptedRunLeavesNoPartialReport(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path out = dir.resolve("report.jsonl");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                VetMobilityCli.class.getName(),
                "check",
                "--output-file",
                out.toString(),
                "-")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    OutputStream stdin = p.getOutputStream();
    stdin.write(INPUT.getBytes(StandardCharsets.UTF_8));
    stdin.flush(); // not closed: the checker waits for more rows
    // Wait until the temporary report exists (the process has started writing), then stop it.
    while (names(dir).isEmpty() && p.isAlive()) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("the checker still waits for input").isTrue();
    assertThat(names(dir)).singleElement().asString().startsWith(".report.jsonl.");
    p.destroy(); // SIGTERM: the same shutdown hooks as Ctrl-C's SIGINT
    p.waitFor();
    stdin.close();
    assertThat(names(dir)).isEmpty();
  }
}
