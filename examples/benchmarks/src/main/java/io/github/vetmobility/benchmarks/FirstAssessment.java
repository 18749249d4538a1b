package io.github.vetmobility.benchmarks;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.funding.Grant;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.funding.GrantContext;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Place;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.time.LocalDate;

/**
 * The cold start of the engine, as a host application meets it: in a fresh JVM, the time to build
 * one mobility, load the built-in rule books, assess it, and compute its grant. With the argument
 * {@code named} the two places are given by city name only, so that the grant locates them in the
 * gazetteer; otherwise (or with {@code declared}) the distance is declared and the gazetteer is not
 * needed. Not a JMH benchmark: it runs once, in its own JVM. The last line repeats the figures as
 * {@code books=... first=... grant=...} (milliseconds) for {@code figures.sh}.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.vetmobility.benchmarks.FirstAssessment
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.vetmobility.benchmarks.FirstAssessment named
 * </pre>
 */
public final class FirstAssessment {
  private FirstAssessment() {}

  /**
   * Prints the times of each step, in milliseconds, and the total from the first line of main.
   *
   * @param args {@code named} to name the places instead of declaring the distance
   */
  public static void main(String[] args) {
    boolean named = args.length > 0 && args[0].equals("named");
    long t0 = System.nanoTime();
    LocalDate start = LocalDate.of(2025, 9, 1);
    Mobility.Builder b =
        Mobility.builder()
            .projectReference(ProjectReference.parse("2025-1-IT01-KA122-VET-000123456"))
            .participant(Participant.of(ParticipantCategory.VET_LEARNER))
            .activityType(ActivityType.LM_SHORT_VET)
            .startDate(start)
            .endDate(start.plusDays(27))
            .travelDays(2);
    if (named) {
      b.sending(place(CountryCode.IT, "Bologna")).receiving(place(CountryCode.ES, "Sevilla"));
    } else {
      b.sending(Organisation.of(CountryCode.IT))
          .receiving(Organisation.of(CountryCode.ES))
          .declaredDistanceKm(1589.23);
    }
    Mobility m = b.build();
    long t1 = System.nanoTime();
    RuleBooks books = RuleBooks.builtIn();
    long t2 = System.nanoTime();
    RuleBook book = books.get(m.projectReference().orElseThrow());
    Assessment assessment = book.assess(m);
    long t3 = System.nanoTime();
    Grant grant = GrantCalculator.builtIn().grant(m, assessment, GrantContext.NONE);
    String text = grant.lines().get(0).toString();
    long t4 = System.nanoTime();
    System.out.printf(
        java.util.Locale.ROOT,
        "build mobility %.0f ms, rule books %.0f ms, first assessment %.0f ms (%s), first grant"
            + " %.0f ms (%d chars of lines); first assessment in all %.0f ms, with its grant %.0f"
            + " ms%n",
        (t1 - t0) / 1e6,
        (t2 - t1) / 1e6,
        (t3 - t2) / 1e6,
        assessment.verdict(),
        (t4 - t3) / 1e6,
        text.length(),
        (t3 - t0) / 1e6,
        (t4 - t0) / 1e6);
    System.out.printf(
        java.util.Locale.ROOT,
        "books=%.1f first=%.1f grant=%.1f%n",
        (t2 - t1) / 1e6,
        (t3 - t0) / 1e6,
        (t4 - t0) / 1e6);
  }

  private static Organisation place(CountryCode country, String city) {
    return Organisation.builder().country(country).place(Place.of(city, country)).build();
  }
}
