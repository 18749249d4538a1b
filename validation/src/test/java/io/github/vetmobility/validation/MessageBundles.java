package io.github.vetmobility.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/** Reads the module's ContributorValidationMessages files directly, strictly as UTF-8. */
final class MessageBundles {
  /** The eleven locales the module ships, English first. */
  static final List<Locale> LOCALES =
      List.of("en", "fr", "de", "it", "es", "pl", "nl", "sl", "sq", "sr", "mk").stream()
          .map(Locale::forLanguageTag)
          .toList();

  private MessageBundles() {}

  /** The messages of one locale ({@link Locale#ROOT} for the base file), sorted by key. */
  static Map<String, String> messages(Locale locale) {
    String name =
        "/ContributorValidationMessages"
            + (locale.equals(Locale.ROOT) ? "" : "_" + locale.toLanguageTag())
            + ".properties";
    try (InputStream in = MessageBundles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("missing bundle " + name);
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(in.readAllBytes()))
              .toString();
      Properties p = new Properties();
      p.load(new StringReader(text));
      Map<String, String> m = new TreeMap<>();
      p.forEach((k, v) -> m.put((String) k, (String) v));
      return m;
    } catch (CharacterCodingException e) {
      throw new AssertionError(name + " is not valid UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code {parameter}} names of a template, in order of appearance.
   *
   * @throws AssertionError if the template is malformed for Bean Validation: unbalanced or nested
   *     braces, an empty name, or an EL expression or escape that would read differently with and
   *     without Expression Language
   */
  static Set<String> parameters(String template) {
    Set<String> names = new LinkedHashSet<>();
    int open = -1;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '$' || c == '\\') {
        throw new AssertionError("'" + c + "' in template: " + template);
      } else if (c == '{') {
        if (open >= 0) {
          throw new AssertionError("nested '{' in template: " + template);
        }
        open = i;
      } else if (c == '}') {
        if (open < 0) {
          throw new AssertionError("'}' without '{' in template: " + template);
        }
        String name = template.substring(open + 1, i);
        if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
          throw new AssertionError("bad parameter '" + name + "' in template: " + template);
        }
        names.add(name);
        open = -1;
      }
    }
    if (open >= 0) {
      throw new AssertionError("unclosed '{' in template: " + template);
    }
    if (template.isBlank()) {
      throw new AssertionError("blank template");
    }
    return names;
  }
}
