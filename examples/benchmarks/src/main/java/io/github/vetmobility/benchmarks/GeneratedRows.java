package io.github.vetmobility.benchmarks;

import io.github.vetmobility.examples.cli.Streams;
import io.github.vetmobility.examples.cli.VetMobilityCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmarks' input: canonical rows from the checker's own generator with a fixed seed, the
 * same rows README's timed run uses.
 */
final class GeneratedRows {
  private GeneratedRows() {}

  /**
   * Writes {@code generate --rows N --seed 1} to a new temporary file.
   *
   * @param prefix the file name's prefix
   * @param rows the number of rows
   * @return the file; the caller deletes it
   * @throws IOException if the file cannot be created
   */
  static Path write(String prefix, int rows) throws IOException {
    Path file = Files.createTempFile(prefix, ".csv");
    int code =
        VetMobilityCli.run(
            Streams.system(),
            "generate",
            "--rows",
            Integer.toString(rows),
            "--seed",
            "1",
            "--output-file",
            file.toString());
    if (code != VetMobilityCli.OK) {
      Files.deleteIfExists(file);
      throw new IllegalStateException("generate exited with " + code);
    }
    return file;
  }
}
