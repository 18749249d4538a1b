package io.github.vetmobility.testkit;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.AccreditationCode;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.NationalAgencyCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Projects made to measure for one rule book: eligible ones, and ones that break exactly one chosen
 * project-level rule, so that a host can test how it handles each rule id of {@link
 * RuleBook#assess(Project)}. The mobility-level rules are broken by {@link Mobilities}.
 *
 * <p>Like {@link Mobilities}, the generators read the rule book's own facts (project durations,
 * participant and grant caps, budget shares, preparatory-visit limits, the pilots' partnership
 * minimums) and never ask the rule book for its verdict.
 *
 * <pre>{@code
 * RuleBook book = RuleBooks.builtIn().get(2025, KeyAction.KA122);
 * Arbitrary<Project> ok = Projects.eligible(book);
 * Arbitrary<Project> tooMany = Projects.breaking(book, Rule.VET_KA122_PARTICIPANTS);
 * }</pre>
 */
public final class Projects {
  // A project lasts at least this long, so that every activity fits in it (the longest minimum is
  // the 90 days of long-term learner mobility).
  private static final int SHORTEST_MONTHS = 4;

  private Projects() {}

  /**
   * Returns projects that the rule book assesses {@code ELIGIBLE}, with no finding: a beneficiary
   * in an EU Member State (with a valid Erasmus accreditation for KA121, none for KA122), a
   * duration of whole months the edition allows, up to six eligible mobilities (see {@link
   * Mobilities#eligible(RuleBook, ActivityType)}) whose beneficiary side is the beneficiary, each
   * with its own host and within the project's dates, earlier grants within the caps, and, for the
   * pilots, a partnership as large as the pilot requires. Budgets, when given, stay within the
   * edition's shares.
   *
   * <p>For the pilot schemes, which have no Erasmus+ reference, the project's reference is a
   * stand-in: a 2014-2020 KA102 reference of the pilot's call year. No rule reads it.
   *
   * @param book the rule book
   * @return an arbitrary of eligible projects
   * @throws IllegalArgumentException if the book lists fewer than two EU Member States
   */
  public static Arbitrary<Project> eligible(RuleBook book) {
    return build(book, UnaryOperator.identity());
  }

  /**
   * Returns the project-level rules that {@link #breaking(RuleBook, Rule)} can break alone under
   * this rule book: those the book states the facts of for its call and key action, and that can
   * fail without another rule failing too.
   *
   * @param book the rule book
   * @return the rules, in rule order
   */
  public static Set<Rule> breakableRules(RuleBook book) {
    return Breakers.breakable(r -> breaker(book, r));
  }

  /**
   * Returns projects that break exactly one rule of the book: the assessment holds one finding, for
   * {@code rule}, and none from the project's mobilities.
   *
   * @param book the rule book
   * @param rule a rule of {@link #breakableRules(RuleBook)}
   * @return an arbitrary of projects breaking {@code rule} alone
   * @throws IllegalArgumentException if the rule cannot be broken alone under this book (the book
   *     does not state what the rule needs for its call and key action, or every project breaking
   *     it breaks another rule too), or if it is a mobility-level rule; the message names the rule
   *     and the book
   */
  public static Arbitrary<Project> breaking(RuleBook book, Rule rule) {
    return Breakers.of(
        book, rule, Rule.Level.PROJECT, "a project", "Mobilities.breaking", r -> breaker(book, r));
  }

  // --- how each rule is broken: null when the book lacks what the rule needs

