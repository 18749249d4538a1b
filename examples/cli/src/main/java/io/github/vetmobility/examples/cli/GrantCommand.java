package io.github.vetmobility.examples.cli;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.examples.cli.check.RowChecker;
import io.github.vetmobility.examples.cli.csv.CsvReader;
import io.github.vetmobility.examples.cli.csv.CsvRecord;
import io.github.vetmobility.examples.cli.input.CanonicalColumn;
import io.github.vetmobility.examples.cli.input.InputFormat;
import io.github.vetmobility.examples.cli.input.MappedRow;
import io.github.vetmobility.examples.cli.input.RowMapper;
import io.github.vetmobility.examples.cli.report.Finding;
import io.github.vetmobility.examples.cli.report.RowResult;
import io.github.vetmobility.funding.Grant;
import io.github.vetmobility.funding.GrantLine;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code grant}: one mobility given by options, its verdict and its grant line by line. The options
 * are the canonical CSV columns, read by the same code as a file's rows.
 */
@Command(
    name = "grant",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Computes the grant of one mobility given on the command line, line by line with the rule,"
          + " formula, source and confidence of each amount, and says whether the mobility is"
          + " eligible. An amount a National Agency sets is a range until its rate table is given"
          + " (--rates); a mobility that is not eligible earns nothing.",
      "Example: grant --reference 2024-1-ES01-KA122-VET-000070778 --activity LM-SHORT-VET"
          + " --category learner --start 2025-03-03 --end 2025-03-30 --from ES --from-city"
          + " Sevilla --to IT --to-city Bologna"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:eligible", "1:not eligible or invalid", "2:usage or I/O error"})
final class GrantCommand implements Callable<Integer> {
  private final Streams streams;
  private final Map<CanonicalColumn, String> cells = new EnumMap<>(CanonicalColumn.class);

  @Spec private CommandSpec spec;

  @Option(names = "--reference", paramLabel = "REF", description = "Project reference.")
  void reference(String v) {
    cells.put(CanonicalColumn.PROJECT_REFERENCE, v);
  }

  @Option(
      names = "--call",
      paramLabel = "YEAR",
      description = "Call year or rule-book key, when there is no project reference.")
  void call(String v) {
    cells.put(CanonicalColumn.CALL_YEAR, v);
  }

  @Option(
      names = "--activity",
      required = true,
      paramLabel = "CODE",
      description = "Activity type, e.g. LM-SHORT-VET.")
  void activity(String v) {
    cells.put(CanonicalColumn.ACTIVITY_TYPE, v);
  }

  @Option(
      names = "--category",
      required = true,
      paramLabel = "CAT",
      description = "learner, apprentice, recent_graduate, staff, accompanying_person, ...")
  void category(String v) {
    cells.put(CanonicalColumn.PARTICIPANT_CATEGORY, v);
  }

  @Option(names = "--start", required = true, paramLabel = "DATE", description = "First day.")
  void start(String v) {
    cells.put(CanonicalColumn.START_DATE, v);
  }

  @Option(names = "--end", required = true, paramLabel = "DATE", description = "Last day.")
  void end(String v) {
    cells.put(CanonicalColumn.END_DATE, v);
  }

  @Option(names = "--travel-days", paramLabel = "N", description = "Travel days. Default: 2.")
  void travelDays(String v) {
    cells.put(CanonicalColumn.TRAVEL_DAYS, v);
  }

  @Option(names = "--green", description = "Green travel.")
  void green(boolean v) {
    cells.put(CanonicalColumn.GREEN_TRAVEL, Boolean.toString(v));
  }

  @Option(names = "--fewer-opportunities", description = "Participant with fewer opportunities.")
  void fewer(boolean v) {
    cells.put(CanonicalColumn.FEWER_OPPORTUNITIES, Boolean.toString(v));
  }

  @Option(names = "--accompanied", description = "An accompanying person goes along.")
  void accompanied(boolean v) {
    cells.put(CanonicalColumn.ACCOMPANYING_PERSON, Boolean.toString(v));
  }

  @Option(names = "--from", required = true, paramLabel = "CC", description = "Sending country.")
  void from(String v) {
    cells.put(CanonicalColumn.SENDING_COUNTRY, v);
  }

  @Option(names = "--from-city", paramLabel = "CITY", description = "Sending city.")
  void fromCity(String v) {
    cells.put(CanonicalColumn.SENDING_CITY, v);
  }

  @Option(names = "--to", required = true, paramLabel = "CC", description = "Receiving country.")
  void to(String v) {
    cells.put(CanonicalColumn.RECEIVING_COUNTRY, v);
  }

  @Option(names = "--to-city", paramLabel = "CITY", description = "Receiving city.")
  void toCity(String v) {
    cells.put(CanonicalColumn.RECEIVING_CITY, v);
  }

  @Option(
      names = "--distance-km",
      paramLabel = "KM",
      description = "One-way distance from the official calculator (wins over the cities).")
  void distance(String v) {
    cells.put(CanonicalColumn.DISTANCE_KM, v);
  }

  @Option(names = "--graduation", paramLabel = "DATE", description = "Graduation date.")
  void graduation(String v) {
    cells.put(CanonicalColumn.GRADUATION_DATE, v);
  }

  @Option(names = "--course-days", paramLabel = "N", description = "Course days.")
  void courseDays(String v) {
    cells.put(CanonicalColumn.COURSE_DAYS, v);
  }

  @Option(
      names = "--exceptional-travel-cost",
      paramLabel = "EUR",
      description = "Real travel cost claimed as expensive travel.")
  void exceptional(String v) {
    cells.put(CanonicalColumn.EXCEPTIONAL_TRAVEL_COST, v);
  }

  @Option(names = "--rates", paramLabel = "FILE", description = "A rate table to use first.")
  private Path rates;

  GrantCommand(Streams streams) {
    this.streams = streams;
    cells.put(CanonicalColumn.TRAVEL_DAYS, "2");
  }

  @Override
  public Integer call() {
    RowChecker checker;
    try {
      checker = RowChecker.create(null, rates);
    } catch (InvalidValueException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (UncheckedIOException e) {
      throw new ParameterException(spec.commandLine(), "cannot read " + rates);
    }
    MappedRow row = read();
    RowResult result = checker.check(row);
    PrintStream out = streams.out();
    out.println(
        "Verdict: "
            + result.verdict()
            + (result.edition() == null ? "" : " (" + result.edition() + ")"));
    for (Finding f : result.findings()) {
      String field = f.field() == null ? "" : " [" + f.field() + "]";
      out.println("  " + f.severity() + " " + f.rule() + field + ": " + f.message());
    }
    if (row.kind() != MappedRow.Kind.MOBILITY || result.edition() == null) {
      return VetMobilityCli.FAILED_ROWS;
    }
    Grant grant = checker.grant(row.mobility(), result.edition());
    grant
        .distance()
        .ifPresent(
            d ->
                out.printf(
                    "Distance: %.2f km (%s), band %s%n",
                    d.km(),
                    d.source().name().toLowerCase(java.util.Locale.ROOT),
                    d.band().label()));
    grant.rateTable().ifPresent(t -> out.println("Individual-support rate table: " + t));
    // Each line as core prints it: item, rule, formula = result, source and confidence.
    for (GrantLine line : grant.lines()) {
      out.println("  " + line);
    }
    String total =
        grant.totalRange().map(Object::toString).orElse("unknown (a line is unknown: see above)");
    if (!grant.isEligible()) {
      total += " (not eligible: " + String.join(", ", grant.failedRules()) + ")";
    }
    out.println("Total: " + total);
    return result.verdict().fails() ? VetMobilityCli.FAILED_ROWS : VetMobilityCli.OK;
  }

  // Writes the options as a one-row canonical CSV and reads it back like any file.
  private MappedRow read() {
    StringJoiner header = new StringJoiner(",");
    StringJoiner row = new StringJoiner(",");
    for (CanonicalColumn c : CanonicalColumn.values()) {
      header.add(c.header());
      String v = cells.getOrDefault(c, "");
      row.add('"' + v.replace("\"", "\"\"") + '"');
    }
    try (CsvReader csv = new CsvReader(new StringReader(header + "\n" + row + "\n"), ',')) {
      CsvRecord record = new CsvRecord();
      csv.next(record);
      RowMapper mapper = InputFormat.CANONICAL.mapper(record);
      csv.next(record);
      return mapper.map(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
