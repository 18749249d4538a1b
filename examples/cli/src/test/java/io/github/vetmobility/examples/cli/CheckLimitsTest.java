package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The checker's bounds: a record too long, or a quote never closed within the limit, is one
 * INVALID_INPUT row and the batch goes on; the limits are options; an {@link Error} in a thread of
 * the run ends it with exit 2 and a message.
 */
class CheckLimitsTest {
  private static final String HEADER = CheckCommandTest.HEADER;
  private static final String ROW = CheckCommandTest.ELIGIBLE_ROW;

  @Test
  void aStrayQuoteInRowTwoSpoilsThatRowOnly() {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int i = 1; i <= 2_000; i++) {
      String row = ROW.replace("M-1,", "M-" + i + ",");
      csv.append(i == 2 ? row.replace(",Bologna,", ",\"Bologna,") : row).append('\n');
    }
    Run run = Run.of(csv.toString(), false, "check", "-o", "jsonl", "-");
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(2_000);
    assertThat(lines[1])
        .contains("\"mobility_id\":\"M-2\",\"line\":3,\"verdict\":\"INVALID_INPUT\"")
        .contains("a quote opened on line 3 is never closed before the end of the input");
    assertThat(lines[2]).contains("\"mobility_id\":\"M-3\",\"line\":4,\"verdict\":\"ELIGIBLE\"");
    assertThat(run.out().split("INVALID_INPUT", -1)).hasSize(2);
  }

  @Test
  void theLimitsAreOptionsAndALongerLineIsOneInvalidRow() {
    String csv = HEADER + "\n" + ROW + ",x".repeat(200) + "\n" + ROW.replace("M-1", "M-2") + "\n";
    Run run = Run.of(csv, false, "check", "-o", "jsonl", "--max-line-length", "300", "-");
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0])
        .contains("\"line\":2,\"verdict\":\"INVALID_INPUT\"")
        .contains("line 2 is longer than 300 characters");
    assertThat(lines[1]).contains("\"mobility_id\":\"M-2\",\"line\":3,\"verdict\":\"ELIGIBLE\"");
    // With the default limits the same row is merely one with too many fields.
    assertThat(Run.of(csv, false, "check", "-o", "jsonl", "-").out())
        .contains("expected 17 fields as in the header, got 217");
  }

  @Test
  void limitsOutOfRangeAreUsageErrors() {
    Run zero = Run.of("check", "--max-line-length", "0", CheckCommandTest.SAMPLE);
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--max-line-length must be at least 1, not 0");
    Run inverted =
        Run.of(
            "check",
            "--max-line-length",
            "100",
            "--max-record-length",
            "50",
            CheckCommandTest.SAMPLE);
    assertThat(inverted.exitCode()).isEqualTo(2);
    assertThat(inverted.err())
        .contains("--max-record-length must be at least --max-line-length (100), not 50");
  }

  /** Serves the header and one row, then fails as a JVM out of memory would. */
  private static final class FailingInput extends InputStream {
    private final byte[] start = (HEADER + "\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8);
    private boolean served;

    @Override
    public int read() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served) {
        throw new OutOfMemoryError("simulated");
      }
      served = true;
      System.arraycopy(start, 0, b, off, start.length);
      return start.length;
    }

    @Override
    public int available() {
      return 0;
    }
  }

  // The timeout only guards the build against the hang this test is about; it measures nothing.
  @Test
  @Timeout(120)
  void anErrorInTheReadingThreadEndsTheRunWithExitTwoNotAHang() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Streams streams =
        new Streams(
            new FailingInput(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    int code = VetMobilityCli.run(streams, "check", "-o", "jsonl", "-");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("stopped by an internal error: java.lang.OutOfMemoryError: simulated");
  }
}
