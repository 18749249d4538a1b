package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A report that cannot be written (a full disk, a closed pipe) ends the run with exit 2 and a
 * message, and stops the reading: {@code check} of an endless input and {@code generate} of endless
 * rows both end when their output fails. The timeouts only guard the build against the hangs these
 * tests are about; they measure nothing.
 */
class WriteFailureTest {
  /** Accepts a few bytes, then fails as a full disk or a closed pipe does. */
  private static final class FailingOutput extends OutputStream {
    private long left;

    FailingOutput(long accepted) {
      left = accepted;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > left) {
        left = 0;
        throw new IOException("No space left on device");
      }
      left -= len;
    }
  }

  /** The header, then the same eligible row for ever; counts the bytes read. */
  private static final class EndlessInput extends InputStream {
    private final byte[] header = (CheckCommandTest.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    private final byte[] row =
        (CheckCommandTest.ELIGIBLE_ROW + "\n").getBytes(StandardCharsets.UTF_8);
    private long served;

    @Override
    public int read() {
      byte[] one = new byte[1];
      read(one, 0, 1);
      return one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len) {
        long at = served;
        byte c =
            at < header.length ? header[(int) at] : row[(int) ((at - header.length) % row.length)];
        b[off + n++] = c;
        served++;
      }
      return n;
    }
  }

  private static Run run(InputStream in, OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Streams streams =
        new Streams(
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    int code = VetMobilityCli.run(streams, args);
    return new Run(code, "", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  @Timeout(120)
  void checkStopsReadingAndExitsWithTwoWhenStandardOutputFails() {
    // Standard input is kept whole for the two passes: an endless one stops at the bound.
    Run r =
        run(
            new EndlessInput(),
            new FailingOutput(100_000),
            "check",
            "-o",
            "jsonl",
            "--max-stdin-size",
            "5000000",
            "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("vetmobility-cli check: ")
        .contains("standard input is longer than 5000000 bytes");
  }

  @Test
  @Timeout(120)
  void checkOfStandardInputExitsWithTwoWhenStandardOutputFails() {
    StringBuilder rows = new StringBuilder(CheckCommandTest.HEADER + "\n");
    for (int i = 0; i < 20_000; i++) {
      rows.append(CheckCommandTest.ELIGIBLE_ROW).append('\n');
    }
    Run r =
        run(
            new java.io.ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)),
            new FailingOutput(100_000),
            "check",
            "-o",
            "jsonl",
            "-");
    assertThat(rows).isNotEmpty();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("vetmobility-cli check: ").contains("standard output");
  }

  @Test
  void checkOfAFileExitsWithTwoWhenStandardOutputFails() {
    Run r =
        run(InputStream.nullInputStream(), new FailingOutput(10), "check", CheckCommandTest.SAMPLE);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("standard output");
  }

  @Test
  @Timeout(120)
  void generateOfEndlessRowsStopsWhenStandardOutputFails() {
    Run r =
        run(
            InputStream.nullInputStream(),
            new FailingOutput(100),
            "generate",
            "--rows",
            "99999999999999");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("vetmobility-cli generate: ").contains("standard output");
  }

  @Test
  void otherCommandsReportAFailedStandardOutputToo() {
    Run r = run(InputStream.nullInputStream(), new FailingOutput(10), "rules");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("standard output");
  }

  @Test
  void aFullDiskAsOutputFileExitsWithTwo() {
    assumeTrue(Files.exists(Path.of("/dev/full")), "a system with /dev/full");
    Run r = Run.of("check", "--output-file", "/dev/full", CheckCommandTest.SAMPLE);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("No space left on device");
  }

  @Test
  void aDeviceAsOutputFileIsWrittenDirectly() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/null")), "a system with /dev/null");
    long before;
    try (var files = Files.list(Path.of("/dev"))) {
      before = files.count();
    }
    Run r = Run.of("check", "--quiet", "--output-file", "/dev/null", CheckCommandTest.SAMPLE);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    try (var files = Files.list(Path.of("/dev"))) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith(".null."))).isEmpty();
    }
    assertThat(before).isPositive();
  }
}
