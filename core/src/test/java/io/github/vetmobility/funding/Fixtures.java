package io.github.vetmobility.funding;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Place;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.io.StringReader;
import java.time.LocalDate;

/** Mobilities and rate tables for the funding tests. */
final class Fixtures {
  static final LocalDate START = LocalDate.of(2025, 3, 3);

  /**
   * The Polish NA's school-sector rates 2021/22, the reference's example inputs (funding §7),
   * relabelled VET for the tests of the formulas: a table prices only its own field, and no VET
   * table of PL01 is known. A test fixture, never bundled.
   */
  static final RateTable PL_2021 = relabelled("PL01-SCH.csv", "SCH", "VET");

  private Fixtures() {}

  // A built-in table's rows with their sector column replaced.
  private static RateTable relabelled(String file, String from, String to) {
    try (java.io.InputStream in = RateTable.class.getResourceAsStream("internal/rates/" + file)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return RateTable.load(new StringReader(text.replace("," + from + ",", "," + to + ",")), file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static RuleBook ka122(int callYear) {
    return RuleBooks.builtIn().get(callYear, KeyAction.KA122);
  }

  static RuleBook ka121(int callYear) {
    return RuleBooks.builtIn().get(callYear, KeyAction.KA121);
  }

  static RuleBook ka102(int callYear) {
    return RuleBooks.builtIn().get(callYear, KeyAction.KA102);
  }

  /** A VET rate table with one rate for every group, category and list in one call year. */
  static RateTable flatRates(int callYear, int learner, int staff) {
    StringBuilder sb = new StringBuilder(String.join(",", RateTable.HEADER)).append('\n');
    for (int g = 1; g <= 3; g++) {
      sb.append("BE01,TEST,EP2127,").append(callYear).append(",learner,").append(g);
      sb.append(",both,").append(learner).append(",,secondary,test\n");
      sb.append("BE01,TEST,EP2127,").append(callYear).append(",staff,").append(g);
      sb.append(",both,").append(staff).append(",,secondary,test\n");
    }
    return RateTable.load(new StringReader(sb.toString()), "test-rates");
  }

  static Mobility.Builder mobility(
      ParticipantCategory category, ActivityType activity, CountryCode to, int days) {
    return Mobility.builder()
        .participant(Participant.of(category))
        .activityType(activity)
        .sending(Organisation.of(to == CountryCode.BE ? CountryCode.NL : CountryCode.BE))
        .receiving(Organisation.of(to))
        .startDate(START)
        .endDate(START.plusDays(days - 1L));
  }

  static Mobility.Builder learner(CountryCode to, int days, double km) {
    return mobility(ParticipantCategory.VET_LEARNER, ActivityType.LM_SHORT_VET, to, days)
        .declaredDistanceKm(km);
  }

  static Mobility.Builder staff(CountryCode to, int days, double km) {
    return mobility(ParticipantCategory.STAFF, ActivityType.SM_JOB_SHDW, to, days)
        .declaredDistanceKm(km);
  }

  /**
   * A learner from Tirana (AL) to Brussels (BE) with no declared distance, so that the distance
   * comes from the gazetteer.
   */
  static Mobility.Builder tiranaToBrussels() {
    return learner(CountryCode.BE, 20, 1)
        .declaredDistanceKm(java.util.OptionalDouble.empty())
        .sending(
            Organisation.builder()
                .country(CountryCode.AL)
                .place(Place.of("Tirana", CountryCode.AL))
                .build())
        .receiving(
            Organisation.builder()
                .country(CountryCode.BE)
                .place(Place.of("Brussels", CountryCode.BE))
                .build());
  }

  static Money eur(long euros) {
    return Money.ofEuros(euros);
  }
}
