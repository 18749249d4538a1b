package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.funding.internal.FundingData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled data cites only sources a grants officer can follow: no raw IP address, no test
 * server, no document-sharing site and no content farm; every source is declared once, the same way
 * wherever it is declared, and every declared source is cited.
 */
class BundledSourcesTest {
  private static final Path DATA = Path.of("src/main/resources/io/github/vetmobility");
  private static final Path EXAMPLES = Path.of("../examples");
  private static final Pattern URL = Pattern.compile("https?://[^\\s|,;\"]+");
  private static final Set<String> DOCUMENT_SHARING =
      Set.of(
          "scribd.com",
          "spotidoc.com",
          "vdocuments.mx",
          "vdocuments.net",
          "vdocument.in",
          "fdocuments.in",
          "documents.pub",
          "dokumen.pub",
          "dokumen.tips",
          "slideshare.net",
          "pubhtml5.com",
          "issuu.com",
          "docplayer.net",
          "yumpu.com",
          "studylib.net",
          "pdfcoffee.com",
          "calameo.com");
  private static final Set<String> CONTENT_FARMS =
      Set.of("hoivdap.com", "calculator.city", "hotpinkbraces.com", "melakarnets.com");

  private static List<Path> bundledFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(DATA, EXAMPLES)) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.toString().endsWith(".rules") || p.toString().endsWith(".csv"))
            .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/test/"))
            .forEach(files::add);
      }
    }
    return files;
  }

  /** Returns why a host may not be cited, or {@code null}. */
  static String refusal(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.matches("[0-9.]+") || h.startsWith("[")) {
      return "a raw IP address";
    }
    for (String label : h.split("\\.")) {
      if (label.equals("test") || label.startsWith("test-") || label.endsWith("-test")) {
        return "a test server";
      }
    }
    for (String d : DOCUMENT_SHARING) {
      if (h.equals(d) || h.endsWith("." + d)) {
        return "a document-sharing site";
      }
    }
    for (String d : CONTENT_FARMS) {
      if (h.equals(d) || h.endsWith("." + d)) {
        return "a content farm";
      }
    }
    return null;
  }

  @Test
  void theRefusedHostsAreRecognised() {
    assertThat(refusal("193.140.245.9")).isEqualTo("a raw IP address");
    assertThat(refusal("t3-test.uni-rostock.de")).isEqualTo("a test server");
    assertThat(refusal("www.scribd.com")).isEqualTo("a document-sharing site");
    assertThat(refusal("spotidoc.com")).isEqualTo("a document-sharing site");
    assertThat(refusal("hoivdap.com")).isEqualTo("a content farm");
    assertThat(refusal("www.uni-rostock.de")).isNull();
    assertThat(refusal("erasmus-plus.ec.europa.eu")).isNull();
    assertThat(refusal("contest.example.org")).isNull();
  }

  @Test
  void noBundledFactCitesARefusedHost() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> files = bundledFiles();
    assertThat(files).hasSizeGreaterThan(8);
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = URL.matcher(lines.get(i));
        while (m.find()) {
          String host = URI.create(m.group().replace(" ", "%20")).getHost();
          String why = host == null ? "not a web address" : refusal(host);
          if (why != null) {
            problems.add(f + ":" + (i + 1) + " " + m.group() + " is " + why);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everySourceIsDeclaredTheSameWayWhereverItIsDeclaredAndIsCited() throws IOException {
    Map<String, Source> seen = new HashMap<>(FundingData.builtIn().declaredSources());
    List<String> problems = new ArrayList<>();
    for (RuleBook b : RuleBooks.builtIn().all()) {
      for (Fact f : b.facts()) {
        for (Source s : f.citedSources()) {
          Source before = seen.putIfAbsent(s.id(), s);
          if (before != null && !before.equals(s)) {
            problems.add(s.id() + " declared as " + s + " and as " + before);
          }
        }
      }
    }
    // A rule-book file declares only sources its facts cite.
    try (Stream<Path> s = Files.list(DATA.resolve("rules/internal"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".rules")).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
          if (line.startsWith("source ")) {
            String id = line.split("\\s+")[1];
            if (!Pattern.compile(
                    "\\s(\\S*;)?" + Pattern.quote(id) + "(;\\S*)?\\s*$", Pattern.MULTILINE)
                .matcher(text)
                .find()) {
              problems.add(f.getFileName() + " declares " + id + " but cites it nowhere");
            }
          }
        }
      }
    }
    // Funding rows and the built-in rate tables cite declared ids or note sections only.
    Set<String> declared = new HashSet<>(FundingData.builtIn().declaredSources().keySet());
    try (Stream<Path> s = Files.walk(DATA.resolve("funding/internal"))) {
      for (Path f : s.filter(p -> p.toString().endsWith(".csv")).toList()) {
        if (f.getFileName().toString().equals("sources.csv")) {
          continue;
        }
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.startsWith("#")
              || line.isBlank()
              || line.startsWith("programme,")
              || line.startsWith("national_agency,")) {
            continue;
          }
          String sources = line.substring(line.lastIndexOf(',') + 1);
          for (String id : sources.split(";")) {
            if (!declared.contains(id) && !id.matches("[A-Za-z0-9_.-]+\\.md#[0-9A-Za-z._-]+")) {
              problems.add(f.getFileName() + ": " + id + " is not declared in sources.csv");
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyBundledSourceHasATitleAKindAndAnAddress() {
    for (RuleBook b : RuleBooks.builtIn().all()) {
      for (Fact f : b.facts()) {
        assertThat(f.citedSources().size() + notes(f.sources()))
            .as(f.toString())
            .isEqualTo(f.sources().size());
        for (Source s : f.citedSources()) {
          assertThat(s.title()).isNotBlank();
          assertThat(s.url()).startsWith("http");
          assertThat(s.kind()).isNotNull();
        }
      }
    }
  }

  private static int notes(List<String> sources) {
    return (int) sources.stream().filter(s -> s.contains(".md#")).count();
  }

  static {
    if (!Files.isDirectory(DATA)) {
      throw new UncheckedIOException(new IOException("run from the core module: " + DATA));
    }
  }
}
