package io.github.vetmobility.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import io.github.vetmobility.rules.Severity;
import io.github.vetmobility.rules.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.Size;

/**
 * The rule engine against the testkit's generators, over every built-in rule book: assessment never
 * throws, the testkit's eligible mobilities and projects are eligible, each rule breaker (of a
 * mobility or of a project) yields exactly its rule, and results do not depend on evaluation order
 * or on the number of threads. Which rules have no breaker, and why, is in {@link
 * BreakerCoverageTest}.
 */
class RuleEngineTest {
  private static final List<RuleBook> BOOKS = RuleBooks.builtIn().all();

  @Provide
  Arbitrary<RuleBook> books() {
    return Arbitraries.of(BOOKS);
  }

  /** Summarises an assessment in comparable form: verdict, findings and every rule's outcome. */
  private static List<Object> summary(Assessment a) {
    List<Object> out = new ArrayList<>();
    out.add(a.verdict());
    out.add(a.edition());
    out.add(a.findings());
    for (Rule r : Rule.values()) {
      out.add(a.outcome(r));
    }
    return out;
  }

  // The rules broken; a rule the edition cannot check (an unknown value) is a warning of its own.
  private static Set<Rule> failedRules(Assessment a) {
    return broken(a).stream().map(Finding::rule).collect(Collectors.toSet());
  }

  private static List<Finding> broken(Assessment a) {
    return a.findings().stream().filter(f -> !f.isUnchecked()).collect(Collectors.toList());
  }

  // Eligible: no rule broken; plain ELIGIBLE only when every rule could be checked.
  private static void assertEligible(Assessment a, Object what) {
    assertThat(broken(a)).as("%s under %s", what, a.ruleBook()).isEmpty();
    assertThat(a.verdict())
        .isEqualTo(a.isComplete() ? Verdict.ELIGIBLE : Verdict.ELIGIBLE_WITH_WARNINGS);
  }

  @Property(tries = 2_000)
  void assessingAnyMobilityUnderAnyBookNeverThrows(
      @ForAll("books") RuleBook book, @ForAll Mobility mobility) {
    Assessment a = book.assess(mobility);
    assertThat(a.edition()).isEqualTo(book.edition());
    for (Finding f : a.findings()) {
      assertThat(Rule.byId(f.ruleId())).isEqualTo(f.rule());
      assertThat(a.outcome(f.rule()).name())
          .isEqualTo(f.isUnchecked() ? "NOT_EVALUATED" : "FAILED");
      assertThat(f.message()).isNotBlank();
    }
    assertThat(a.verdict()).isEqualTo(expectedVerdict(a.findings()));
  }

  @Property(tries = 2_000)
  void choosingTheBookFromTheMobilityFailsOnlyAsDocumented(@ForAll Mobility mobility) {
    RuleBook book;
    try {
      book = RuleBooks.builtIn().forMobility(mobility);
    } catch (InvalidValueException e) {
      assertThat(e.field()).isIn("projectReference", "mobility.projectReference");
      return;
    }
    assertThat(book.assess(mobility).edition().callYear())
        .isEqualTo(mobility.projectReference().orElseThrow().callYear());
  }

  @Property(tries = 200)
  void assessingAnyProjectNeverThrows(@ForAll("books") RuleBook book, @ForAll Project project) {
    Assessment a = book.assess(project);
    assertThat(a.verdict()).isEqualTo(expectedVerdict(a.findings()));
  }

  /** The verdict is a function of the findings' severities alone, whatever their order. */
  private static Verdict expectedVerdict(List<Finding> findings) {
    List<Finding> shuffled = new ArrayList<>(findings);
    Collections.shuffle(shuffled, new Random(findings.size()));
    Verdict v = Verdict.ELIGIBLE;
    for (Finding f : shuffled) {
      if (f.severity() == Severity.ERROR) {
        return Verdict.NOT_ELIGIBLE;
      }
      v = Verdict.ELIGIBLE_WITH_WARNINGS;
    }
    return v;
  }

  @Property(tries = 200)
  void countriesByStatusHaveThatStatus(
      @ForAll("books") RuleBook book, @ForAll CountryStatus status) {
    if (status == CountryStatus.UNKNOWN) {
      return;
    }
    assertThat(book.countryStatus(VetArbitraries.countryCodes(book, status).sample()))
        .isEqualTo(status);
  }

