package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.project.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each project rule at its boundaries, in every rule book where it applies. */
class ProjectRulesTest {
  static final Accreditation ACCREDITED =
      Accreditation.builder()
          .kind(AccreditationKind.ERASMUS_ACCREDITATION)
          .validFrom(LocalDate.of(2021, 1, 1))
          .validUntil(LocalDate.of(2027, 12, 31))
          .build();

  static Stream<RuleBook> books(KeyAction action) {
    return Fixtures.BOOKS.all().stream()
        .filter(b -> b.action().equals(java.util.Optional.of(action)));
  }

  static Stream<RuleBook> ka121() {
    return books(KeyAction.KA121);
  }

  static Stream<RuleBook> ka122() {
    return books(KeyAction.KA122);
  }

  static Stream<RuleBook> ep1420() {
    return Fixtures.BOOKS.all().stream()
        .filter(b -> b.edition().programme() == Programme.ERASMUS_2014_2020);
  }

  static Stream<RuleBook> from2025() {
    return Fixtures.BOOKS.all().stream()
        .filter(b -> b.edition().programme() == Programme.ERASMUS_2021_2027)
        .filter(b -> b.edition().callYear() >= 2025);
  }

  static LocalDate start(RuleBook b) {
    return LocalDate.of(b.edition().callYear(), 6, 1);
  }

  /** An eligible project with one eligible mobility; 15 months (KA121) or 12 months. */
  static Project.Builder project(RuleBook b) {
    Organisation beneficiary =
        b.action().get().equals(KeyAction.KA121)
            ? Organisation.builder().from(Fixtures.SENDING).addAccreditations(ACCREDITED).build()
            : Fixtures.SENDING;
    int months = b.action().get().equals(KeyAction.KA121) ? 15 : 12;
    return Project.builder()
        .reference(Fixtures.reference(b.edition().callYear(), b.action().get()))
        .beneficiary(beneficiary)
        .startDate(start(b))
        .endDate(start(b).plusMonths(months).minusDays(1))
        .addMobilities(Fixtures.learner(b).build());
  }

  static Project months(Project.Builder p, RuleBook b, int months) {
    return p.endDate(start(b).plusMonths(months).minusDays(1)).build();
  }

  @Test
  void startedAndFullMonths() {
    // Whole months from the first to the last day; a part month counts against maxima only.
    RuleBook b = Fixtures.book(2025, KeyAction.KA122);
    Check.passes(b, months(project(b), b, 18), Rule.VET_KA122_DURATION);
    Check.fails(b, project(b).endDate(start(b).plusMonths(18)).build(), Rule.VET_KA122_DURATION);
    Check.fails(
        b,
        project(b).endDate(start(b).plusMonths(6).minusDays(2)).build(),
        Rule.VET_KA122_DURATION);
  }

  @ParameterizedTest(name = "VET-PROJECT-APPLICANT {0}")
  @MethodSource("ka122")
  void applicantInAProgrammeCountry(RuleBook b) {
    Check.passes(b, project(b).build(), Rule.VET_PROJECT_APPLICANT);
    Finding f =
        Check.fails(
            b,
            project(b).beneficiary(Fixtures.org(CountryCode.AL, "E10000005")).build(),
            Rule.VET_PROJECT_APPLICANT);
    assertThat(f.field()).isEqualTo("beneficiary.country");
    assertThat(f.arguments()).containsEntry("country", "AL");
  }