  private static Arbitrary<Project> breaker(RuleBook book, Rule rule) {
    if (rule.level() != Rule.Level.PROJECT) {
      return null;
    }
    boolean ka121 = is(book, KeyAction.KA121);
    boolean ka122 = is(book, KeyAction.KA122);
    switch (rule) {
      case VET_PROJECT_APPLICANT:
        {
          List<CountryCode> refused = refusedApplicantCountries(book);
          // Without mobilities: every one of them would have its beneficiary side outside the
          // programme too (VET-FLOW-BENEFICIARY, VET-PILOT-FLOW).
          return refused.isEmpty()
              ? null
              : build(book, p -> p.beneficiaryIn(pick(refused, p.spare)).noMobilities());
        }
      case VET_KA121_ACCREDITATION:
        return !ka121 || !Mobilities.isYes(book, "ka121.accreditation_valid_on_start")
            ? null
            : build(book, Plan::withoutValidAccreditation);
      case VET_KA122_NOT_ACCREDITED:
        return !ka122 || !"no".equals(value(book, "ka122.accredited_applicants_allowed"))
            ? null
            : build(book, p -> p.accredited(true));
      case VET_KA122_PARTICIPANTS:
        {
          OptionalInt max = Mobilities.number(book, "ka122.max_participants");
          List<ActivityType> counted = new ArrayList<>(Mobilities.activityTypes(book));
          counted.remove(ActivityType.PREP_VISIT);
          return !ka122 || max.isEmpty() || counted.isEmpty()
              ? null
              : build(book, p -> p.moreMobilities(counted, max.getAsInt() + 1));
        }
      case VET_KA122_DURATION:
        {
          OptionalInt min = Mobilities.number(book, "ka122.project_months_min");
          OptionalInt max = Mobilities.number(book, "ka122.project_months_max");
          return !ka122 || min.isEmpty() || max.isEmpty()
              ? null
              : build(book, p -> p.outside(min.getAsInt(), max.getAsInt()));
        }
      case VET_KA122_GRANTS:
        {
          OptionalInt max = Mobilities.number(book, "ka122.max_grants_in_5_calls");
          return !ka122 || max.isEmpty() ? null : build(book, p -> p.grants(max.getAsInt()));
        }
      case VET_KA121_DURATION:
        {
          OptionalInt extended = Mobilities.number(book, "ka121.project_months_extended");
          return !ka121 || extended.isEmpty()
              ? null
              : build(book, p -> p.months(extended.getAsInt() + 1 + p.spare % 6, 0));
        }
      case VET_KA121_EXTENSION:
        {
          OptionalInt standard = Mobilities.number(book, "ka121.project_months");
          if (!ka121 || standard.isEmpty()) {
            return null;
          }
          // Beyond the extended maximum VET-KA121-DURATION fails instead.
          int last =
              Mobilities.number(book, "ka121.project_months_extended")
                  .orElse(standard.getAsInt() + 6);
          int first = standard.getAsInt() + 1;
          return last < first
              ? null
              : build(book, p -> p.months(first + p.spare % (last - first + 1), 0));
        }
      case VET_KA121_NOT_ASSOCIATED_SHARE:
        {
          Optional<BigDecimal> share = share(book, "ka121.not_associated_budget_share_max");
          return !ka121 || share.isEmpty()
              ? null
              : build(book, p -> p.notAssociatedOver(share.get()));
        }
      case VET_COURSES_BUDGET:
        {
          Optional<BigDecimal> share = share(book, "courses.max_share_of_grant");
          OptionalInt small = Mobilities.number(book, "courses.small_project_max_grant");
          OptionalInt smallLimit = Mobilities.number(book, "courses.max_amount_small_project");
          return share.isEmpty() || small.isEmpty() || smallLimit.isEmpty()
              ? null
              : build(
                  book, p -> p.coursesOver(share.get(), small.getAsInt(), smallLimit.getAsInt()));
        }
      case VET_COURSE_SAME_ORG:
        {
          OptionalInt max = Mobilities.number(book, "course.max_persons_same_sending_org");
          return max.isEmpty() || !offers(book, ActivityType.SM_COUR_TRAIN)
              ? null
              : build(book, p -> p.together(ActivityType.SM_COUR_TRAIN, max.getAsInt() + 1, false));
        }
      case VET_PREP_VISIT_SIZE:
        {
          OptionalInt max = Mobilities.number(book, "activity.PREP-VISIT.max_persons");
          return max.isEmpty() || !offers(book, ActivityType.PREP_VISIT)
              ? null
              : build(book, p -> p.together(ActivityType.PREP_VISIT, max.getAsInt() + 1, false));
        }
      case VET_PREP_PER_HOST:
        {
          OptionalInt max = Mobilities.number(book, "prep_visit.max_per_hosting_org");
          return max.isEmpty() || !offers(book, ActivityType.PREP_VISIT)
              ? null
              : build(book, p -> p.together(ActivityType.PREP_VISIT, max.getAsInt() + 1, true));
        }
      case VET_PREP_COURSES:
        return !"no".equals(value(book, "prep_visit.allowed_for_courses"))
                || !offers(book, ActivityType.PREP_VISIT)
                || !offers(book, ActivityType.SM_COUR_TRAIN)
            ? null
            : build(book, Plan::visitBeforeCourse);
      case VET_PROJECT_MONTHS:
        {
          List<Integer> allowed = numbers(book, "project.months_allowed");
          return allowed.isEmpty() ? null : build(book, p -> p.notAllowed(allowed));
        }
      case VET_PILOT_PARTNERSHIP:
        {
          int[] needs = partnership(book);
          return needs == null || shortfalls(needs).isEmpty()
              ? null
              : build(book, Plan::smallPartnership);
        }
      default:
        return null;
    }
  }

