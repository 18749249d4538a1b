package io.github.vetmobility.benchmarks;

import io.github.vetmobility.examples.cli.Streams;
import io.github.vetmobility.examples.cli.VetMobilityCli;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole {@code check} command on a generated batch, run again and again in one JVM: after the
 * warm-up shots the batch runs with the checker's code already compiled and its data loaded, which
 * is the floor a timed {@code java -jar} run cannot go below (it adds the JVM's start-up, the data
 * loading and the compilation). The batch is {@code generate --rows N --seed 1}, the text report is
 * written to a null stream, and the heap is capped at 256 MB as in README's timed run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class BatchBenchmark {
  /** The number of generated rows. */
  @Param("1000000")
  public int rows;

  private Path file;
  private Streams streams;

  /** Generates the batch once per fork. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = GeneratedRows.write("vetmobility-batch-benchmark", rows);
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    streams = new Streams(InputStream.nullInputStream(), nowhere, nowhere, false);
  }

  /** Deletes the batch. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Checks the whole batch as README's timed command does. Score: per batch. */
  @Benchmark
  public int check() {
    int code =
        VetMobilityCli.run(
            streams, "check", "-o", "text", "--no-progress", "--exit-zero", file.toString());
    if (code != VetMobilityCli.OK) {
      throw new IllegalStateException("check exited with " + code);
    }
    return code;
  }
}
