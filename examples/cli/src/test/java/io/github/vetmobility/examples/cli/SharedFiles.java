package io.github.vetmobility.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the team's shared data ({@code ../shared} beside the project root) and our samples. */
public final class SharedFiles {
  private SharedFiles() {}

  /** Returns a file under the shared folder; {@code -Dvetmobility.shared=DIR} overrides. */
  public static Path shared(String relative) {
    String override = System.getProperty("vetmobility.shared");
    if (override != null) {
      return Path.of(override).resolve(relative);
    }
    return above("shared", relative);
  }

  /** Returns a file of the bundled sample data, {@code examples/data}. */
  public static Path sample(String name) {
    return above("examples/data", name);
  }

  private static Path above(String folder, String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve(folder).resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        folder + "/" + relative + " not found above " + Path.of("").toAbsolutePath());
  }
}
