package io.github.vetmobility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the engine over generated mobilities of every rule book. */
class AssessmentPropertiesTest {
  private static final List<RuleBook> BOOKS = Fixtures.BOOKS.all();
  private static final String CATALOGUE = RuleCatalogue.markdown(Fixtures.BOOKS);
  private static final CountryCode[] COUNTRIES = {
    CountryCode.IT, CountryCode.ES, CountryCode.DE, CountryCode.RS, CountryCode.UK, CountryCode.AL,
    CountryCode.GE, CountryCode.BY, CountryCode.US, CountryCode.GL, CountryCode.CH, CountryCode.TR
  };

  @Provide
  Arbitrary<RuleBook> books() {
    return Arbitraries.of(BOOKS);
  }

  @Provide
  Arbitrary<Mobility> mobilities() {
    Arbitrary<Participant> participants =
        Combinators.combine(
                Arbitraries.of(ParticipantCategory.class),
                Arbitraries.of(true, false),
                Arbitraries.of(StaffLink.class).injectNull(0.3),
                Arbitraries.integers().between(-800, 200).injectNull(0.3))
            .as(
                (c, fewer, link, graduated) -> {
                  Participant.Builder b =
                      Participant.builder().category(c).fewerOpportunities(fewer);
                  if (link != null) {
                    b.staffLink(link);
                  }
                  if (graduated != null) {
                    b.graduationDate(LocalDate.of(2024, 1, 1).plusDays(graduated));
                  }
                  return b.build();
                });
    Arbitrary<Organisation> organisations =
        Combinators.combine(Arbitraries.of(COUNTRIES), Arbitraries.integers().between(1, 3))
            .as((c, n) -> Fixtures.org(c, "E1000000" + n));
    Arbitrary<Mobility.Builder> core =
        Combinators.combine(
                participants,
                Arbitraries.of(ActivityType.class),
                organisations,
                organisations,
                Arbitraries.integers().between(0, 500),
                Arbitraries.integers().between(-3, 400),
                Arbitraries.integers().between(0, 8),
                Arbitraries.of(true, false))
            .as(
                (p, type, s, r, startOffset, days, travel, green) ->
                    Mobility.builder()
                        .participant(p)
                        .activityType(type)
                        .sending(s)
                        .receiving(r)
                        .startDate(LocalDate.of(2024, 1, 1).plusDays(startOffset))
                        .endDate(LocalDate.of(2024, 1, 1).plusDays(startOffset + days))
                        .travelDays(travel)
                        .greenTravel(green));
    return Combinators.combine(
            core,
            Arbitraries.integers().between(0, 12),
            Arbitraries.integers().between(0, 40).injectNull(0.3),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.subsetOf(COUNTRIES))
        .as(
            (b, virtual, group, accompanied, justified, groupCountries) -> {
              b.virtualDays(virtual).accompanied(accompanied).shortStayJustified(justified);
              b.groupCountries(groupCountries);
              if (group != null) {
                b.groupSize(group);
              }
              return b.build();
            });
  }

  @Property(tries = 2000)
  void assessingNeverThrowsAndEveryFindingIsInTheCatalogue(
      @ForAll("books") RuleBook book, @ForAll("mobilities") Mobility m) {
    Assessment a = book.assess(m);
    for (Finding f : a.findings()) {
      assertThat(Rule.byId(f.ruleId())).isEqualTo(f.rule());
      assertThat(CATALOGUE).contains("### " + f.ruleId());
      assertThat(a.outcome(f.rule()))
          .isEqualTo(f.isUnchecked() ? Outcome.NOT_EVALUATED : Outcome.FAILED);
      assertThat(f.isUnchecked()).isEqualTo(f.kind() != Finding.Kind.BROKEN);
      if (f.isUnchecked()) {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.confidence()).isEqualTo(Confidence.UNKNOWN);
      }
      assertThat(f.message()).doesNotContain("{").isNotBlank();
      assertThat(f.citation().edition()).isEqualTo(book.edition());
    }
    assertThat(a.verdict() == Verdict.NOT_ELIGIBLE)
        .isEqualTo(a.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
    // Honest verdicts: a rule that could not be checked is never a plain ELIGIBLE.
    for (Rule r : Rule.values()) {
      if (a.outcome(r) == Outcome.NOT_EVALUATED) {
        assertThat(a.verdict()).isNotEqualTo(Verdict.ELIGIBLE);
        assertThat(a.unchecked()).extracting(Finding::rule).contains(r);
        assertThat(a.confidence())
            .isIn(
                a.verdict() == Verdict.NOT_ELIGIBLE
                    ? Confidence.values()
                    : new Confidence[] {Confidence.UNKNOWN});
      }
    }
    if (a.verdict() == Verdict.ELIGIBLE) {
      assertThat(a.confidence()).isNotEqualTo(Confidence.UNKNOWN);
    }
    assertThat(a.strict().verdict()).isEqualTo(a.isComplete() ? a.verdict() : Verdict.NOT_ELIGIBLE);
  }

  @Property(tries = 1000)
  void assessmentIsDeterministic(@ForAll("books") RuleBook book, @ForAll("mobilities") Mobility m) {
    Assessment first = book.assess(m);
    Assessment again = book.assess(Mobility.builder().from(m).build());
    assertThat(again.verdict()).isEqualTo(first.verdict());
    assertThat(again.findings()).isEqualTo(first.findings());
    for (Rule r : Rule.values()) {
      assertThat(again.outcome(r)).isEqualTo(first.outcome(r));
    }
  }

  @Property(tries = 1000)
  void movingTheEndLaterNeverMakesATooLongMobilityEligible(
      @ForAll("books") RuleBook book,
      @ForAll("mobilities") Mobility m,
      @ForAll @IntRange(min = 0, max = 400) int later) {
    Assessment a = book.assess(m);
    if (a.outcome(Rule.VET_DURATION_MAX) != Outcome.FAILED) {
      return;
    }
    Mobility longer = Mobility.builder().from(m).endDate(m.endDate().plusDays(later)).build();
    Assessment b = book.assess(longer);
    assertThat(b.outcome(Rule.VET_DURATION_MAX)).isEqualTo(Outcome.FAILED);
    assertThat(b.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Property(tries = 500)
  void aProjectCollectsTheFindingsOfItsMobilities(
      @ForAll("books") RuleBook book, @ForAll("mobilities") Mobility m) {
    io.github.vetmobility.project.Project p =
        io.github.vetmobility.project.Project.builder()
            .reference(Fixtures.reference(2024, io.github.vetmobility.identifier.KeyAction.KA122))
            .beneficiary(Fixtures.org(CountryCode.IT, "E10000001"))
            .addMobilities(m)
            .build();
    Assessment project = book.assess(p);
    for (Finding f : book.assess(m).findings()) {
      assertThat(project.findings())
          .anySatisfy(
              g -> {
                assertThat(g.rule()).isEqualTo(f.rule());
                assertThat(g.field()).isEqualTo("mobilities[0]." + f.field());
              });
    }
  }
}
