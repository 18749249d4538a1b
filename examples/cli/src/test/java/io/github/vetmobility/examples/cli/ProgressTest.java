package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressTest {
  private static final String SAMPLE = SharedFiles.sample("vet-mobilities-sample.csv").toString();

  private static String shown(boolean enabled, int rows) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Progress p = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), enabled, 0);
    for (int i = 0; i < rows; i++) {
      p.row();
    }
    p.done();
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void countsRowsEveryThousandAndTwentyFourAndSaysWhenDone() {
    String text = shown(true, 3000);
    assertThat(text).contains("\r1024 rows checked").contains("\r2048 rows checked");
    assertThat(text).containsPattern("\r3000 rows checked in \\d+ ms\\R$");
  }

  @Test
  void saysNothingForShortRuns() {
    assertThat(shown(true, 1023)).isEmpty();
  }

  @Test
  void saysNothingWhenDisabled() {
    assertThat(shown(false, 5000)).isEmpty();
  }

  private static Streams streams(boolean outTerminal, boolean errTerminal) {
    return new Streams(System.in, System.out, System.err, outTerminal, errTerminal);
  }

  @ParameterizedTest(name = "out terminal {0}, err terminal {1}, to file {2}, --no-progress {3}")
  @CsvSource({
    // a person watches standard error, the report goes elsewhere: shown
    "false, true,  false, false, true",
    "true,  true,  true,  false, true",
    "false, true,  true,  false, true",
    // the report is written to the same terminal: not shown, the two would mix
    "true,  true,  false, false, false",
    // standard error is a pipe or a file: never
    "false, false, false, false, false",
    "true,  false, true,  false, false",
    "false, false, true,  false, false",
    // --no-progress wins
    "false, true,  true,  true,  false",
    "false, true,  false, true,  false",
  })
  void isShownOnlyOnATerminalThatHoldsNoReport(
      boolean outTerminal, boolean errTerminal, boolean toFile, boolean disabled, boolean shown) {
    assertThat(Progress.wanted(streams(outTerminal, errTerminal), toFile, disabled))
        .isEqualTo(shown);
  }

  @Test
  void aRunWithoutATerminalWritesOnlyItsSummaryLineToStandardError(@TempDir Path dir) {
    Path report = dir.resolve("r.jsonl");
    Run r = Run.of("check", "--exit-zero", "--output-file", report.toString(), SAMPLE);
    assertThat(r.exitCode()).isZero();
    assertThat(r.errBesidesSummary()).isEmpty();
    assertThat(r.err())
        .startsWith("vetmobility-cli check: 58 rows: ")
        .contains(" eligible, ")
        .contains("; grant EUR ")
        .endsWith("; jsonl report in " + report + "\n");
    Run quiet = Run.of("check", "--exit-zero", "-q", "--output-file", report.toString(), SAMPLE);
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void theFourPartStreamsTieStandardErrorToTheConsole() {
    assertThat(new Streams(System.in, System.out, System.err, true).errTerminal()).isTrue();
    assertThat(new Streams(System.in, System.out, System.err, false).errTerminal()).isFalse();
  }
}
