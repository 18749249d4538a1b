package io.github.vetmobility.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Finds the real Erasmus+ data the tests read: files kept, unchanged, under this module's {@code
 * src/test/resources/erasmus-data} (their sources and licences are in {@code SOURCES.md} there), so
 * that a fresh clone tests on its own.
 */
public final class RealData {
  private RealData() {}

  /**
   * Returns the path of a test fixture.
   *
   * @param relative its path under the test resources, e.g. {@code erasmus-data/cities/x.csv}
   * @return the file
   * @throws IllegalStateException if the fixture is not on the test class path
   */
  public static Path file(String relative) {
    URL url = RealData.class.getResource("/" + relative);
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
}
