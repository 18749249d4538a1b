package io.github.vetmobility.examples.cli;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.rules.Fact;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain RULE-ID}: one rule, with its numbers per edition and their sources. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Explains one rule: what it checks, its message, and its numbers in every edition with"
          + " their confidence and sources (each line once, with the calls it covers)."
    })
final class ExplainCommand implements Callable<Integer> {
  private final Streams streams;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "RULE-ID", description = "A rule id, e.g. VET-DURATION-MIN.")
  private String ruleId;

  ExplainCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    Rule rule;
    try {
      rule = Rule.byId(ruleId);
    } catch (InvalidValueException e) {
      throw new ParameterException(
          spec.commandLine(), e.getMessage() + "; `vetmobility-cli rules` lists them");
    }
    PrintStream out = streams.out();
    out.println(rule.id() + ": " + rule.description());
    out.println(
        "  level " + rule.level() + ", severity " + rule.severity() + ", field " + rule.field());
    out.println("  message: " + rule.messageTemplate());
    out.println("  data keys: " + String.join(", ", rule.keys()));
    out.println();
    // The same data line serves many rule books (one per call year): show it once.
    Set<String> shown = new HashSet<>();
    String lastFile = null;
    for (RuleBook book : RuleBooks.builtIn().all()) {
      for (Fact f : book.parameters(rule)) {
        if (shown.add(f.file() + ":" + f.line())) {
          if (!f.file().equals(lastFile)) {
            out.println(f.file() + ":");
            lastFile = f.file();
          }
          out.println("  " + f);
        }
      }
    }
    if (shown.isEmpty()) {
      out.println("No rule book states a number for this rule.");
    }
    return VetMobilityCli.OK;
  }
}
