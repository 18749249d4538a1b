package io.github.vetmobility.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Gives {@code --version} the version the build wrote into the jar. */
public final class VersionProvider implements IVersionProvider {
  /** Creates the provider (picocli calls this). */
  public VersionProvider() {}

  /** Returns the checker's version, e.g. {@code 0.1.0}, or {@code unknown} outside a build. */
  public static String version() {
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/vetmobility-cli.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "unknown");
      }
    } catch (IOException e) {
      // fall through: a missing version is not worth failing for
    }
    return "unknown";
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "vetmobility-cli " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