  @ParameterizedTest(name = "VET-KA121-ACCREDITATION {0}")
  @MethodSource("ka121")
  void ka121NeedsAValidAccreditationOnTheStartDate(RuleBook b) {
    Rule rule = Rule.VET_KA121_ACCREDITATION;
    Check.passes(b, project(b).build(), rule);
    Check.fails(b, project(b).beneficiary(Fixtures.SENDING).build(), rule);
    Accreditation fromStart = Accreditation.builder().from(ACCREDITED).validFrom(start(b)).build();
    Accreditation fromNextDay =
        Accreditation.builder().from(ACCREDITED).validFrom(start(b).plusDays(1)).build();
    Organisation at =
        Organisation.builder().from(Fixtures.SENDING).addAccreditations(fromStart).build();
    Organisation late =
        Organisation.builder().from(Fixtures.SENDING).addAccreditations(fromNextDay).build();
    Check.passes(b, project(b).beneficiary(at).build(), rule);
    Check.fails(b, project(b).beneficiary(late).build(), rule);
    Check.outcome(b, Fixtures.learner(b).build(), rule, Outcome.NOT_APPLICABLE);
    assertThat(b.assess(project(b).startDate(java.util.Optional.empty()).build()).outcome(rule))
        .isEqualTo(Outcome.NOT_EVALUATED);
  }

  @ParameterizedTest(name = "VET-KA122-NOT-ACCREDITED {0}")
  @MethodSource("ka122")
  void ka122ExcludesAccreditedOrganisations(RuleBook b) {
    Rule rule = Rule.VET_KA122_NOT_ACCREDITED;
    Check.passes(b, project(b).build(), rule);
    Organisation accredited =
        Organisation.builder().from(Fixtures.SENDING).addAccreditations(ACCREDITED).build();
    Check.fails(b, project(b).beneficiary(accredited).build(), rule);
    Accreditation ended =
        Accreditation.builder().from(ACCREDITED).validUntil(start(b).minusDays(1)).build();
    Check.passes(
        b,
        project(b)
            .beneficiary(
                Organisation.builder().from(Fixtures.SENDING).addAccreditations(ended).build())
            .build(),
        rule);
  }

