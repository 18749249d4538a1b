package io.github.vetmobility.examples;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.funding.RateTable;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Loads a rule book of one's own (an illustrative call 2027, not shipped with the library) and a
 * National Agency's rate table from a file, and uses both.
 *
 * <p>Argument: the rate table file; default {@code examples/data/rates-IT01-VET-illustrative.csv}
 * (looked up from the project root or from {@code examples/basics}).
 */
public final class LoadCustomEdition {
  private LoadCustomEdition() {}

  /**
   * Runs the example.
   *
   * @param args optionally the rate table file
   */
  public static void main(String[] args) {
    RuleBooks books;
    try (InputStream in =
        LoadCustomEdition.class.getResourceAsStream("/EP2127-2027-illustrative.rules")) {
      books =
          RuleBooks.builtIn()
              .with(
                  RuleBooks.load(
                      new InputStreamReader(in, StandardCharsets.UTF_8),
                      "EP2127-2027-illustrative.rules"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Mobility in2027 =
        Mobility.builder()
            .projectReference(ProjectReference.parse("2027-1-IT01-KA122-VET-000000042"))
            .participant(Participant.of(ParticipantCategory.VET_LEARNER))
            .activityType(ActivityType.LM_SHORT_VET)
            .sending(Organisation.of(CountryCode.IT))
            .receiving(Organisation.of(CountryCode.SI))
            .startDate(LocalDate.of(2028, 3, 6))
            .endDate(LocalDate.of(2028, 3, 31))
            .declaredDistanceKm(250.4)
            .build();
    RuleBook book = books.forMobility(in2027);
    System.out.println(
        book.key() + " from " + book.fileName() + ": " + book.assess(in2027).verdict());

    Path rates =
        Path.of(args.length > 0 ? args[0] : "examples/data/rates-IT01-VET-illustrative.csv");
    if (!Files.exists(rates)) {
      rates = Path.of("..").resolve("data").resolve(rates.getFileName());
    }
    RateTable table = RateTable.load(rates);
    GrantCalculator calculator = GrantCalculator.builtIn().withRateTable(table);
    Mobility in2025 =
        Mobility.builder()
            .from(in2027)
            .projectReference(ProjectReference.parse("2025-1-IT01-KA122-VET-000000042"))
            .startDate(LocalDate.of(2026, 3, 2))
            .endDate(LocalDate.of(2026, 3, 27))
            .build();
    System.out.println("Grant with " + table.name() + ": " + calculator.grant(in2025).lines());
  }
}
