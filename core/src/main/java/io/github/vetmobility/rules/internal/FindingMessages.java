package io.github.vetmobility.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The translated messages of findings, read from the bundles {@code
 * io/github/vetmobility/rules/messages/FindingMessages_<language>.properties} of this module. Not
 * part of the API.
 *
 * <p>The files are read here rather than with {@code ResourceBundle.getBundle}: in a named module
 * that method takes no {@code ResourceBundle.Control}, so a locale without a bundle would fall back
 * to the JVM's default locale before the base bundle, and an unknown locale would read French on a
 * French machine. Here it always reads English.
 */
public final class FindingMessages {
  /** The languages that have a bundle of their own besides English. */
  public static final List<String> LANGUAGES =
      List.of("de", "es", "fr", "it", "mk", "nl", "pl", "sl", "sq", "sr");

  /** Where the bundles are, as a resource name without the locale suffix and extension. */
  public static final String BASE = "/io/github/vetmobility/rules/messages/FindingMessages";

  private static final Map<String, Map<String, String>> LOADED = new ConcurrentHashMap<>();

  private FindingMessages() {}

  /**
   * Returns the messages of a locale's language, or an empty map for English and for every language
   * without a bundle (then English applies).
   *
   * @param locale the locale
   * @return the messages by key, never {@code null}
   */
  public static Map<String, String> of(Locale locale) {
    String language = locale.getLanguage();
    if (!LANGUAGES.contains(language)) {
      return Map.of();
    }
    return LOADED.computeIfAbsent(language, l -> read(BASE + "_" + l + ".properties"));
  }

  /**
   * Reads one bundle file of this module, as UTF-8.
   *
   * @param resource the resource name, absolute
   * @return its messages by key
   */
  public static Map<String, String> read(String resource) {
    try (InputStream in = FindingMessages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing message bundle " + resource);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> m = new HashMap<>();
      p.forEach((k, v) -> m.put((String) k, (String) v));
      return Map.copyOf(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