  static List<Mobility> learners(RuleBook b, int n) {
    List<Mobility> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          Fixtures.learner(b)
              .participant(
                  Participant.builder()
                      .category(ParticipantCategory.VET_LEARNER)
                      .id("p" + i)
                      .build())
              .build());
    }
    return out;
  }

  @ParameterizedTest(name = "VET-KA122-PARTICIPANTS {0}")
  @MethodSource("ka122")
  void ka122AtMostThirtyParticipants(RuleBook b) {
    Rule rule = Rule.VET_KA122_PARTICIPANTS;
    Check.passes(b, project(b).mobilities(learners(b, 29)).build(), rule);
    Check.passes(b, project(b).mobilities(learners(b, 30)).build(), rule);
    Finding f = Check.fails(b, project(b).mobilities(learners(b, 31)).build(), rule);
    assertThat(f.arguments()).containsEntry("participants", 31).containsEntry("max", 30);
    // Accompanying persons and preparatory visits are not counted; one person counts once.
    List<Mobility> more = new ArrayList<>(learners(b, 30));
    more.add(
        Fixtures.learner(b)
            .participant(Participant.of(ParticipantCategory.ACCOMPANYING_PERSON))
            .build());
    more.add(Fixtures.activity(b, ActivityType.PREP_VISIT, 2).build());
    more.add(learners(b, 1).get(0));
    Check.passes(b, project(b).mobilities(more).build(), rule);
  }

  @ParameterizedTest(name = "VET-KA122-DURATION {0}")
  @MethodSource("ka122")
  void ka122SixToEighteenMonths(RuleBook b) {
    Rule rule = Rule.VET_KA122_DURATION;
    Check.fails(b, months(project(b), b, 5), rule);
    Check.passes(b, months(project(b), b, 6), rule);
    Check.passes(b, months(project(b), b, 7), rule);
    Check.passes(b, months(project(b), b, 17), rule);
    Check.passes(b, months(project(b), b, 18), rule);
    Finding f = Check.fails(b, months(project(b), b, 19), rule);
    assertThat(f.arguments()).containsEntry("months", 19).containsEntry("max", 18);
  }

  static List<ProjectReference> grants(int... years) {
    List<ProjectReference> out = new ArrayList<>();
    for (int y : years) {
      out.add(ProjectReference.parse(y + "-1-IT02-KA122-VET-00000" + (1000 + y)));
    }
    return out;
  }

  @ParameterizedTest(name = "VET-KA122-GRANTS {0}")
  @MethodSource("ka122")
  void ka122AtMostThreeGrantsInFiveCalls(RuleBook b) {
    Rule rule = Rule.VET_KA122_GRANTS;
    int y = b.edition().callYear();
    int[] earlier = IntStream.rangeClosed(Math.max(2021, y - 4), y - 1).toArray();
    if (earlier.length >= 3) {
      Check.passes(b, project(b).previousGrants(grants(earlier[0])).build(), rule);
      Check.passes(b, project(b).previousGrants(grants(earlier[0], earlier[1])).build(), rule);
      Finding f =
          Check.fails(
              b,
              project(b).previousGrants(grants(earlier[0], earlier[1], earlier[2])).build(),
              rule);
      assertThat(f.arguments()).containsEntry("grants", 4).containsEntry("max", 3);
    }
    // Grants of 2014-2020 (KA102/KA116) and of other fields do not count.
    Check.passes(
        b,
        project(b)
            .addPreviousGrants(ProjectReference.parse("2019-1-IT02-KA102-012345"))
            .addPreviousGrants(ProjectReference.parse("2020-1-IT02-KA116-012346"))
            .addPreviousGrants(ProjectReference.parse(y + "-1-IT02-KA122-SCH-000000001"))
            .build(),
        rule);
  }

  @ParameterizedTest(name = "VET-KA121-DURATION and VET-KA121-EXTENSION {0}")
  @MethodSource("ka121")
  void ka121FifteenMonthsExtendableToTwentyFour(RuleBook b) {
    Check.passes(b, months(project(b), b, 14), Rule.VET_KA121_EXTENSION);
    Check.passes(b, months(project(b), b, 15), Rule.VET_KA121_EXTENSION);
    Finding w = Check.fails(b, months(project(b), b, 16), Rule.VET_KA121_EXTENSION);
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertThat(b.assess(months(project(b), b, 16)).verdict())
        .isEqualTo(Verdict.ELIGIBLE_WITH_WARNINGS);
    Check.passes(b, months(project(b), b, 23), Rule.VET_KA121_DURATION);
    Check.passes(b, months(project(b), b, 24), Rule.VET_KA121_DURATION);
    Check.fails(b, months(project(b), b, 25), Rule.VET_KA121_DURATION);
    assertThat(b.assess(months(project(b), b, 25)).outcome(Rule.VET_KA121_EXTENSION))
        .isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @ParameterizedTest(name = "VET-KA121-NOT-ASSOCIATED-SHARE {0}")
  @MethodSource("ka121")
  void ka121TwentyPercentForThirdCountriesNotAssociated(RuleBook b) {
    Rule rule = Rule.VET_KA121_NOT_ASSOCIATED_SHARE;
    Project.Builder p = project(b).awardedGrant(Money.ofEuros(100_000));
    if (b.edition().callYear() < 2025) {
      assertThat(b.assess(p.notAssociatedGrant(Money.ofEuros(30_000)).build()).outcome(rule))
          .isEqualTo(Outcome.NOT_EVALUATED);
      return;
    }
    Check.passes(b, p.notAssociatedGrant(Money.ofCents(1_999_999)).build(), rule);
    Check.passes(b, p.notAssociatedGrant(Money.ofEuros(20_000)).build(), rule);
    Finding f = Check.fails(b, p.notAssociatedGrant(Money.ofCents(2_000_001)).build(), rule);
    assertThat(f.arguments()).containsEntry("percent", "20").containsKey("amount");
    assertThat(b.assess(project(b).build()).outcome(rule)).isEqualTo(Outcome.NOT_EVALUATED);
  }

  @ParameterizedTest(name = "VET-COURSES-BUDGET {0}")
  @MethodSource("from2025")
  void coursesBudget(RuleBook b) {
    Rule rule = Rule.VET_COURSES_BUDGET;
    Project.Builder small = project(b).awardedGrant(Money.ofEuros(40_000));
    Check.passes(b, small.coursesGrant(Money.ofCents(1_999_999)).build(), rule);
    Check.passes(b, small.coursesGrant(Money.ofEuros(20_000)).build(), rule);
    Check.fails(b, small.coursesGrant(Money.ofCents(2_000_001)).build(), rule);
    Project.Builder big = project(b).awardedGrant(Money.ofCents(4_000_001));
    Check.passes(b, big.coursesGrant(Money.ofEuros(20_000)).build(), rule);
    Project.Builder large = project(b).awardedGrant(Money.ofEuros(100_000));
    Check.passes(b, large.coursesGrant(Money.ofEuros(50_000)).build(), rule);
    Finding f = Check.fails(b, large.coursesGrant(Money.ofCents(5_000_001)).build(), rule);
    assertThat(f.arguments().get("limit").toString()).isEqualTo("50000.00");
  }

  static List<Mobility> course(RuleBook b, int persons, Organisation host) {
    List<Mobility> out = new ArrayList<>();
    for (int i = 0; i < persons; i++) {
      out.add(Fixtures.activity(b, ActivityType.SM_COUR_TRAIN, 5).receiving(host).build());
    }
    return out;
  }

  @ParameterizedTest(name = "VET-COURSE-SAME-ORG {0}")
  @MethodSource("from2025")
  void atMostThreeFromOneOrganisationOnACourse(RuleBook b) {
    Rule rule = Rule.VET_COURSE_SAME_ORG;
    Check.passes(b, project(b).mobilities(course(b, 2, Fixtures.RECEIVING)).build(), rule);
    Check.passes(b, project(b).mobilities(course(b, 3, Fixtures.RECEIVING)).build(), rule);
    Finding f =
        Check.fails(b, project(b).mobilities(course(b, 4, Fixtures.RECEIVING)).build(), rule);
    assertThat(f.field()).isEqualTo("mobilities[3]");
    assertThat(f.arguments()).containsEntry("persons", 4);
    // The same four persons on two different courses (other host) are fine.
    List<Mobility> split = new ArrayList<>(course(b, 2, Fixtures.RECEIVING));
    split.addAll(course(b, 2, Fixtures.org(CountryCode.FR, "E10000012")));
    Check.passes(b, project(b).mobilities(split).build(), rule);
  }

  static List<Mobility> visit(RuleBook b, int persons, LocalDate start, Organisation host) {
    List<Mobility> out = new ArrayList<>();
    for (int i = 0; i < persons; i++) {
      out.add(
          Fixtures.activity(b, ActivityType.PREP_VISIT, 2)
              .receiving(host)
              .startDate(start)
              .endDate(start.plusDays(1))
              .build());
    }
    return out;
  }

  static Stream<RuleBook> ep2127() {
    return Fixtures.BOOKS.all().stream()
        .filter(b -> b.edition().programme() == Programme.ERASMUS_2021_2027);
  }

  @ParameterizedTest(name = "VET-PREP-VISIT-SIZE {0}")
  @MethodSource("ep2127")
  void preparatoryVisitOfAtMostThreePersons(RuleBook b) {
    Rule rule = Rule.VET_PREP_VISIT_SIZE;
    LocalDate d = Fixtures.START;
    Check.passes(b, project(b).addAllMobilities(visit(b, 2, d, Fixtures.RECEIVING)).build(), rule);
    Check.passes(b, project(b).addAllMobilities(visit(b, 3, d, Fixtures.RECEIVING)).build(), rule);
    Finding f =
        Check.fails(
            b, project(b).addAllMobilities(visit(b, 4, d, Fixtures.RECEIVING)).build(), rule);
    assertThat(f.field()).isEqualTo("mobilities[4]");
  }

  @ParameterizedTest(name = "VET-PREP-PER-HOST and VET-PREP-COURSES {0}")
  @MethodSource("from2025")
  void onePreparatoryVisitPerHostAndNoneBeforeCourses(RuleBook b) {
    LocalDate d = Fixtures.START;
    Check.passes(
        b,
        project(b).addAllMobilities(visit(b, 2, d, Fixtures.RECEIVING)).build(),
        Rule.VET_PREP_PER_HOST);
    Project twice =
        project(b)
            .addAllMobilities(visit(b, 1, d, Fixtures.RECEIVING))
            .addAllMobilities(visit(b, 1, d.plusDays(30), Fixtures.RECEIVING))
            .build();
    Check.fails(b, twice, Rule.VET_PREP_PER_HOST);
    // The learner mobility goes to the same host: a visit there is not only before courses.
    Check.passes(
        b,
        project(b).addAllMobilities(visit(b, 1, d, Fixtures.RECEIVING)).build(),
        Rule.VET_PREP_COURSES);
    Organisation courseProvider = Fixtures.org(CountryCode.FR, "E10000012");
    Project beforeCourse =
        project(b)
            .addAllMobilities(course(b, 1, courseProvider))
            .addAllMobilities(visit(b, 1, d, courseProvider))
            .build();
    Check.fails(b, beforeCourse, Rule.VET_PREP_COURSES);
  }

  @ParameterizedTest(name = "VET-PROJECT-MONTHS {0}")
  @MethodSource("ep1420")
  void legacyProjectsLastOneOrTwoYears(RuleBook b) {
    Rule rule = Rule.VET_PROJECT_MONTHS;
    for (int m : new int[] {11, 13, 23, 25}) {
      Check.fails(b, months(project(b), b, m), rule);
    }
    Check.passes(b, months(project(b), b, 12), rule);
    Check.passes(b, months(project(b), b, 24), rule);
  }

  static Organisation in(CountryCode c, int n) {
    return Fixtures.org(c, "E2000000" + n);
  }

  @Test
  void pilotPartnershipOfSixFromThreeAndThree() {
    RuleBook b = Fixtures.BOOKS.get(Edition.of(Programme.PILOT_2018, 2018));
    Rule rule = Rule.VET_PILOT_PARTNERSHIP;
    Project.Builder p =
        Project.builder()
            .reference(ProjectReference.parse("2019-1-IT02-KA102-000001"))
            .beneficiary(in(CountryCode.IT, 1))
            .addPartners(in(CountryCode.FR, 2), in(CountryCode.PL, 3))
            .addPartners(in(CountryCode.AL, 4), in(CountryCode.BA, 5), in(CountryCode.RS, 6));
    Check.passes(b, p.build(), rule);
    Check.passes(b, p.addPartners(in(CountryCode.ME, 7)).build(), rule);
    // T51: three EU partners from two Member States only.
    Project twoStates =
        Project.builder()
            .from(p.build())
            .partners(List.of(in(CountryCode.IT, 2), in(CountryCode.PL, 3)))
            .addPartners(in(CountryCode.AL, 4), in(CountryCode.BA, 5), in(CountryCode.RS, 6))
            .build();
    Finding f = Check.fails(b, twoStates, rule);
    assertThat(f.arguments()).containsEntry("euCountries", 2).containsEntry("organisations", 6);
    Project five =
        Project.builder()
            .from(p.build())
            .partners(List.of(in(CountryCode.FR, 2), in(CountryCode.PL, 3)))
            .addPartners(in(CountryCode.AL, 4), in(CountryCode.BA, 5))
            .build();
    Check.fails(b, five, rule);
    Check.passes(b, p.build(), Rule.VET_PROJECT_APPLICANT);
    Check.fails(
        b,
        Project.builder().from(p.build()).beneficiary(in(CountryCode.AL, 8)).build(),
        Rule.VET_PROJECT_APPLICANT);
  }
}
