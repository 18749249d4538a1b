package io.github.vetmobility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Javadoc ends a summary at the first period followed by white space, so a summary with "e.g. " in
 * it is cut there in every index and member table. Doclint does not see this; this test reads the
 * comments of the public modules' sources as Javadoc does and refuses such a cut.
 */
class JavadocSummariesTest {
  private static final Pattern COMMENT = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern ABBREVIATION =
      Pattern.compile("\\b(e\\.g|i\\.e|etc|cf|vs|approx|incl)$", Pattern.CASE_INSENSITIVE);

  // The text up to the period that ends the first sentence; periods inside inline tags ({@code
  // a. b}) do not count, and a block tag (@param) ends the description.
  static String firstSentence(String comment) {
    String text = comment.replaceAll("(?m)^\\s*\\* ?", "");
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0
          && c == '.'
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return text.substring(0, i).strip();
      } else if (depth == 0 && c == '@' && (i == 0 || text.charAt(i - 1) == '\n')) {
        return text.substring(0, i).strip();
      }
    }
    return text.strip();
  }

  static List<String> cutSummaries(Path sources) throws IOException {
    List<String> cut = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files =
          walk.filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.toString().replace('\\', '/').contains("/internal/"))
              .collect(Collectors.toList());
    }
    for (Path f : files) {
      Matcher m = COMMENT.matcher(Files.readString(f));
      while (m.find()) {
        String first = firstSentence(m.group(1));
        if (ABBREVIATION.matcher(first).find()) {
          cut.add(sources.relativize(f) + ": " + first);
        }
      }
    }
    return cut;
  }

  @Test
  void theReadingFindsACutSummary() {
    assertThat(firstSentence("\n   * Returns the key, e.g. {@code A}.\n"))
        .isEqualTo("Returns the key, e.g");
    assertThat(firstSentence(" Returns {@code a. b}, for example {@code A}. More. "))
        .isEqualTo("Returns {@code a. b}, for example {@code A}");
    assertThat(firstSentence("\n * Checks.\n *\n * @param e.g. x\n")).isEqualTo("Checks");
    assertThat(ABBREVIATION.matcher("Returns the key, e.g").find()).isTrue();
  }

  @Test
  void noSummaryOfThePublicModulesStopsAtAnAbbreviation() throws IOException {
    Path root = ReadmeSnippetsTest.root();
    for (String module : List.of("core", "core/testkit", "validation")) {
      Path sources = root.resolve(module).resolve("src/main/java");
      assertThat(sources).isDirectory();
      assertThat(cutSummaries(sources)).as(module).isEmpty();
    }
  }
}
