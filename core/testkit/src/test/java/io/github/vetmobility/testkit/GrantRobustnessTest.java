package io.github.vetmobility.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.funding.Grant;
import io.github.vetmobility.funding.GrantCalculator;
import io.github.vetmobility.funding.GrantContext;
import io.github.vetmobility.funding.GrantLine;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The grant calculation over generated mobilities of every edition: never an exception (a line that
 * cannot be computed says so), the total is the exact sum of the lines, and computing twice gives
 * the same grant.
 */
class GrantRobustnessTest {
  private static final List<RuleBook> BOOKS = RuleBooks.builtIn().all();
  private static final GrantCalculator CALCULATOR = GrantCalculator.builtIn();

  @Provide
  Arbitrary<RuleBook> books() {
    return Arbitraries.of(BOOKS);
  }

  @Provide
  Arbitrary<GrantContext> contexts() {
    Arbitrary<Optional<Money>> costs =
        VetArbitraries.money(Money.ZERO, Money.ofEuros(20_000)).optional();
    return Combinators.combine(
            Arbitraries.integers().between(1, 500).optional(),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true),
            costs,
            costs,
            costs,
            Arbitraries.integers().between(1, 5).optional())
        .as(
            (rank, linguistic, organisational, inclusion, visa, guarantee, persons) ->
                GrantContext.builder()
                    .participantRank(rank.map(OptionalInt::of).orElse(OptionalInt.empty()))
                    .linguisticSupportRequested(linguistic)
                    .organisationalSupportRequested(organisational)
                    .inclusionCosts(inclusion)
                    .visaCosts(visa)
                    .guaranteeCosts(guarantee)
                    .preparatoryVisitPersons(
                        persons.map(OptionalInt::of).orElse(OptionalInt.empty()))
                    .build());
  }

  private static void wellFormed(Grant grant) {
    Money sum = Money.ZERO;
    boolean complete = true;
    for (GrantLine line : grant.lines()) {
      assertThat(line.ruleId()).isNotBlank();
      assertThat(line.explanation()).isNotNull();
      if (line.amount().isPresent()) {
        sum = sum.plus(line.amount().get());
      } else {
        complete = false;
      }
    }
    assertThat(grant.total()).isEqualTo(complete ? Optional.of(sum) : Optional.empty());
  }

  @Property(tries = 2_000)
  void grantOfAnyMobilityUnderAnyBookNeverThrows(
      @ForAll("books") RuleBook book,
      @ForAll Mobility mobility,
      @ForAll("contexts") GrantContext context) {
    Grant grant = CALCULATOR.grant(mobility, book, context);
    wellFormed(grant);
    assertThat(grant.edition()).isEqualTo(book.edition());
    assertThat(CALCULATOR.grant(mobility, book, context)).isEqualTo(grant);
  }

  @Provide
  Arbitrary<Tuple2<RuleBook, Mobility>> eligibleCases() {
    return books().flatMap(b -> Mobilities.eligible(b).map(m -> Tuple.of(b, m)));
  }

  @Property(tries = 1_000)
  void grantOfEveryEligibleMobilityIsWellFormed(
      @ForAll("eligibleCases") Tuple2<RuleBook, Mobility> c) {
    wellFormed(CALCULATOR.grant(c.get2(), c.get1()));
  }

  @Property(tries = 1_000)
  void grantFromTheReferenceFailsOnlyAsDocumented(@ForAll Mobility mobility) {
    try {
      wellFormed(CALCULATOR.grant(mobility));
    } catch (InvalidValueException e) {
      assertThat(e.field()).contains("projectReference");
    }
  }

  @Property(tries = 100)
  void grantsOfAnyProjectNeverThrow(@ForAll("books") RuleBook book, @ForAll Project project) {
    List<Grant> grants = CALCULATOR.grants(project, book);
    assertThat(grants).hasSameSizeAs(project.mobilities());
    grants.forEach(GrantRobustnessTest::wellFormed);
  }
}
