package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the checker refuses or detects in its input: a file without a header, the byte order marks
 * of UTF-16 and UTF-32, and a finding on the field it is about.
 */
class InputChecksTest {
  private static final String CSV =
      CheckCommandTest.HEADER + "\n" + CheckCommandTest.ELIGIBLE_ROW + "\n";

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n\r\n", "# only a comment\n\n"})
  void aFileWithoutAHeaderExitsWithTwo(String text, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.csv");
    Files.writeString(file, text);
    Run run = Run.of("check", "-o", "jsonl", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("empty.csv").contains("no header line");
    Run stdin = Run.of(text, false, "check", "-o", "jsonl", "-");
    assertThat(stdin.exitCode()).isEqualTo(2);
    assertThat(stdin.err()).contains("no header line");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void aFileWithAUtf16Or32ByteOrderMarkIsDecodedAccordingly(String charset, @TempDir Path dir)
      throws IOException {
    Charset cs = Charset.forName(charset);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("\uFEFF".getBytes(cs));
    bytes.write(CSV.replace("Sevilla", "M\u00e1laga").getBytes(cs));
    Path file = dir.resolve("wide.csv");
    Files.write(file, bytes.toByteArray());
    Run run = Run.of("check", "-o", "jsonl", file.toString());
    assertThat(run.errBesidesSummary()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("{\"mobility_id\":\"M-1\",\"line\":2,\"verdict\":\"ELIGIBLE\"");
  }

  @Test
  void aNegativeExceptionalTravelCostIsReportedOnThatField() {
    String csv =
        CheckCommandTest.HEADER
            + ",exceptional_travel_cost,call_year\n"
            + CheckCommandTest.ELIGIBLE_ROW
            + ",-10,\n";
    Run run = Run.of(csv, false, "check", "-o", "jsonl", "-");
    assertThat(run.out())
        .contains("\"verdict\":\"INVALID_INPUT\"")
        .contains("\"field\":\"exceptional_travel_cost\"")
        .contains("-10.00', expected an amount of 0 or more");
  }

  @Test
  void generateRefusesANegativeNumberOfRows() {
    Run run = Run.of("generate", "--rows", "-5");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--rows must be 0 or more, not -5");
    assertThat(run.out()).isEmpty();
  }
}
