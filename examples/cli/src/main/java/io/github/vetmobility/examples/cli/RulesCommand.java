package io.github.vetmobility.examples.cli;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.examples.cli.check.RuleBookChoice;
import io.github.vetmobility.rules.Fact;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import io.github.vetmobility.rules.Source;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rules [--edition E]}: the rule catalogue, or one rule book's numbers. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the rule catalogue: every rule id, its severity, the field it concerns and what it"
          + " checks. With --edition, the numbers of one rule book with their confidence and"
          + " sources; with --books, the rule books."
    })
final class RulesCommand implements Callable<Integer> {
  private final Streams streams;

  @Spec private CommandSpec spec;

  @Option(
      names = "--edition",
      paramLabel = "E",
      description =
          "A rule book: a call year (KA102 rules to 2020, KA122 from 2021) or a key such as"
              + " EP2127-2025-KA121, EP1420-2019-KA116 or PILOT2018-2018.")
  private String edition;

  @Option(names = "--books", description = "List the rule books instead.")
  private boolean listBooks;

  @Option(
      names = "--sources",
      description = "List every source of the built-in rule books: id, title, kind, address.")
  private boolean listSources;

  RulesCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    PrintStream out = streams.out();
    RuleBooks books = RuleBooks.builtIn();
    if (listBooks) {
      for (RuleBook b : books.all()) {
        out.println(b.key());
      }
      return VetMobilityCli.OK;
    }
    if (listSources) {
      Map<String, Source> all = new TreeMap<>();
      for (RuleBook b : books.all()) {
        for (Fact f : b.facts()) {
          f.citedSources().forEach(src -> all.putIfAbsent(src.id(), src));
        }
      }
      all.values().forEach(src -> printSource(out, src));
      return VetMobilityCli.OK;
    }
    if (edition == null) {
      for (Rule r : Rule.values()) {
        out.printf(
            "%-32s %-8s %-8s %-28s %s%n",
            r.id(), r.level(), r.severity(), r.field(), r.description());
      }
      return VetMobilityCli.OK;
    }
    RuleBook book;
    try {
      book = new RuleBookChoice(books).choose("--edition", edition);
    } catch (InvalidValueException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    out.println("Rule book " + book.key() + " (" + book.fileName() + ")");
    for (Rule r : Rule.values()) {
      List<Fact> facts = book.parameters(r);
      out.printf("%n%s  %s %s: %s%n", r.id(), r.severity(), r.field(), r.description());
      if (facts.isEmpty()) {
        out.println("    (no numbers in this rule book: the rule does not apply)");
      }
      for (Fact f : facts) {
        out.println("    " + f);
      }
    }
    Map<String, Source> cited = new TreeMap<>();
    for (Fact f : book.facts()) {
      f.citedSources().forEach(src -> cited.putIfAbsent(src.id(), src));
    }
    out.printf("%nSources of %s:%n", book.key());
    cited.values().forEach(src -> printSource(out, src));
    return VetMobilityCli.OK;
  }

  private static void printSource(PrintStream out, Source src) {
    out.printf(
        "    %-20s %s [%s]%n    %-20s %s%n", src.id(), src.title(), src.kindLabel(), "", src.url());
  }
}