  // --- the eligible plan, then the project

  private static Arbitrary<Project> build(RuleBook book, UnaryOperator<Plan> edit) {
    return plans(book).map(edit).flatMap(Plan::toProject);
  }

  private static Arbitrary<Plan> plans(RuleBook book) {
    List<CountryCode> eu = Mobilities.euMemberStates(book);
    List<ActivityType> types = Mobilities.activityTypes(book);
    int[] months = monthRange(book);
    List<Integer> allowedMonths = numbers(book, "project.months_allowed");
    int mobilities = Math.min(6, Mobilities.number(book, "ka122.max_participants").orElse(6));
    return Combinators.combine(
            Arbitraries.integers().between(0, eu.size() - 1),
            Arbitraries.integers().between(months[0], months[1]),
            Arbitraries.integers().between(0, 240),
            Arbitraries.of(types).list().ofMaxSize(mobilities),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 10_000))
        .as(
            (country, length, startOffset, activities, fraction, spare) -> {
              Plan p = new Plan(book);
              p.spare = spare;
              p.fraction = fraction;
              p.eu = eu;
              p.country = eu.get(country);
              p.agencyCountry = p.country;
              // Day 1 to 28: adding whole months never moves the day, so months stay whole.
              LocalDate first = LocalDate.of(book.edition().callYear(), 6, 1);
              p.start = first.plusDays(startOffset).withDayOfMonth(1 + spare % 28);
              p.months(allowedMonths.isEmpty() ? length : Mobilities.pick(allowedMonths, spare), 0);
              p.accredited = is(book, KeyAction.KA121);
              for (ActivityType t : activities) {
                p.activities.add(new Activity(t, p.activities.size() + 1, null));
              }
              p.eligibleGrants();
              p.eligibleBudget();
              return p;
            });
  }

  /** The whole months an eligible project may last: {@code [min, max]}. */
  private static int[] monthRange(RuleBook book) {
    int min = 12;
    int max = 24;
    if (is(book, KeyAction.KA122)) {
      min = Mobilities.number(book, "ka122.project_months_min").orElse(min);
      max = Mobilities.number(book, "ka122.project_months_max").orElse(max);
    } else if (is(book, KeyAction.KA121)) {
      max = Mobilities.number(book, "ka121.project_months").orElse(max);
      min = Math.min(min, max);
    }
    min = Math.max(SHORTEST_MONTHS, min);
    return new int[] {min, Math.max(min, max)};
  }

  /** One mobility of the project: its type, the host it goes to, its first day if fixed. */
  private static final class Activity {
    final ActivityType type;
    final int partner;
    final LocalDate start;

    Activity(ActivityType type, int partner, LocalDate start) {
      this.type = type;
      this.partner = partner;
      this.start = start;
    }
  }

  /** A mutable plan of one project, private to a single generation step. */
  private static final class Plan {
    final RuleBook book;
    int spare;
    int fraction;
    List<CountryCode> eu;
    CountryCode country;
    CountryCode agencyCountry;
    LocalDate start;
    LocalDate end;
    boolean accredited;
    LocalDate accreditedFrom;
    LocalDate accreditedUntil;
    // Mobilities to hosts of their own (1, 2, ...), then those a breaker adds (to host 0); every
    // edit sets rather than appends, so that applying one twice changes nothing.
    final List<Activity> activities = new ArrayList<>();
    List<Activity> extra = List.of();
    final List<ProjectReference> previousGrants = new ArrayList<>();
    Money awarded;
    Money notAssociated;
    Money courses;
    boolean smallPartnership;

    Plan(RuleBook book) {
      this.book = book;
    }

    Plan months(int whole, int extraDays) {
      end = start.plusMonths(whole).plusDays(extraDays - 1L);
      return this;
    }

    Plan beneficiaryIn(CountryCode newCountry) {
      country = newCountry;
      return this;
    }

    Plan noMobilities() {
      activities.clear();
      extra = List.of();
      return this;
    }

    Plan accredited(boolean value) {
      accredited = value;
      return this;
    }

    // No accreditation at all, one that ended before the start, or one that begins after it.
    Plan withoutValidAccreditation() {
      switch (spare % 3) {
        case 0:
          accredited = false;
          break;
        case 1:
          accreditedFrom = start.minusYears(1);
          accreditedUntil = start.minusDays(1 + spare % 300L);
          break;
        default:
          accreditedFrom = start.plusDays(1 + spare % 300L);
          break;
      }
      return this;
    }

    Plan moreMobilities(List<ActivityType> counted, int total) {
      activities.clear();
      for (int i = 0; i < total; i++) {
        activities.add(new Activity(Mobilities.pick(counted, spare + i), i + 1, null));
      }
      return this;
    }

    // Too short (fewer whole months than the minimum) or too long (more months begun than the
    // maximum, sometimes by a part month only).
    Plan outside(int min, int max) {
      if (min > SHORTEST_MONTHS && spare % 2 == 0) {
        return months(SHORTEST_MONTHS + spare % (min - SHORTEST_MONTHS), 0);
      }
      return spare % 4 == 1 ? months(max, 1 + spare % 27) : months(max + 1 + spare % 6, 0);
    }

    void eligibleGrants() {
      if (!is(book, KeyAction.KA122)) {
        return;
      }
      int max = Mobilities.number(book, "ka122.max_grants_in_5_calls").orElse(1);
      grants(fraction % Math.max(1, max));
    }

    // Earlier KA122-VET grants of the beneficiary within the five call years up to this one.
    Plan grants(int count) {
      previousGrants.clear();
      int year = book.edition().callYear();
      int first = Math.max(2021, year - 4);
      for (int i = 0; i < count; i++) {
        previousGrants.add(
            ProjectReference.builder()
                .callYear(first + (spare + i) % (year - first + 1))
                .round(1)
                .nationalAgency(NationalAgencyCode.of(agencyCountry, 1))
                .keyAction(KeyAction.KA122)
                .field("VET")
                // Never the project's own reference, whose sequence is spare.
                .sequence(spare * 10L + i + 1)
                .sequenceDigits(9)
                .build());
      }
      return this;
    }

    // Within the shares the book states; amounts are left out now and then.
    void eligibleBudget() {
      if (spare % 5 == 0) {
        return;
      }
      awarded = Money.ofEuros(20_000 + spare * 37L);
      BigDecimal notAssociatedShare =
          share(book, "ka121.not_associated_budget_share_max").orElse(new BigDecimal("0.20"));
      notAssociated = part(awarded, notAssociatedShare.multiply(percent(fraction)));
      BigDecimal limit =
          coursesLimit(
              euros(awarded),
              share(book, "courses.max_share_of_grant").orElse(new BigDecimal("0.50")),
              Mobilities.number(book, "courses.small_project_max_grant").orElse(40_000),
              Mobilities.number(book, "courses.max_amount_small_project").orElse(20_000));
      courses = part(Money.ofCents(limit.movePointRight(2).longValueExact()), percent(fraction));
    }

    Plan notAssociatedOver(BigDecimal share) {
      awarded = Money.ofEuros(20_000 + spare * 37L);
      Money cap = part(awarded, share);
      notAssociated =
          cap.plus(part(awarded.minus(cap), percent(1 + fraction % 100))).plus(Money.ofCents(1));
      return this;
    }

    // Over the limit: the fixed amount for a small project, the share for a larger one.
    Plan coursesOver(BigDecimal share, int small, int smallLimit) {
      long euros =
          spare % 2 == 0 && small > smallLimit
              ? smallLimit + 1 + spare % (small - smallLimit)
              : small + 1 + spare * 37L;
      awarded = Money.ofEuros(euros);
      BigDecimal limit = coursesLimit(BigDecimal.valueOf(euros), share, small, smallLimit);
      Money over = Money.ofCents(limit.movePointRight(2).longValueExact() + 1);
      courses = over.plus(part(awarded.minus(over), percent(fraction)));
      notAssociated = Money.ZERO;
      return this;
    }

    // Several mobilities of one type to the same host: on the same day, or on different days.
    Plan together(ActivityType type, int count, boolean differentDays) {
      List<Activity> out = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        out.add(new Activity(type, 0, start.plusDays(differentDays ? 7L * i : 0)));
      }
      extra = out;
      return this;
    }

    Plan visitBeforeCourse() {
      extra =
          List.of(
              new Activity(ActivityType.PREP_VISIT, 0, start),
              new Activity(ActivityType.SM_COUR_TRAIN, 0, start.plusDays(30)));
      return this;
    }

    // Whole months the book does not allow, or an allowed number and a few days more.
    Plan notAllowed(List<Integer> allowed) {
      if (spare % 2 == 0) {
        return months(Mobilities.pick(allowed, spare), 1 + spare % 27);
      }
      int whole = SHORTEST_MONTHS + spare % 30;
      while (allowed.contains(whole)) {
        whole++;
      }
      return months(whole, 0);
    }

    Plan smallPartnership() {
      smallPartnership = true;
      return this;
    }

    // OIDs, all different: the beneficiary's, then hosts 0 to n, then the partners'.
    Arbitrary<Project> toProject() {
      List<Organisation> partners = partners();
      int hosts = activities.size() + 1;
      return VetArbitraries.organisationIds()
          .list()
          .ofSize(1 + hosts + partners.size())
          .uniqueElements()
          .flatMap(oids -> mobilities(oids).map(ms -> project(oids, partners, ms)));
    }

    private Arbitrary<List<Mobility>> mobilities(List<OrganisationId> oids) {
      Organisation beneficiary = beneficiary(oids.get(0));
      ProjectReference reference = reference();
      List<Arbitrary<Mobility>> each = new ArrayList<>();
      List<Activity> all = new ArrayList<>(activities);
      all.addAll(extra);
      for (Activity a : all) {
        each.add(
            Mobilities.inProject(
                book,
                a.type,
                beneficiary,
                oids.get(1 + a.partner),
                start,
                end,
                a.start,
                reference));
      }
      return each.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(each).as(ms -> ms);
    }

    private Project project(
        List<OrganisationId> oids, List<Organisation> partners, List<Mobility> mobilities) {
      List<Organisation> identified = new ArrayList<>();
      int next = 1 + activities.size() + 1;
      for (Organisation o : partners) {
        identified.add(Organisation.builder().from(o).oid(oids.get(next++)).build());
      }
      return Project.builder()
          .reference(reference())
          .beneficiary(beneficiary(oids.get(0)))
          .partners(identified)
          .startDate(start)
          .endDate(end)
          .mobilities(mobilities)
          .previousGrants(previousGrants)
          .awardedGrant(Optional.ofNullable(awarded))
          .notAssociatedGrant(Optional.ofNullable(notAssociated))
          .coursesGrant(Optional.ofNullable(courses))
          .build();
    }

    private Organisation beneficiary(OrganisationId oid) {
      Organisation.Builder b = Organisation.builder().country(country).oid(oid);
      if (accredited) {
        // A KA120 accreditation in the field VET from the agency of the beneficiary's country,
        // so that the mobilities' VET-ACCREDITATION-CODE holds too.
        int year = Math.max(2021, Math.min(start.getYear() - 1, 2027));
        LocalDate from = accreditedFrom != null ? accreditedFrom : LocalDate.of(year, 1, 1);
        b.addAccreditations(
            Accreditation.builder()
                .kind(AccreditationKind.ERASMUS_ACCREDITATION)
                .code(
                    AccreditationCode.of(
                        ProjectReference.builder()
                            .callYear(year)
                            .round(1)
                            .nationalAgency(NationalAgencyCode.of(country, 1))
                            .keyAction(KeyAction.KA120)
                            .field("VET")
                            .sequence(spare)
                            .sequenceDigits(9)
                            .build()))
                .validFrom(from)
                .validUntil(Optional.ofNullable(accreditedUntil))
                .build());
      }
      return b.build();
    }

    private ProjectReference reference() {
      boolean legacy =
          Mobilities.isPilot(book) || book.edition().programme() == Programme.ERASMUS_2014_2020;
      ProjectReference.Builder r =
          ProjectReference.builder()
              .callYear(book.edition().callYear())
              .round(1 + spare % 2)
              .nationalAgency(NationalAgencyCode.of(agencyCountry, 1 + spare % 2))
              .keyAction(book.action().orElse(KeyAction.KA102))
              .sequence(spare)
              .sequenceDigits(legacy ? 6 : 9);
      if (!legacy) {
        r.field("VET");
      }
      return r.build();
    }

    // The pilots' partnership, besides the beneficiary: organisations in as many EU Member States
    // as it needs (the beneficiary's country among them, so that they count even if it moves), in
    // as many partner countries, and more up to the number of organisations; a small one falls
    // short of one of these minimums and meets the others.
    private List<Organisation> partners() {
      int[] needs = partnership(book);
      if (needs == null) {
        return List.of();
      }
      int organisations = needs[0];
      int euCountries = needs[1];
      int partnerCountries = needs[2];
      int firstEu = 0;
      if (smallPartnership) {
        List<Shortfall> possible = shortfalls(needs);
        switch (possible.get(spare % possible.size())) {
          case EU_MEMBER_STATES:
            euCountries--;
            break;
          case PARTNER_COUNTRIES:
            partnerCountries--;
            break;
          default:
            // The beneficiary's own country stands for one Member State: no partner there.
            firstEu = 1;
            organisations--;
            break;
        }
      }
      int own = Math.max(0, eu.indexOf(country));
      List<CountryCode> partnerList = Mobilities.list(book, "pilot.partner_countries");
      List<Organisation> out = new ArrayList<>();
      for (int i = firstEu; i < euCountries; i++) {
        out.add(Organisation.of(eu.get((own + i) % eu.size())));
      }
      for (int i = 0; i < partnerCountries; i++) {
        out.add(Organisation.of(partnerList.get((spare + i) % partnerList.size())));
      }
      while (out.size() + 1 < organisations) {
        out.add(Organisation.of(country));
      }
      return out;
    }
  }

  /** How a small partnership falls short. */
  private enum Shortfall {
    EU_MEMBER_STATES,
    PARTNER_COUNTRIES,
    ORGANISATIONS
  }

  /**
   * The ways a partnership can fall short of one minimum and meet the others: the beneficiary is an
   * organisation of an EU Member State, so at least one Member State is always there.
   */
  private static List<Shortfall> shortfalls(int[] needs) {
    List<Shortfall> out = new ArrayList<>();
    if (needs[1] >= 2) {
      out.add(Shortfall.EU_MEMBER_STATES);
    }
    if (needs[2] >= 1) {
      out.add(Shortfall.PARTNER_COUNTRIES);
    }
    if (needs[0] > needs[1] + needs[2]) {
      out.add(Shortfall.ORGANISATIONS);
    }
    return out;
  }

  /**
   * The pilot partnership's minimums (organisations, EU Member States, partner countries), when the
   * book states all three and its partner countries; else {@code null}.
   */
  private static int[] partnership(RuleBook book) {
    OptionalInt organisations = Mobilities.number(book, "pilot.min_organisations");
    OptionalInt eu = Mobilities.number(book, "pilot.min_eu_member_states");
    OptionalInt partners = Mobilities.number(book, "pilot.min_partner_countries");
    List<CountryCode> partnerList = Mobilities.list(book, "pilot.partner_countries");
    if (organisations.isEmpty()
        || eu.isEmpty()
        || partners.isEmpty()
        || partnerList.size() < partners.getAsInt()
        || Mobilities.euMemberStates(book).size() < eu.getAsInt()) {
      return null;
    }
    return new int[] {organisations.getAsInt(), eu.getAsInt(), partners.getAsInt()};
  }

  // --- facts and amounts

  private static boolean is(RuleBook book, KeyAction action) {
    return book.action().map(action::equals).orElse(false);
  }

  private static boolean offers(RuleBook book, ActivityType type) {
    return Mobilities.activityTypes(book).contains(type);
  }

  private static String value(RuleBook book, String key) {
    return Mobilities.value(book, key).orElse("");
  }

  private static Optional<BigDecimal> share(RuleBook book, String key) {
    Optional<String> v = Mobilities.value(book, key);
    return v.isPresent() && v.get().matches("[0-9]+(\\.[0-9]+)?")
        ? Optional.of(new BigDecimal(v.get()))
        : Optional.empty();
  }

  private static List<Integer> numbers(RuleBook book, String key) {
    List<Integer> out = new ArrayList<>();
    Optional<String> v = Mobilities.value(book, key);
    if (v.isPresent() && v.get().matches("[0-9]+(;[0-9]+)*")) {
      for (String s : v.get().split(";")) {
        out.add(Integer.parseInt(s));
      }
    }
    return out;
  }

  /** The countries of a known status that the book does not admit for applicants. */
  private static List<CountryCode> refusedApplicantCountries(RuleBook book) {
    Optional<String> statuses = Mobilities.value(book, "applicant.statuses");
    List<CountryCode> out = new ArrayList<>();
    if (statuses.isEmpty()) {
      return out;
    }
    for (CountryCode c : CountryCode.values()) {
      CountryStatus s = book.countryStatus(c);
      if (s != CountryStatus.UNKNOWN
          && !List.of(statuses.get().split(";"))
              .contains(s.name().toLowerCase(java.util.Locale.ROOT))) {
        out.add(c);
      }
    }
    return out;
  }

  /** The courses limit: a fixed amount up to the small-project grant, else a share, in euro. */
  private static BigDecimal coursesLimit(
      BigDecimal grant, BigDecimal share, int small, int smallLimit) {
    return grant.compareTo(BigDecimal.valueOf(small)) <= 0
        ? BigDecimal.valueOf(smallLimit).setScale(2)
        : grant.multiply(share).setScale(2, RoundingMode.DOWN);
  }

  private static BigDecimal euros(Money m) {
    return BigDecimal.valueOf(m.cents(), 2);
  }

  private static BigDecimal percent(int n) {
    return BigDecimal.valueOf(n, 2);
  }

  /** A share of an amount, rounded down to the cent. */
  private static Money part(Money amount, BigDecimal share) {
    return Money.ofCents(
        BigDecimal.valueOf(amount.cents())
            .multiply(share)
            .setScale(0, RoundingMode.DOWN)
            .longValueExact());
  }

  private static <T> T pick(List<T> list, int spare) {
    return Mobilities.pick(list, spare);
  }
}
