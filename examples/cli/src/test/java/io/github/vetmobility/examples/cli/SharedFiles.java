package io.github.vetmobility.examples.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the files the tests share: real Commission rows and the bundled samples. */
public final class SharedFiles {
  private SharedFiles() {}

  /**
   * Returns a real data file kept, unchanged, under this module's {@code
   * src/test/resources/erasmus-data} (sources and licences in {@code SOURCES.md} there).
   */
  public static Path realData(String relative) {
    URL url = SharedFiles.class.getResource("/" + relative);
    if (url == null) {
      throw new IllegalStateException(
          relative + " is not among the test resources (src/test/resources)");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot read " + url, e);
    }
  }

  /** Returns a file of the bundled sample data, {@code examples/data}. */
  public static Path sample(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("examples/data").resolve(name);
      if (Files.exists(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "examples/data/" + name + " not found above " + Path.of("").toAbsolutePath());
  }
}
