package io.github.vetmobility.rules;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.rules.internal.ProgrammeFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rule catalogue as Markdown, generated from rule books: every rule id with what it checks and,
 * per programme and call years, the numbers it uses with their confidence and sources. The
 * project's {@code core/RULES.md} is this text for {@link RuleBooks#builtIn()}.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /**
   * Returns the catalogue of a set of rule books.
   *
   * @param books the rule books
   * @return the Markdown text, with {@code \n} line ends
   */
  public static String markdown(RuleBooks books) {
    InvalidValueException.requirePresent(books, "books");
    Map<String, ProgrammeFile> files = new LinkedHashMap<>();
    for (RuleBook b : books.all()) {
      files.putIfAbsent(b.data().file().name(), b.data().file());
    }
    StringBuilder md = new StringBuilder(64 * 1024);
    md.append("# vetmobility rule catalogue\n\n")
        .append(
            "Generated from the rule books by `RuleCatalogue.markdown(RuleBooks.builtIn())`; do")
        .append(" not edit by hand.\nRegenerate with\n`./mvnw -B -q -pl core test")
        .append(" -Dtest=RuleCatalogueTest -Dvetmobility.catalogue.write=true`\n")
        .append("(the test `RuleCatalogueTest` fails while this file is not current).\n\n")
        .append("Rule books: ");
    List<String> names = new ArrayList<>();
    for (ProgrammeFile f : files.values()) {
      names.add(
          "`"
              + f.name()
              + "` ("
              + f.programme().key()
              + ", calls "
              + f.firstCall()
              + (f.lastCall() == f.firstCall() ? "" : "-" + f.lastCall())
              + (f.actions().isEmpty() ? "" : ", " + f.actions())
              + ")");
    }
    md.append(String.join(", ", names)).append(".\n\n");
    md.append(
        "Outcomes: a rule whose key a programme's file never states does not apply to that"
            + " programme (NOT_APPLICABLE); every file states, for each of its calls, every key"
            + " its programme's rules read (`RuleBooks.load` refuses one that does not); `no`"
            + " means does not apply, `none` no limit. A value stated as `unknown` for a call, or"
            + " an input the mobility does not give, makes the rule NOT_EVALUATED: a WARNING"
            + " finding that names what is unknown, so the verdict is at best"
            + " ELIGIBLE_WITH_WARNINGS. Confidence, strongest first: confirmed (Guide copy or"
            + " official decision for that edition), secondary, inferred, unconfirmed, unknown;"
            + " an assessment's confidence is the weakest of the facts its verdict rests on.\n\n");
    md.append("## Rules\n\n| id | level | severity | field | checks |\n|---|---|---|---|---|\n");
    for (Rule r : Rule.values()) {
      md.append("| [")
          .append(r.id())
          .append("](#")
          .append(r.id().toLowerCase(Locale.ROOT))
          .append(") | ")
          .append(lower(r.level()))
          .append(" | ")
          .append(lower(r.severity()))
          .append(" | `")
          .append(r.field())
          .append("` | ")
          .append(r.description())
          .append(" |\n");
    }
    for (Rule r : Rule.values()) {
      md.append("\n### ").append(r.id()).append("\n\n").append(r.description()).append("\n\n");
      md.append("- Level: ")
          .append(lower(r.level()))
          .append("; severity: ")
          .append(lower(r.severity()))
          .append("; field: `")
          .append(r.field())
          .append("`\n- Message key: `")
          .append(r.messageKey())
          .append("`\n- Message: ")
          .append(r.messageTemplate())
          .append("\n");
      if (r.keys().isEmpty()) {
        md.append("- Numbers: none (a rule of the identifiers' structure).\n");
        continue;
      }
      md.append("- Keys: ");
      List<String> keys = new ArrayList<>();
      for (String k : r.keys()) {
        keys.add("`" + k + "`");
      }
      md.append(String.join(", ", keys)).append("\n\n");
      StringBuilder rows = new StringBuilder();
      for (ProgrammeFile f : files.values()) {
        for (Map.Entry<String, List<Fact>> e : f.facts().entrySet()) {
          if (matchesAny(r.keys(), e.getKey())) {
            for (Fact fact : e.getValue()) {
              rows.append("| ")
                  .append(f.programme().key())
                  .append(" | ")
                  .append(fact.calls())
                  .append(" | `")
                  .append(fact.key())
                  .append("` | ")
                  .append(shorten(fact.value().orElse("unknown")))
                  .append(" | ")
                  .append(fact.confidence().map(RuleCatalogue::lower).orElse("unknown"))
                  .append(" | ")
                  .append(String.join("; ", fact.sources()))
                  .append(" |\n");
            }
          }
        }
      }
      if (rows.length() == 0) {
        md.append("No rule book states these keys.\n");
      } else {
        md.append("| programme | calls | key | value | confidence | sources |\n")
            .append("|---|---|---|---|---|---|\n")
            .append(rows);
      }
    }
    md.append("\n## Sources\n\n");
    Map<String, String> sources = new TreeMap<>();
    for (ProgrammeFile f : files.values()) {
      for (List<Fact> list : f.facts().values()) {
        for (Fact fact : list) {
          for (int i = 0; i < fact.sources().size(); i++) {
            sources.putIfAbsent(fact.sources().get(i), fact.documents().get(i));
          }
        }
      }
    }
    md.append("| id | document |\n|---|---|\n");
    for (Map.Entry<String, String> e : sources.entrySet()) {
      md.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
    }
    md.append(FORMAT);
    return md.toString();
  }

  private static final String FORMAT =
      "\n## Rule-book files\n\n"
          + "A rule book is a UTF-8 text file, one per programme (built-in ones in"
          + " `core/src/main/resources/io/github/vetmobility/rules/internal/`). An integrator loads"
          + " their own with `RuleBooks.load(Path)`; it is checked exactly like the built-in ones."
          + "\n\n"
          + "```\n"
          + "# comment lines start with #\n"
          + "programme EP2127                 # EP1420, EP2127, PILOT2018 or PILOT2020\n"
          + "calls 2027-2027                  # the call years of the file, within the programme\n"
          + "actions KA121 KA122              # required for Erasmus+, absent for the pilots\n"
          + "source G27 Erasmus+ Programme Guide 2027   # source id, then its title or URL\n"
          + "# KEY                          CALLS      VALUE  CONFIDENCE  SOURCES\n"
          + "activity.SM-TTA.min_days       2027       2      confirmed   G27\n"
          + "activity.SM-TTA.max_days       2027       365    confirmed   G27\n"
          + "```\n\n"
          + "- CALLS is a year or an inclusive range `YYYY-YYYY`. For one key, ranges must not"
          + " overlap and must leave no gap (write the years in between as `unknown`).\n"
          + "- VALUE is a whole number, `none` (no limit), `yes`/`no`, a fraction (`0.20`),"
          + " `start`/`end`, or a `;` list (countries in Commission codes, regions, participant"
          + " categories, statuses). `unknown` goes with confidence `unknown`.\n"
          + "- CONFIDENCE: `confirmed`, `secondary`, `inferred`, `unconfirmed` or `unknown`.\n"
          + "- SOURCES: `;`-separated ids declared by `source` lines, URLs, or note sections such"
          + " as `vet-rules-verified.md#7`.\n"
          + "- Keys: the keys listed under each rule above, with `*` an activity code"
          + " (`activity.CODE.available|min_days|max_days|min_days_fewer_opportunities|"
          + "max_persons|min_group_size|not_associated_allowed|participants`), a region number"
          + " (`countries.region.N`) or a Member State (`countries.oct.CC`,"
          + " `countries.outermost.CC`: territories that take its status); plus"
          + " `countries.eu_member_state` and `countries.associated_third_country` (every other"
          + " country is a third country not associated) and the informative"
          + " `duration.excludes_travel`.\n"
          + "- Refused with file name and line: unknown keys and directives, bad values, call"
          + " years outside the file, overlapping or gapped ranges, undeclared sources, a"
          + " country with two statuses or two regions in one year, a minimum above a maximum.\n";

  private static boolean matchesAny(List<String> patterns, String key) {
    for (String p : patterns) {
      int star = p.indexOf('*');
      if (star < 0
          ? p.equals(key)
          : key.startsWith(p.substring(0, star))
              && key.endsWith(p.substring(star + 1))
              && key.length() > p.length() - 1) {
        return true;
      }
    }
    return false;
  }

  private static String shorten(String value) {
    String v = value.replace(";", ", ");
    return v;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
