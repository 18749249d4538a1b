package io.github.vetmobility.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every rule of every built-in rule book has a breaker ({@link Mobilities#breaking} for the
 * mobility-level rules, {@link Projects#breaking} for the project-level ones), or is listed below
 * with the reason why one mobility or one project cannot break it alone under that book. The list
 * is checked to be exactly the rules without a breaker, both ways, so it cannot go stale: a new
 * breaker, a new rule or a change of a book's facts makes this test fail until the list follows.
 *
 * <p>A reason says either that the rule is not part of the book (the book does not state, or does
 * not know for its call, what the rule needs, or the rule belongs to another key action or
 * programme), or that breaking it always breaks another rule too.
 */
class BreakerCoverageTest {
  private static final List<RuleBook> BOOKS = RuleBooks.builtIn().all();

  /** Rules without a breaker under some books, and why. */
  private static final List<Unbreakable> UNBREAKABLE =
      List.of(
          // --- references and agencies
          new Unbreakable(
              Rule.VET_REFERENCE_FIELD,
              programme("EP1420"),
              "not part of the book: 2014-2020 references have no field segment"),
          new Unbreakable(
              Rule.VET_REFERENCE_FIELD,
              pilot(),
              "not alone: a pilot has no Erasmus+ reference, so any reference also breaks"
                  + " VET-REFERENCE-EDITION"),
          new Unbreakable(
              Rule.VET_REFERENCE_AGENCY,
              pilot(),
              "not part of the book: pilots have no key action, so no agency to check"),
          new Unbreakable(
              Rule.VET_REFERENCE_AGENCY,
              pilot().negate(),
              "not alone: with an agency outside the programme countries the beneficiary side is"
                  + " either in another country (VET-AGENCY-COUNTRY) or in that country, outside"
                  + " the programme (VET-FLOW-BENEFICIARY)"),
          new Unbreakable(
              Rule.VET_AGENCY_COUNTRY,
              pilot(),
              "not part of the book: pilots have no key action, so no agency to check"),
          // --- activity, duration, participant
          new Unbreakable(
              Rule.VET_ACTIVITY_AVAILABLE,
              calls("EP2127", 2024, 2026),
              "not part of the book: the call offers every activity type (group mobility is"
                  + " unknown in 2024, not refused)"),
          new Unbreakable(
              Rule.VET_DURATION_MIN,
              programme("PILOT2018"),
              "not part of the book: the pilot's minimum durations are unknown"),
          new Unbreakable(
              Rule.VET_DURATION_MAX,
              programme("PILOT2018"),
              "not part of the book: the pilot's maximum durations are unknown"),
          new Unbreakable(
              Rule.VET_TRAVEL_DAYS,
              programme("EP1420").or(pilot()),
              "not part of the book: the funded travel days are unknown"),
          new Unbreakable(
              Rule.VET_RECENT_GRADUATE,
              pilot(),
              "not part of the book: pilots state no period after graduation"),
          new Unbreakable(
              Rule.VET_STAFF_LINK,
              programme("EP1420").or(pilot()),
              "not part of the book: it states no link required between staff and sender"),
          new Unbreakable(
              Rule.VET_ACCOMPANIED,
              programme("EP1420").or(pilot()),
              "not part of the book: it states no rule on who may be accompanied"),
          // --- organisations, countries and flows
          new Unbreakable(
              Rule.VET_ORGANISATIONS_DIFFER,
              pilot(),
              "not part of the book: pilots state no such requirement"),
          new Unbreakable(
              Rule.VET_ABROAD,
              pilot(),
              "not alone: a flow within one country is not between the EU and a partner country"
                  + " (VET-PILOT-FLOW)"),
          new Unbreakable(
              Rule.VET_FLOW_BENEFICIARY,
              pilot(),
              "not part of the book: pilots state no statuses for the beneficiary side"
                  + " (VET-PILOT-FLOW governs their flows)"),
          new Unbreakable(
              Rule.VET_FLOW_RECEIVING,
              calls("EP1420", 2018, 2020),
              "not part of the book: whether the calls allow third countries not associated is"
                  + " unknown"),
          new Unbreakable(
              Rule.VET_FLOW_RECEIVING,
              programme("EP2127"),
              "not part of the book: the calls allow third countries not associated, so the rule"
                  + " cannot fail"),
          new Unbreakable(
              Rule.VET_FLOW_RECEIVING,
              pilot(),
              "not part of the book: pilots state nothing on third countries not associated"),
          new Unbreakable(
              Rule.VET_NOT_ASSOCIATED_ACCREDITED,
              noNotAssociatedMobility(),
              "not part of the book: no mobility to third countries not associated (refused up to"
                  + " 2017, unknown for 2018-2020, not stated for the pilots)"),
          new Unbreakable(
              Rule.VET_NOT_ASSOCIATED_ACCREDITED,
              action(KeyAction.KA121),
              "not part of the book: KA121 is the accredited action, so the rule cannot fail"),
          new Unbreakable(
              Rule.VET_NOT_ASSOCIATED_ACTIVITY,
              noNotAssociatedMobility(),
              "not part of the book: no mobility to third countries not associated"),
          new Unbreakable(
              Rule.VET_NOT_ASSOCIATED_ACTIVITY,
              calls("EP2127", 2021, 2024),
              "not part of the book: which activities may go to third countries not associated is"
                  + " unknown for these calls"),
          new Unbreakable(
              Rule.VET_NOT_ASSOCIATED_ACTIVITY,
              calls("EP2127", 2025, 2026).and(action(KeyAction.KA122)),
              "not alone: a KA122 mobility to a third country not associated also breaks"
                  + " VET-NOT-ASSOCIATED-ACCREDITED"),
          new Unbreakable(
              Rule.VET_NOT_ASSOCIATED_DESTINATION,
              noNotAssociatedMobility(),
              "not part of the book: no mobility to third countries not associated"),
          new Unbreakable(
              Rule.VET_NOT_ASSOCIATED_DESTINATION,
              calls("EP2127", 2021, 2021),
              "not part of the book: the call excludes no destination"),
          new Unbreakable(
              Rule.VET_NOT_ASSOCIATED_DESTINATION,
              calls("EP2127", 2022, 2024),
              "not part of the book: the excluded destinations are unknown for these calls"),
          new Unbreakable(
              Rule.VET_NOT_ASSOCIATED_DESTINATION,
              calls("EP2127", 2025, 2026).and(action(KeyAction.KA122)),
              "not alone: a KA122 mobility to a third country not associated also breaks"
                  + " VET-NOT-ASSOCIATED-ACCREDITED"),
          new Unbreakable(
              Rule.VET_INCOMING_ORIGIN,
              programme("EP1420").or(pilot()),
              "not part of the book: it offers no incoming activity and states no origin rule"),
          new Unbreakable(
              Rule.VET_INCOMING_ORIGIN,
              calls("EP2127", 2021, 2024),
              "not part of the book: the origin rule is unknown for these calls"),
          new Unbreakable(
              Rule.VET_PILOT_FLOW,
              pilot().negate(),
              "not part of the book: a rule of the pilot schemes"),
          // --- groups and preparatory visits
          new Unbreakable(
              Rule.VET_GROUP_SIZE,
              noGroupMobility(),
              "not part of the book: group mobility is not offered for certain"),
          new Unbreakable(
              Rule.VET_GROUP_COUNTRIES,
              noGroupMobility(),
              "not part of the book: group mobility is not offered for certain"),
          new Unbreakable(
              Rule.VET_GROUP_ACCOMPANIED,
              noGroupMobility(),
              "not part of the book: group mobility is not offered for certain"),
          new Unbreakable(
              Rule.VET_PREP_PERSONS,
              programme("EP1420").or(pilot()),
              "not part of the book: it offers no preparatory visit"),
          // --- project level
          new Unbreakable(
              Rule.VET_KA121_ACCREDITATION,
              action(KeyAction.KA121).negate(),
              "not part of the book: a KA121 rule"),
          new Unbreakable(
              Rule.VET_KA122_NOT_ACCREDITED,
              action(KeyAction.KA122).negate(),
              "not part of the book: a KA122 rule"),
          new Unbreakable(
              Rule.VET_KA122_PARTICIPANTS,
              action(KeyAction.KA122).negate(),
              "not part of the book: a KA122 rule"),
          new Unbreakable(
              Rule.VET_KA122_DURATION,
              action(KeyAction.KA122).negate(),
              "not part of the book: a KA122 rule"),
          new Unbreakable(
              Rule.VET_KA122_GRANTS,
              action(KeyAction.KA122).negate(),
              "not part of the book: a KA122 rule"),
          new Unbreakable(
              Rule.VET_KA121_DURATION,
              action(KeyAction.KA121).negate(),
              "not part of the book: a KA121 rule"),
          new Unbreakable(
              Rule.VET_KA121_EXTENSION,
              action(KeyAction.KA121).negate(),
              "not part of the book: a KA121 rule"),
          new Unbreakable(
              Rule.VET_KA121_NOT_ASSOCIATED_SHARE,
              action(KeyAction.KA121).negate(),
              "not part of the book: a KA121 rule"),
          new Unbreakable(
              Rule.VET_KA121_NOT_ASSOCIATED_SHARE,
              calls("EP2127", 2021, 2024).and(action(KeyAction.KA121)),
              "not part of the book: the share is unknown for these calls"),
          new Unbreakable(
              Rule.VET_COURSES_BUDGET,
              programme("EP2127").negate(),
              "not part of the book: a 2021-2027 rule"),
          new Unbreakable(
              Rule.VET_COURSES_BUDGET,
              calls("EP2127", 2021, 2024),
              "not part of the book: the limits are unknown for these calls"),
          new Unbreakable(
              Rule.VET_COURSE_SAME_ORG,
              programme("EP2127").negate(),
              "not part of the book: a 2021-2027 rule"),
          new Unbreakable(
              Rule.VET_COURSE_SAME_ORG,
              calls("EP2127", 2021, 2024),
              "not part of the book: the limit is unknown for these calls"),
          new Unbreakable(
              Rule.VET_PREP_VISIT_SIZE,
              programme("EP1420").or(pilot()),
              "not part of the book: it offers no preparatory visit"),
          new Unbreakable(
              Rule.VET_PREP_PER_HOST,
              calls("EP2127", 2025, 2026).negate(),
              "not part of the book: stated from the 2025 call on"),
          new Unbreakable(
              Rule.VET_PREP_COURSES,
              calls("EP2127", 2025, 2026).negate(),
              "not part of the book: stated from the 2025 call on"),
          new Unbreakable(
              Rule.VET_PROJECT_MONTHS,
              programme("EP1420").negate(),
              "not part of the book: a 2014-2020 rule"),
          new Unbreakable(
              Rule.VET_PILOT_PARTNERSHIP,
              programme("PILOT2018").negate(),
              "not part of the book: only the 2018 pilot states partnership minimums"));

  /** A rule that has no breaker under the books matching {@code books}, and why. */
  private static final class Unbreakable {
    final Rule rule;
    final Predicate<RuleBook> books;
    final String reason;

    Unbreakable(Rule rule, Predicate<RuleBook> books, String reason) {
      this.rule = rule;
      this.books = books;
      this.reason = reason;
    }
  }

  private static Predicate<RuleBook> programme(String key) {
    return b -> b.edition().programme().key().equals(key);
  }

  private static Predicate<RuleBook> pilot() {
    return b -> b.action().isEmpty();
  }

  private static Predicate<RuleBook> calls(String programme, int first, int last) {
    return programme(programme)
        .and(b -> b.edition().callYear() >= first && b.edition().callYear() <= last);
  }

  private static Predicate<RuleBook> action(KeyAction action) {
    return b -> b.action().map(action::equals).orElse(false);
  }

  private static Predicate<RuleBook> noNotAssociatedMobility() {
    return programme("EP1420").or(pilot());
  }

  private static Predicate<RuleBook> noGroupMobility() {
    return calls("EP2127", 2025, 2026).negate();
  }

  private static Optional<String> reason(RuleBook book, Rule rule) {
    List<String> reasons = new ArrayList<>();
    for (Unbreakable u : UNBREAKABLE) {
      if (u.rule == rule && u.books.test(book)) {
        reasons.add(u.reason);
      }
    }
    assertThat(reasons).as("reasons for %s under %s", rule, book).hasSizeLessThanOrEqualTo(1);
    return reasons.stream().findFirst();
  }

  private static boolean hasBreaker(RuleBook book, Rule rule) {
    return Mobilities.breakableRules(book).contains(rule)
        || Projects.breakableRules(book).contains(rule);
  }

  @Test
  void everyRuleOfEveryBookHasABreakerOrAReasonButNotBoth() {
    List<String> problems = new ArrayList<>();
    for (RuleBook book : BOOKS) {
      for (Rule rule : Rule.values()) {
        boolean breaker = hasBreaker(book, rule);
        Optional<String> reason = reason(book, rule);
        if (breaker && reason.isPresent()) {
          problems.add(
              rule + " under " + book + " has a breaker now: drop \"" + reason.get() + "\"");
        } else if (!breaker && reason.isEmpty()) {
          problems.add(rule + " under " + book + " has no breaker and no reason");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyReasonAppliesToSomeBook() {
    for (Unbreakable u : UNBREAKABLE) {
      assertThat(BOOKS.stream().anyMatch(u.books)).as("%s: %s", u.rule, u.reason).isTrue();
    }
  }

  @Test
  void onlyVetReferenceAgencyHasNoBreakerUnderAnyBook() {
    // Every other rule is broken alone under at least one built-in edition.
    List<Rule> never = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      if (BOOKS.stream().noneMatch(b -> hasBreaker(b, rule))) {
        never.add(rule);
      }
    }
    assertThat(never).containsExactly(Rule.VET_REFERENCE_AGENCY);
  }
}
