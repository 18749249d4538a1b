package io.github.vetmobility.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The checker on hostile input: arbitrary bytes and truncated files never crash it (an exit code of
 * 0, 1 or 2 and no stack trace), and every data row read gives exactly one output row.
 */
class CheckRobustnessTest {
  private static final Path SAMPLE = SharedFiles.sample("vet-mobilities-sample.csv");

  /** One run on standard input, jsonl out. */
  private record Result(int exitCode, List<String> rows, String err) {}

  private static Result check(byte[] input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Streams streams =
        new Streams(
            new ByteArrayInputStream(input),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    int code = VetMobilityCli.run(streams, "check", "-", "--output", "jsonl", "--call", "2025");
    String text = out.toString(StandardCharsets.UTF_8);
    List<String> rows = text.isEmpty() ? List.of() : List.of(text.split("\n"));
    return new Result(code, rows, err.toString(StandardCharsets.UTF_8));
  }

  private static void neverCrashed(Result r) {
    assertThat(r.exitCode()).isIn(0, 1, 2);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Property(tries = 300)
  void arbitraryBytesNeverCrashTheChecker(@ForAll("bytes") byte[] input) {
    neverCrashed(check(input));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    Arbitrary<byte[]> afterHeader =
        raw.map(
            b -> {
              byte[] header = (CheckCommandTest.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
              byte[] all = new byte[header.length + b.length];
              System.arraycopy(header, 0, all, 0, header.length);
              System.arraycopy(b, 0, all, header.length, b.length);
              return all;
            });
    return Arbitraries.oneOf(raw, afterHeader);
  }

  @Property(tries = 200)
  void aTruncatedFileNeverCrashesTheCheckerAndLosesNoRow(
      @ForAll @IntRange(min = 0, max = 1_000_000) int cutPermille) throws IOException {
    byte[] sample = Files.readAllBytes(SAMPLE);
    int cut = (int) ((long) sample.length * cutPermille / 1_000_000);
    byte[] truncated = java.util.Arrays.copyOf(sample, cut);
    Result r = check(truncated);
    neverCrashed(r);
    String text = new String(truncated, StandardCharsets.UTF_8);
    int header = headerEnd(text);
    if (header >= 0 && r.exitCode() != 2) {
      long expected =
          text.substring(header).lines().filter(line -> !line.replace(",", "").isBlank()).count();
      assertThat(r.rows()).as("rows out for a file cut at byte %d", cut).hasSize((int) expected);
    }
  }

  /** Returns where the data rows start (after the header line), or -1 if the header is cut. */
  private static int headerEnd(String text) {
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      if (nl < 0) {
        return -1;
      }
      if (!text.startsWith("#", pos)) {
        return nl + 1;
      }
      pos = nl + 1;
    }
    return -1;
  }

  @Property(tries = 200)
  void everyRowInGivesOneRowOut(@ForAll("rows") List<String> rows) {
    String input = CheckCommandTest.HEADER + "\n" + String.join("\n", rows) + "\n";
    Result r = check(input.getBytes(StandardCharsets.UTF_8));
    neverCrashed(r);
    assertThat(r.exitCode()).isNotEqualTo(2);
    assertThat(r.rows()).hasSize(rows.size());
  }

  @Provide
  Arbitrary<List<String>> rows() {
    // Valid rows, rows with cells garbled, cut short or padded: never a quote or a line break,
    // so that each is exactly one CSV record.
    Arbitrary<String> garbled =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars("éß€ ")
            .excludeChars('"', '#')
            .ofMinLength(1)
            .ofMaxLength(200)
            .map(s -> "x" + s);
    Arbitrary<String> cut =
        Arbitraries.integers()
            .between(1, CheckCommandTest.ELIGIBLE_ROW.length())
            .map(n -> CheckCommandTest.ELIGIBLE_ROW.substring(0, n));
    Arbitrary<String> padded =
        Arbitraries.integers()
            .between(1, 5)
            .map(n -> CheckCommandTest.ELIGIBLE_ROW + ",x".repeat(n));
    return Arbitraries.oneOf(Arbitraries.just(CheckCommandTest.ELIGIBLE_ROW), garbled, cut, padded)
        .list()
        .ofMaxSize(40);
  }
}