  // --- eligible mobilities

  @Provide
  Arbitrary<Tuple2<RuleBook, Mobility>> eligibleCases() {
    return books().flatMap(b -> Mobilities.eligible(b).map(m -> Tuple.of(b, m)));
  }

  @Property(tries = 3_000)
  void testkitEligibleMobilitiesAreAssessedEligible(
      @ForAll("eligibleCases") Tuple2<RuleBook, Mobility> c) {
    assertEligible(c.get1().assess(c.get2()), c.get2());
  }

  @Example
  void everyOfferedActivityOfEveryBookHasEligibleMobilities() {
    int pairs = 0;
    for (RuleBook book : BOOKS) {
      List<ActivityType> types = Mobilities.activityTypes(book);
      assertThat(types).as("activity types of %s", book).isNotEmpty();
      for (ActivityType type : types) {
        Mobilities.eligible(book, type)
            .sampleStream()
            .limit(30)
            .forEach(
                m -> {
                  assertThat(m.activityType()).isEqualTo(type);
                  assertEligible(book.assess(m), m);
                });
        pairs++;
      }
    }
    assertThat(pairs).isGreaterThan(BOOKS.size());
  }

  @Example
  void anActivityABookDoesNotOfferIsRefused() {
    RuleBook book2021 =
        RuleBooks.builtIn().get(2021, io.github.vetmobility.identifier.KeyAction.KA122);
    assertThat(Mobilities.activityTypes(book2021)).doesNotContain(ActivityType.LM_GROUP_VET);
    assertThatThrownBy(() -> Mobilities.eligible(book2021, ActivityType.LM_GROUP_VET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LM-GROUP-VET");
  }

  // --- mobilities breaking one rule

  @Provide
  Arbitrary<Tuple2<RuleBook, Rule>> breakableCases() {
    return books()
        .flatMap(
            b ->
                Arbitraries.of(List.copyOf(Mobilities.breakableRules(b))).map(r -> Tuple.of(b, r)));
  }

  @Property(tries = 1_000)
  void eachBreakerYieldsAFindingForItsRuleAndNoOther(
      @ForAll("breakableCases") Tuple2<RuleBook, Rule> c) {
    Mobility m = Mobilities.breaking(c.get1(), c.get2()).sample();
    Assessment a = c.get1().assess(m);
    assertThat(failedRules(a)).as("%s under %s", m, c.get1()).containsExactly(c.get2());
  }

  @Example
  void everyBreakableRuleOfEveryBookIsBrokenAlone() {
    Set<Rule> seen = new java.util.HashSet<>();
    for (RuleBook book : BOOKS) {
      for (Rule rule : Mobilities.breakableRules(book)) {
        Mobilities.breaking(book, rule)
            .sampleStream()
            .limit(20)
            .forEach(
                m ->
                    assertThat(failedRules(book.assess(m)))
                        .as("%s: %s under %s", rule, m, book)
                        .containsExactly(rule));
        seen.add(rule);
      }
    }
    // All but one mobility-level rule (VET-REFERENCE-AGENCY) can be broken alone under some
    // edition; BreakerCoverageTest says which, where and why.
    assertThat(seen.size()).isGreaterThanOrEqualTo(27);
  }

  @Example
  void aRuleThatCannotBeBrokenAloneIsRefused() {
    RuleBook book2021 =
        RuleBooks.builtIn().get(2021, io.github.vetmobility.identifier.KeyAction.KA122);
    assertThatThrownBy(() -> Mobilities.breaking(book2021, Rule.VET_GROUP_SIZE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Rule.VET_GROUP_SIZE.id())
        .hasMessageContaining(book2021.key());
    assertThatThrownBy(() -> Projects.breaking(book2021, Rule.VET_KA121_DURATION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Rule.VET_KA121_DURATION.id())
        .hasMessageContaining(book2021.key());
  }

  @Example
  void eachRuleIsBrokenByItsOwnLevelOnly() {
    RuleBook book = BOOKS.get(0);
    assertThatThrownBy(() -> Mobilities.breaking(book, Rule.VET_PROJECT_APPLICANT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Rule.VET_PROJECT_APPLICANT.id())
        .hasMessageContaining("Projects.breaking");
    assertThatThrownBy(() -> Projects.breaking(book, Rule.VET_DATES_ORDER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Rule.VET_DATES_ORDER.id())
        .hasMessageContaining("Mobilities.breaking");
    for (RuleBook b : BOOKS) {
      assertThat(Mobilities.breakableRules(b))
          .allMatch(r -> r.level() == Rule.Level.MOBILITY, "mobility-level");
      assertThat(Projects.breakableRules(b))
          .allMatch(r -> r.level() == Rule.Level.PROJECT, "project-level");
    }
  }

  // --- projects

  @Provide
  Arbitrary<Tuple2<RuleBook, Project>> eligibleProjects() {
    return books().flatMap(b -> Projects.eligible(b).map(p -> Tuple.of(b, p)));
  }

  @Property(tries = 300)
  void testkitEligibleProjectsAreAssessedEligible(
      @ForAll("eligibleProjects") Tuple2<RuleBook, Project> c) {
    assertEligible(c.get1().assess(c.get2()), c.get2());
  }

  @Provide
  Arbitrary<Tuple2<RuleBook, Rule>> breakableProjectCases() {
    return books()
        .flatMap(
            b -> Arbitraries.of(List.copyOf(Projects.breakableRules(b))).map(r -> Tuple.of(b, r)));
  }

  @Property(tries = 300)
  void eachProjectBreakerYieldsOneFindingForItsRule(
      @ForAll("breakableProjectCases") Tuple2<RuleBook, Rule> c) {
    Project p = Projects.breaking(c.get1(), c.get2()).sample();
    Assessment a = c.get1().assess(p);
    assertThat(broken(a)).as("%s under %s", p, c.get1()).hasSize(1);
    assertThat(broken(a).get(0).rule()).isEqualTo(c.get2());
  }

  @Example
  void everyBreakableProjectRuleOfEveryBookIsBrokenAlone() {
    Set<Rule> seen = new java.util.HashSet<>();
    for (RuleBook book : BOOKS) {
      for (Rule rule : Projects.breakableRules(book)) {
        Projects.breaking(book, rule)
            .sampleStream()
            .limit(5)
            .forEach(
                p -> {
                  List<Finding> findings = broken(book.assess(p));
                  assertThat(findings).as("%s: %s under %s", rule, p, book).hasSize(1);
                  assertThat(findings.get(0).rule()).isEqualTo(rule);
                });
        seen.add(rule);
      }
    }
    // Every project-level rule can be broken alone under some edition.
    assertThat(seen)
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(Rule.values())
                .filter(r -> r.level() == Rule.Level.PROJECT)
                .collect(Collectors.toList()));
  }

  // --- order and threads

  @Property(tries = 100)
  void resultsDoNotDependOnTheOrderOfEvaluation(
      @ForAll("books") RuleBook book, @ForAll @Size(max = 30) List<Mobility> mobilities) {
    List<List<Object>> forward = new ArrayList<>();
    for (Mobility m : mobilities) {
      forward.add(summary(book.assess(m)));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < mobilities.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(mobilities.size()));
    List<List<Object>> shuffled = new ArrayList<>(Collections.nCopies(mobilities.size(), null));
    for (int i : order) {
      shuffled.set(i, summary(book.assess(mobilities.get(i))));
    }
    assertThat(shuffled).isEqualTo(forward);
  }

  @Property(tries = 5)
  void resultsAreTheSameOnOneAndOnEightThreads(
      @ForAll @Size(min = 200, max = 200) List<Mobility> mobilities) throws Exception {
    List<List<Object>> single = assessAll(mobilities, 1);
    assertThat(assessAll(mobilities, 8)).isEqualTo(single);
  }

  private static List<List<Object>> assessAll(List<Mobility> mobilities, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int i = 0; i < mobilities.size(); i++) {
        Mobility m = mobilities.get(i);
        RuleBook book = BOOKS.get(i % BOOKS.size());
        futures.add(pool.submit(() -> summary(book.assess(m))));
      }
      List<List<Object>> out = new ArrayList<>();
      for (Future<List<Object>> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }
}
