package io.github.vetmobility.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of README.md is taken from the examples, which compile: each of its lines (but
 * comments and lone closing braces) is a line of one of the example sources.
 */
class ReadmeSnippetsTest {
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("README.md")) && Files.exists(here.resolve("core"))
        ? here
        : here.getParent().getParent();
  }

  static List<List<String>> snippets(String markdown) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = null;
    for (String line : markdown.split("\n", -1)) {
      if (current == null && line.strip().equals("```java")) {
        current = new ArrayList<>();
      } else if (current != null && line.strip().equals("```")) {
        out.add(current);
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return out;
  }

  @Test
  void everyJavaSnippetOfTheReadmeIsInTheExamples() throws IOException {
    Path root = root();
    Set<String> exampleLines;
    try (Stream<Path> files = Files.walk(root.resolve("examples/basics/src/main/java"))) {
      exampleLines =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .flatMap(
                  f -> {
                    try {
                      return Files.readAllLines(f).stream();
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(String::strip)
              .collect(Collectors.toSet());
    }
    List<List<String>> snippets = snippets(Files.readString(root.resolve("README.md")));
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(5);
    for (List<String> snippet : snippets) {
      for (String line : snippet) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("//") || s.equals("}")) {
          continue;
        }
        assertThat(exampleLines).as("README line not in examples/basics: %s", s).contains(s);
      }
    }
  }
}
