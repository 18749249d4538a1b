package io.github.vetmobility.rules;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.edition.Confidence;
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
      files.putIfAbsent(b.file().name(), b.file());
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
            + " ELIGIBLE_WITH_WARNINGS. Confidence, strongest first: confirmed (a Programme Guide,"
            + " official document or Commission page for that call), secondary, inferred,"
            + " unconfirmed, unknown (counts per edition: [How confident is each edition's"
            + " data](#how-confident-is-each-editions-data));"
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
              factRow(rows, f, fact);
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
    md.append(informative(files.values()));
    md.append(confidenceByEdition(files.values()));
    md.append("\n## Sources\n\n");
    md.append(
        "Each source is declared once, with its kind and the calls it speaks for. Only a"
            + " Programme Guide, an official document or a Commission page can make a fact"
            + " confirmed, and only for the calls it speaks for; a fact that rests on National"
            + " Agency or third-party sources alone is at best secondary, and one that cites"
            + " the project's reference notes only (`funding.md#3.3`) at best inferred. The"
            + " sources of the grant amounts are listed under [Funding data](#funding-data).\n\n");
    Map<String, Source> sources = new TreeMap<>();
    for (ProgrammeFile f : files.values()) {
      for (List<Fact> list : f.facts().values()) {
        for (Fact fact : list) {
          for (Source src : fact.citedSources()) {
            sources.putIfAbsent(src.id(), src);
          }
        }
      }
    }
    md.append(sourceTable(sources.values()));
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
          + "source G27 programme_guide:2027 Erasmus+ Programme Guide 2027 | https://example.org/g27\n"
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
          + "- `source ID KIND TITLE | URL` declares a source once: KIND is `programme_guide:YYYY`"
          + " (the Guide of a call year), `official` (a decision, regulation, treaty or call"
          + " document), `commission` (a Commission page or wiki), `national_agency` or"
          + " `third_party`, each optionally with `:YYYY` or `:YYYY-YYYY`, the calls it speaks for"
          + " (none: any call); TITLE is what a reader looks for; URL an `http(s)://` address."
          + " Files written before kinds existed (`source ID TITLE`) are refused with this"
          + " format in the message: add the kind and the address.\n"
          + "- SOURCES: `;`-separated ids declared by `source` lines, or note sections of the"
          + " project's reference notes such as `vet-rules-verified.md#7` (not sources: they"
          + " support at most `inferred`). An address is declared once, never cited inline.\n"
          + "- CONFIDENCE against SOURCES: `confirmed` needs, for every call of the line, a"
          + " `programme_guide`, `official` or `commission` source that speaks for that call; a"
          + " line whose sources are all `national_agency` or `third_party` is at most"
          + " `secondary`.\n"
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
          + " confidence its sources do not support, a"
          + " country with two statuses or two regions in one year, a minimum above a maximum.\n";

  /**
   * Returns a Markdown table of sources: id, title, kind, the calls they speak for, address.
   *
   * @param sources the sources, in the order wanted
   * @return the table, with {@code \n} line ends
   */
  public static String sourceTable(Iterable<Source> sources) {
    StringBuilder md = new StringBuilder();
    md.append("| id | title | kind | calls | address |\n|---|---|---|---|---|\n");
    for (Source src : sources) {
      md.append("| ")
          .append(src.id())
          .append(" | ")
          .append(src.title())
          .append(" | ")
          .append(src.kind().label())
          .append(" | ")
          .append(
              src.fromCall()
                  .map(
                      from ->
                          from.equals(src.toCall().get())
                              ? Integer.toString(from)
                              : from + "-" + src.toCall().get())
                  .orElse("any"))
          .append(" | ")
          .append(src.url())
          .append(" |\n");
    }
    return md.toString();
  }

  // The facts no rule reads: informative keys such as a pilot call's budget and grant limits.
  private static String informative(Iterable<ProgrammeFile> files) {
    StringBuilder rows = new StringBuilder();
    for (ProgrammeFile f : files) {
      for (Map.Entry<String, List<Fact>> e : f.facts().entrySet()) {
        boolean read = false;
        for (Rule r : Rule.values()) {
          read |= matchesAny(r.keys(), e.getKey());
        }
        if (read) {
          continue;
        }
        for (Fact fact : e.getValue()) {
          factRow(rows, f, fact);
        }
      }
    }
    return "\n## Facts no rule reads\n\nInformative facts: stated with their sources, checked"
        + " when read, used by no rule (e.g. a pilot call's budget and grant limits).\n\n"
        + "| programme | calls | key | value | confidence | sources |\n"
        + "|---|---|---|---|---|---|\n"
        + rows;
  }

  // Counts, per edition, the rule-book facts by confidence.
  private static String confidenceByEdition(Iterable<ProgrammeFile> files) {
    StringBuilder md = new StringBuilder();
    md.append("\n## How confident is each edition's data\n\n")
        .append(
            "Per edition, the rule-book facts that cover it (the lines behind the rules above),"
                + " by confidence. The grant amounts are counted under [Funding"
                + " data](#funding-data).\n\n")
        .append("| edition | confirmed | secondary | inferred | unconfirmed | unknown | facts |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (ProgrammeFile f : files) {
      for (int year = f.firstCall(); year <= f.lastCall(); year++) {
        int[] counts = new int[Confidence.values().length];
        for (List<Fact> list : f.facts().values()) {
          for (Fact fact : list) {
            if (fact.covers(year)) {
              counts[fact.confidence().orElse(Confidence.UNKNOWN).ordinal()]++;
            }
          }
        }
        int total = 0;
        md.append("| ").append(f.programme().key()).append(' ').append(year);
        for (int c : counts) {
          md.append(" | ").append(c);
          total += c;
        }
        md.append(" | ").append(total).append(" |\n");
      }
    }
    return md.toString();
  }

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

  // One row of a facts table: programme, calls, key, value, confidence, sources.
  private static void factRow(StringBuilder rows, ProgrammeFile f, Fact fact) {
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
