package io.github.vetmobility.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the team's shared reference folder ({@code ../shared} beside the project root). */
public final class SharedData {
  private SharedData() {}

  /** Returns the path of a file under the shared folder; fails clearly when it is missing. */
  public static Path file(String relative) {
    String override = System.getProperty("vetmobility.shared");
    if (override != null) {
      return Path.of(override).resolve(relative);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "shared/"
            + relative
            + " not found above "
            + Path.of("").toAbsolutePath()
            + "; set -Dvetmobility.shared=/path/to/shared");
  }
}
