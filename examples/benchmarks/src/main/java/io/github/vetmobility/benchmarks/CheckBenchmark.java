package io.github.vetmobility.benchmarks;

import io.github.vetmobility.examples.cli.check.RowChecker;
import io.github.vetmobility.examples.cli.csv.CsvReader;
import io.github.vetmobility.examples.cli.csv.CsvRecord;
import io.github.vetmobility.examples.cli.input.InputFormat;
import io.github.vetmobility.examples.cli.input.MappedRow;
import io.github.vetmobility.examples.cli.input.RowMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The three stages of {@code check}, per row, on one thread and with everything compiled: reading
 * CSV text into fields, mapping fields to a mobility, checking it (rule book, distance, grant, the
 * report's values). The rows are those of {@code generate --rows 10000 --seed 1}, the generator the
 * 1M-row timing in README uses. A timed run of the whole command adds start-up, compilation and the
 * threads' contention to these figures; see README, "Performance of check".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {
  private static final int ROWS = 10_000;

  private String text;
  private CsvRecord[] records;
  private MappedRow[] mapped;
  private RowMapper mapper;
  private RowChecker checker;

  /** Generates the rows, reads and maps them once, outside the measurement. */
  @Setup
  public void setUp() throws IOException {
    Path file = GeneratedRows.write("vetmobility-check-benchmark", ROWS);
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } finally {
      Files.delete(file);
    }
    records = new CsvRecord[ROWS];
    try (CsvReader csv = new CsvReader(new StringReader(text), ',')) {
      CsvRecord header = new CsvRecord();
      csv.next(header);
      mapper = InputFormat.detect(header).mapper(header);
      for (int i = 0; i < ROWS; i++) {
        records[i] = new CsvRecord();
        if (!csv.next(records[i])) {
          throw new IllegalStateException("the generator wrote only " + i + " rows");
        }
      }
    }
    checker = RowChecker.create(null, null);
    mapped = new MappedRow[ROWS];
    for (int i = 0; i < ROWS; i++) {
      mapped[i] = mapper.map(records[i]);
    }
  }

  /** Reads the 10,000 rows from their text (header included). Score: per row. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void read(Blackhole sink) {
    try (CsvReader csv = new CsvReader(new StringReader(text), ',')) {
      CsvRecord record = new CsvRecord();
      while (csv.next(record)) {
        sink.consume(record.get(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Maps each read row to a mobility (or an invalid-input result). Score: per row. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void map(Blackhole sink) {
    for (CsvRecord r : records) {
      sink.consume(mapper.map(r));
    }
  }

  /** Checks each mapped row: verdict, findings, distance and grant. Score: per row. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void check(Blackhole sink) {
    for (MappedRow row : mapped) {
      sink.consume(checker.check(row));
    }
  }
}
