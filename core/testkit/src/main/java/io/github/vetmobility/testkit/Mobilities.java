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
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import io.github.vetmobility.rules.Fact;
import io.github.vetmobility.rules.Rule;
import io.github.vetmobility.rules.RuleBook;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mobilities made to measure for one rule book: eligible ones, and ones that break exactly one
 * chosen rule, so that a host can test how it handles each rule id.
 *
 * <p>The generators read the rule book's own facts ({@link RuleBook#fact(String)}: durations,
 * participant categories, travel days, country lists, group sizes), never a copy of the numbers,
 * and never ask the rule book for its verdict: they are an independent statement of the rules,
 * which the library's own tests hold against the engine.
 *
 * <pre>{@code
 * RuleBook book = RuleBooks.builtIn().get(2025, KeyAction.KA122);
 * Arbitrary<Mobility> ok = Mobilities.eligible(book, ActivityType.LM_SHORT_VET);
 * Arbitrary<Mobility> tooLong = Mobilities.breaking(book, Rule.VET_DURATION_MAX);
 * }</pre>
 */
public final class Mobilities {
  private static final String YES = "yes";

  private Mobilities() {}

  /**
   * Returns the activity types for which {@link #eligible(RuleBook, ActivityType)} can generate
   * mobilities: those the rule book offers for certain ({@code available = yes}).
   *
   * @param book the rule book
   * @return the activity types, in declaration order
   */
  public static List<ActivityType> activityTypes(RuleBook book) {
    List<ActivityType> out = new ArrayList<>();
    for (ActivityType t : ActivityType.values()) {
      if (YES.equals(value(book, "activity." + t.code() + ".available").orElse(""))) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Returns mobilities of any activity type the rule book offers, each eligible under it.
   *
   * @param book the rule book
   * @return an arbitrary of eligible mobilities
   */
  public static Arbitrary<Mobility> eligible(RuleBook book) {
    return Arbitraries.of(activityTypes(book)).flatMap(t -> eligible(book, t));
  }

  /**
   * Returns mobilities of one activity type that the rule book assesses {@code ELIGIBLE}, with no
   * finding: sending and receiving organisations in two different EU Member States (for the pilot
   * schemes, an EU Member State and a partner country), a participant of a category the activity
   * admits, a duration within the activity's limits, the funded travel days at most, and, for
   * Erasmus+ rule books, sometimes a project reference of the book's call and key action.
   *
   * @param book the rule book
   * @param type an activity type the book offers (see {@link #activityTypes(RuleBook)})
   * @return an arbitrary of eligible mobilities
   * @throws IllegalArgumentException if the book does not offer the activity type for certain
   */
  public static Arbitrary<Mobility> eligible(RuleBook book, ActivityType type) {
    if (!activityTypes(book).contains(type)) {
      throw new IllegalArgumentException(book + " does not offer " + type + " for certain");
    }
    return drafts(book, type).map(Draft::toMobility);
  }

  /**
   * Returns the rules that {@link #breaking(RuleBook, Rule)} can break alone under this rule book:
   * the mobility-level rules whose facts the book knows and that can fail without another rule
   * failing too. The project-level rules are broken by {@link Projects#breaking(RuleBook, Rule)}.
   *
   * @param book the rule book
   * @return the rules, in rule order
   */
  public static Set<Rule> breakableRules(RuleBook book) {
    return Breakers.breakable(r -> breaker(book, r));
  }

  /**
   * Returns mobilities that break exactly one rule of the book: the assessment holds one finding,
   * for {@code rule}.
   *
   * @param book the rule book
   * @param rule a rule of {@link #breakableRules(RuleBook)}
   * @return an arbitrary of mobilities breaking {@code rule} alone
   * @throws IllegalArgumentException if the rule cannot be broken alone under this book (the book
   *     does not state what the rule needs, or every mobility breaking it breaks another rule too),
   *     or if it is a project-level rule; the message names the rule and the book
   */
  public static Arbitrary<Mobility> breaking(RuleBook book, Rule rule) {
    return Breakers.of(
        book, rule, Rule.Level.MOBILITY, "a mobility", "Projects.breaking", r -> breaker(book, r));
  }

  /**
   * Returns eligible mobilities of one type as part of a project: the beneficiary's side (sending,
   * or receiving for incoming activities and for the pilots' inward flows) is {@code home}, the
   * other side has the OID {@code partner}, the activity lies within {@code from} to {@code to}
   * (starting on {@code start} when given), and a mobility that names a project names {@code
   * reference}.
   *
   * <p>{@code home} lies in an EU Member State listed by the book, and the window is at least as
   * long as the activity's minimum.
   */
  static Arbitrary<Mobility> inProject(
      RuleBook book,
      ActivityType type,
      Organisation home,
      OrganisationId partner,
      LocalDate from,
      LocalDate to,
      LocalDate start,
      ProjectReference reference) {
    return drafts(book, type)
        .map(d -> d.inProject(home, partner, from, to, start, reference).toMobility());
  }

  // --- how each rule is broken: null when the book lacks what the rule needs

  private static Arbitrary<Mobility> breaker(RuleBook book, Rule rule) {
    if (rule.level() != Rule.Level.MOBILITY) {
      return null;
    }
    List<ActivityType> types = activityTypes(book);
    boolean pilot = isPilot(book);
    switch (rule) {
      case VET_DATES_ORDER:
        return broken(book, types, t -> true, d -> d.days(-d.spare % 30));
      case VET_DURATION_MIN:
        return broken(
            book,
            types,
            t -> number(book, minKey(t)).orElse(0) >= 2,
            d -> d.days(number(book, minKey(d.type)).getAsInt() - 1));
      case VET_DURATION_MAX:
        return broken(
            book,
            types,
            t -> number(book, maxKey(t)).isPresent(),
            d -> d.days(number(book, maxKey(d.type)).getAsInt() + 1 + d.spare % 10));
      case VET_TRAVEL_DAYS:
        return number(book, "travel_days.max_standard").isEmpty()
            ? null
            : broken(
                book,
                types,
                t -> true,
                d -> d.travel(number(book, "travel_days.max_standard").getAsInt() + 1, false));
      case VET_ACTIVITY_PARTICIPANT:
        return broken(
            book,
            types,
            t -> !excluded(book, t).isEmpty(),
            d -> d.category(pick(excluded(book, d.type), d.spare)).fewerIfAccompanied());
      case VET_RECENT_GRADUATE:
        return number(book, "recent_graduate.months").isEmpty()
            ? null
            : broken(
                book,
                types,
                t -> categories(book, t).contains(ParticipantCategory.RECENT_GRADUATE),
                d -> d.category(ParticipantCategory.RECENT_GRADUATE).graduatedLongAgo());
      case VET_STAFF_LINK:
        return !isYes(book, "staff.link_required")
            ? null
            : broken(
                book,
                types,
                t -> categories(book, t).contains(ParticipantCategory.STAFF),
                d -> d.category(ParticipantCategory.STAFF).link(StaffLink.NONE));
      case VET_ACCOMPANIED:
        return !isYes(book, "accompanying.for_learners_or_fewer_opportunities")
            ? null
            : broken(
                book,
                types,
                t -> t != ActivityType.LM_GROUP_VET && hasNonLearner(book, t),
                d -> d.category(pick(nonLearners(book, d.type), d.spare)).accompanied(true));
      case VET_ORGANISATIONS_DIFFER:
        return !isYes(book, "organisations.must_differ")
            ? null
            : broken(book, types, t -> true, d -> d.sameOid());
      case VET_ABROAD:
        return !isYes(book, "abroad.required") || pilot
            ? null
            : broken(book, types, t -> true, Draft::domestic);
      case VET_PILOT_FLOW:
        return !pilot ? null : broken(book, types, t -> true, d -> d.euToEu());
      case VET_REFERENCE_EDITION:
        return broken(book, types, t -> true, d -> d.reference(otherEditionReference(book, d)));
      case VET_REFERENCE_FIELD:
        return pilot || book.edition().programme() != Programme.ERASMUS_2021_2027
            ? null
            : broken(book, types, t -> true, d -> d.reference(d.ownReference(book, "SCH")));
      case VET_AGENCY_COUNTRY:
        return pilot ? null : broken(book, types, t -> true, d -> d.agencyElsewhere(book));
      case VET_ACCREDITATION_CODE:
        return broken(book, types, t -> true, d -> d.foreignAccreditation());
      case VET_BLENDED_VIRTUAL:
        return broken(book, types, t -> true, d -> d.virtual(d.days + 1 + d.spare % 5));
      case VET_GROUP_SIZE:
        return types.contains(ActivityType.LM_GROUP_VET)
                && number(book, "activity.LM-GROUP-VET.min_group_size").orElse(0) >= 1
            ? broken(
                book,
                List.of(ActivityType.LM_GROUP_VET),
                t -> true,
                d -> d.group(number(book, "activity.LM-GROUP-VET.min_group_size").getAsInt() - 1))
            : null;
      case VET_GROUP_ACCOMPANIED:
        return types.contains(ActivityType.LM_GROUP_VET)
                && isYes(book, "group.accompanied_by_sending_staff")
            ? broken(book, List.of(ActivityType.LM_GROUP_VET), t -> true, d -> d.accompanied(false))
            : null;
      case VET_GROUP_COUNTRIES:
        return types.contains(ActivityType.LM_GROUP_VET)
                && number(book, "group.min_sending_countries").orElse(0) >= 1
            ? broken(
                book,
                List.of(ActivityType.LM_GROUP_VET),
                t -> true,
                d -> d.tooFewGroupCountries(number(book, "group.min_sending_countries").getAsInt()))
            : null;
      case VET_PREP_PERSONS:
        return types.contains(ActivityType.PREP_VISIT)
                && number(book, "activity.PREP-VISIT.max_persons").isPresent()
            ? broken(
                book,
                List.of(ActivityType.PREP_VISIT),
                t -> true,
                d -> d.group(number(book, "activity.PREP-VISIT.max_persons").getAsInt() + 1))
            : null;
      case VET_ACTIVITY_AVAILABLE:
        return notOffered(book, types);
      case VET_FLOW_RECEIVING:
        return !"no".equals(value(book, "not_associated.available").orElse(""))
            ? null
            : broken(
                book,
                types,
                t -> t.kind() != ActivityType.Kind.INCOMING,
                d -> d.receivingCountry(notAssociated(book, d.spare)));
      case VET_NOT_ASSOCIATED_ACCREDITED:
        return !isYes(book, "not_associated.available")
                || !isYes(book, "not_associated.requires_accreditation")
                || isAccredited(book)
            ? null
            : toNotAssociated(
                book, types, t -> !refusedOutsideTheProgramme(book, t), destinations(book, false));
      case VET_NOT_ASSOCIATED_ACTIVITY:
        return !isYes(book, "not_associated.available") || !mayGoOutsideTheProgramme(book)
            ? null
            : toNotAssociated(
                book, types, t -> refusedOutsideTheProgramme(book, t), destinations(book, false));
      case VET_NOT_ASSOCIATED_DESTINATION:
        return !isYes(book, "not_associated.available") || !mayGoOutsideTheProgramme(book)
            ? null
            : toNotAssociated(
                book, types, t -> !refusedOutsideTheProgramme(book, t), destinations(book, true));
      case VET_INCOMING_ORIGIN:
        return !isYes(book, "incoming.origin_programme_countries_only") || pilot
            ? null
            : broken(
                book,
                types,
                t -> t.kind() == ActivityType.Kind.INCOMING,
                d -> d.sendingCountry(notAssociated(book, d.spare)).noReference());
      case VET_FLOW_BENEFICIARY:
        return pilot
                || !value(book, "flow.beneficiary_side_statuses")
                    .map(v -> !v.contains("third_country_not_associated"))
                    .orElse(false)
            ? null
            : broken(
                book,
                types,
                t -> t.kind() != ActivityType.Kind.INCOMING,
                d -> d.sendingCountry(notAssociated(book, d.spare)).noReference());
      default:
        return null;
    }
  }

  private static Arbitrary<Mobility> broken(
      RuleBook book,
      List<ActivityType> types,
      java.util.function.Predicate<ActivityType> applies,
      UnaryOperator<Draft> edit) {
    List<ActivityType> fit = new ArrayList<>();
    for (ActivityType t : types) {
      if (applies.test(t)) {
        fit.add(t);
      }
    }
    if (fit.isEmpty()) {
      return null;
    }
    return Arbitraries.of(fit).flatMap(t -> drafts(book, t)).map(d -> edit.apply(d).toMobility());
  }

  // An activity the book refuses, put in place of an offered one of the same kind, so that the
  // beneficiary's side and the participant stay as they were.
  private static Arbitrary<Mobility> notOffered(RuleBook book, List<ActivityType> types) {
    List<ActivityType> refused = new ArrayList<>();
    for (ActivityType t : ActivityType.values()) {
      Optional<Fact> available = book.fact("activity." + t.code() + ".available");
      // No fact for the call is taken as an activity the file never names, which the engine
      // refuses (the built-in files name an activity for all their calls or for none); an
      // unknown one may be offered.
      if (available.isEmpty() || "no".equals(available.get().value().orElse(""))) {
        refused.add(t);
      }
    }
    return broken(
        book,
        types,
        t -> !sameKind(refused, t).isEmpty(),
        d -> d.activity(pick(sameKind(refused, d.type), d.spare)));
  }

  private static List<ActivityType> sameKind(List<ActivityType> candidates, ActivityType type) {
    List<ActivityType> out = new ArrayList<>();
    for (ActivityType t : candidates) {
      if (t.kind() == type.kind()) {
        out.add(t);
      }
    }
    return out;
  }

  // Outgoing activities (incoming ones never go to a third country) to one of the destinations.
  private static Arbitrary<Mobility> toNotAssociated(
      RuleBook book,
      List<ActivityType> types,
      java.util.function.Predicate<ActivityType> applies,
      List<CountryCode> destinations) {
    return destinations.isEmpty()
        ? null
        : broken(
            book,
            types,
            t -> t.kind() != ActivityType.Kind.INCOMING && applies.test(t),
            d -> d.receivingCountry(pick(destinations, d.spare)));
  }

  private static boolean isAccredited(RuleBook book) {
    return book.action().map(KeyAction.KA121::equals).orElse(false);
  }

  // VET-NOT-ASSOCIATED-ACCREDITED passes (or cannot be decided) for the book's key action.
  private static boolean mayGoOutsideTheProgramme(RuleBook book) {
    return !isYes(book, "not_associated.requires_accreditation") || isAccredited(book);
  }

  private static boolean refusedOutsideTheProgramme(RuleBook book, ActivityType type) {
    return "no"
        .equals(value(book, "activity." + type.code() + ".not_associated_allowed").orElse(""));
  }

  /**
   * The third countries not associated that the book excludes as destinations (when {@code
   * excluded}), or those it does not exclude: the countries it names as excluded, and those of a
   * region it does not list as eligible. Empty for the excluded ones while the list is unknown.
   */
  private static List<CountryCode> destinations(RuleBook book, boolean excluded) {
    Optional<String> named = value(book, "not_associated.excluded_countries");
    Optional<String> regions = value(book, "not_associated.eligible_regions");
    Set<CountryCode> out = EnumSet.noneOf(CountryCode.class);
    if (named.isPresent()) {
      out.addAll(list(book, "not_associated.excluded_countries"));
      if (regions.isPresent()) {
        Set<Integer> eligible = new java.util.HashSet<>();
        for (String r : regions.get().split(";")) {
          eligible.add(Integer.parseInt(r));
        }
        for (CountryCode c : CountryCode.values()) {
          OptionalInt region = book.region(c);
          if (region.isPresent() && !eligible.contains(region.getAsInt())) {
            out.add(c);
          }
        }
      }
    }
    List<CountryCode> result = new ArrayList<>();
    for (CountryCode c : CountryCode.values()) {
      if (book.countryStatus(c) == CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED
          && out.contains(c) == excluded) {
        result.add(c);
      }
    }
    return result;
  }

  // --- the eligible draft

  private static Arbitrary<Draft> drafts(RuleBook book, ActivityType type) {
    List<CountryCode> eu = euMemberStates(book);
    List<CountryCode> partners = list(book, "pilot.partner_countries");
    List<ParticipantCategory> categories = new ArrayList<>(categories(book, type));
    categories.remove(ParticipantCategory.ACCOMPANYING_PERSON);
    if (categories.isEmpty()) {
      categories.addAll(byKind(type));
    }
    int min = Math.max(1, number(book, minKey(type)).orElse(1));
    int max = number(book, maxKey(type)).orElse(min + 60);
    OptionalInt travel = number(book, "travel_days.max_standard");
    OptionalInt green = number(book, "travel_days.max_green");
    Arbitrary<int[]> numbers =
        Combinators.combine(
                Arbitraries.integers().between(min, Math.max(min, max)),
                Arbitraries.integers().between(0, travel.orElse(0)),
                Arbitraries.integers().between(0, green.orElse(0)),
                Arbitraries.of(false, true),
                Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 10_000))
            .as(
                (days, standardTravel, greenTravel, useGreen, fraction, spare) ->
                    new int[] {
                      days,
                      useGreen && green.isPresent() ? greenTravel : standardTravel,
                      useGreen && green.isPresent() ? 1 : 0,
                      fraction,
                      spare
                    });
    Arbitrary<LocalDate> starts =
        Arbitraries.integers()
            .between(0, 2 * 365)
            .map(n -> LocalDate.of(book.edition().callYear(), 6, 1).plusDays(n));
    return Combinators.combine(
            Arbitraries.of(categories),
            numbers,
            starts,
            Arbitraries.integers().between(0, eu.size() - 1),
            Arbitraries.integers().between(1, Math.max(1, eu.size() - 1)),
            Arbitraries.integers().between(0, Math.max(0, partners.size() - 1)),
            VetArbitraries.organisationIds().list().ofSize(2).uniqueElements(),
            Arbitraries.of(false, true))
        .as(
            (category, n, start, from, offset, partner, oids, withReference) -> {
              Draft d = new Draft(book, type);
              d.category = category;
              d.days = n[0];
              d.travel = n[1];
              d.green = n[2] == 1;
              d.graduationFraction = n[3];
              d.spare = n[4];
              d.start = start;
              d.eu = eu;
              CountryCode home = eu.get(from);
              CountryCode away =
                  partners.isEmpty() ? eu.get((from + offset) % eu.size()) : partners.get(partner);
              // Incoming activities bring participants to the beneficiary: flows run inwards.
              // The pilots fund flows both ways between the EU and the partner countries.
              boolean incoming =
                  type.kind() == ActivityType.Kind.INCOMING
                      || (!partners.isEmpty() && d.spare % 2 == 1);
              d.homeReceives = incoming;
              d.sendingCountry = incoming ? away : home;
              d.receivingCountry = incoming ? home : away;
              d.sendingOid = oids.get(0);
              d.receivingOid = oids.get(1);
              if (type == ActivityType.LM_GROUP_VET) {
                d.groupSize = number(book, "activity.LM-GROUP-VET.min_group_size").orElse(2) + 1;
                d.groupCountries = new LinkedHashSet<>();
                int needed = number(book, "group.min_sending_countries").orElse(1);
                for (int i = 0; i < Math.max(1, needed); i++) {
                  d.groupCountries.add(eu.get((from + i) % eu.size()));
                }
                d.accompanied = isYes(book, "group.accompanied_by_sending_staff");
              } else if (type == ActivityType.PREP_VISIT) {
                d.groupSize =
                    1 + d.spare % number(book, "activity.PREP-VISIT.max_persons").orElse(1);
              }
              if (withReference && !isPilot(book)) {
                d.reference = d.ownReference(book, "VET");
              }
              return d;
            });
  }

  /** A mutable plan of one mobility, private to a single generation step. */
  private static final class Draft {
    final RuleBook book;
    final ActivityType type;
    ActivityType activity;
    boolean homeReceives;
    Organisation homeOrganisation;
    ParticipantCategory category;
    StaffLink link = StaffLink.EMPLOYED;
    boolean longAgo;
    int graduationFraction;
    int days;
    int travel;
    boolean green;
    int virtual;
    int spare;
    LocalDate start;
    List<CountryCode> eu;
    CountryCode sendingCountry;
    CountryCode receivingCountry;
    OrganisationId sendingOid;
    OrganisationId receivingOid;
    Integer groupSize;
    Set<CountryCode> groupCountries = Set.of();
    boolean accompanied;
    boolean fewer;
    ProjectReference reference;
    Accreditation accreditation;

    Draft(RuleBook book, ActivityType type) {
      this.book = book;
      this.type = type;
      this.activity = type;
    }

    Draft activity(ActivityType newActivity) {
      activity = newActivity;
      return this;
    }

    Draft receivingCountry(CountryCode country) {
      receivingCountry = country;
      return this;
    }

    // The home side becomes the project's beneficiary, the other side the given partner, still
    // in another country; the dates move into the window.
    Draft inProject(
        Organisation home,
        OrganisationId partner,
        LocalDate from,
        LocalDate to,
        LocalDate fixedStart,
        ProjectReference projectReference) {
      CountryCode away = homeReceives ? sendingCountry : receivingCountry;
      if (away == home.country()) {
        away = eu.get((eu.indexOf(away) + 1 + spare % (eu.size() - 1)) % eu.size());
      }
      homeOrganisation = home;
      if (homeReceives) {
        receivingCountry = home.country();
        sendingCountry = away;
        sendingOid = partner;
      } else {
        sendingCountry = home.country();
        receivingCountry = away;
        receivingOid = partner;
      }
      LocalDate first = fixedStart != null ? fixedStart : from;
      long room = ChronoUnit.DAYS.between(first, to) + 1;
      days = (int) Math.min(days, room);
      start = fixedStart != null ? fixedStart : from.plusDays(spare % (room - days + 1));
      if (reference != null) {
        reference = projectReference;
      }
      return this;
    }

    Draft days(int newDays) {
      days = newDays;
      return this;
    }

    Draft travel(int newTravel, boolean newGreen) {
      travel = newTravel;
      green = newGreen;
      return this;
    }

    Draft category(ParticipantCategory newCategory) {
      category = newCategory;
      return this;
    }

    // An accompanied group needs a learner or a participant with fewer opportunities
    // (VET-ACCOMPANIED): keep that rule met when the category changes.
    Draft fewerIfAccompanied() {
      fewer = accompanied;
      return this;
    }

    Draft link(StaffLink newLink) {
      link = newLink;
      return this;
    }

    Draft graduatedLongAgo() {
      longAgo = true;
      return this;
    }

    Draft accompanied(boolean value) {
      accompanied = value;
      return this;
    }

    Draft sameOid() {
      receivingOid = sendingOid;
      return this;
    }

    // The other side moves to the beneficiary's country, so that the agency still matches.
    Draft domestic() {
      if (type.kind() == ActivityType.Kind.INCOMING) {
        sendingCountry = receivingCountry;
      } else {
        receivingCountry = sendingCountry;
      }
      return this;
    }

    Draft sendingCountry(CountryCode country) {
      sendingCountry = country;
      return this;
    }

    Draft noReference() {
      reference = null;
      return this;
    }

    Draft reference(ProjectReference newReference) {
      reference = newReference;
      return this;
    }

    Draft virtual(int newVirtual) {
      virtual = newVirtual;
      return this;
    }

    Draft group(int size) {
      groupSize = size;
      return this;
    }

    Draft euToEu() {
      int i = spare % eu.size();
      sendingCountry = eu.get(i);
      receivingCountry = eu.get((i + 1) % eu.size());
      return this;
    }

    Draft tooFewGroupCountries(int min) {
      Set<CountryCode> few = new LinkedHashSet<>();
      for (CountryCode c : groupCountries) {
        if (few.size() < min - 1) {
          few.add(c);
        }
      }
      // One country outside the programme keeps the list non-empty (an empty one is "unknown").
      few.add(notAssociated(book, spare));
      groupCountries = few;
      return this;
    }

    Draft agencyElsewhere(RuleBook b) {
      CountryCode home = beneficiaryCountry();
      CountryCode other = eu.get((eu.indexOf(home) + 1 + spare % (eu.size() - 1)) % eu.size());
      ProjectReference own = ownReference(b, "VET");
      reference =
          ProjectReference.builder()
              .from(own)
              .nationalAgency(NationalAgencyCode.of(other, own.nationalAgency().number()))
              .build();
      return this;
    }

    Draft foreignAccreditation() {
      CountryCode home = beneficiaryCountry();
      CountryCode other = eu.get((eu.indexOf(home) + 1) % eu.size());
      ProjectReference code =
          ProjectReference.builder()
              .callYear(2021 + spare % 5)
              .round(1)
              .nationalAgency(NationalAgencyCode.of(other, 1))
              .keyAction(KeyAction.KA120)
              .field("VET")
              .sequence(spare)
              .sequenceDigits(9)
              .build();
      accreditation =
          Accreditation.builder()
              .kind(AccreditationKind.ERASMUS_ACCREDITATION)
              .code(AccreditationCode.of(code))
              .validFrom(LocalDate.of(2021, 1, 1))
              .build();
      return this;
    }

    CountryCode beneficiaryCountry() {
      return type.kind() == ActivityType.Kind.INCOMING ? receivingCountry : sendingCountry;
    }

    ProjectReference ownReference(RuleBook b, String field) {
      KeyAction action = b.action().orElseThrow();
      boolean legacy = b.edition().programme() == Programme.ERASMUS_2014_2020;
      ProjectReference.Builder r =
          ProjectReference.builder()
              .callYear(b.edition().callYear())
              .round(1 + spare % 2)
              .nationalAgency(NationalAgencyCode.of(beneficiaryCountry(), 1 + spare % 2))
              .keyAction(action)
              .sequence(spare)
              .sequenceDigits(legacy ? 6 : 9);
      if (!legacy) {
        r.field(field);
      }
      return r.build();
    }

    Mobility toMobility() {
      LocalDate end = start.plusDays(days - 1L);
      Participant.Builder p =
          Participant.builder().category(category).staffLink(link).fewerOpportunities(fewer);
      if (category == ParticipantCategory.RECENT_GRADUATE) {
        p.graduationDate(graduation(end));
      }
      Organisation.Builder sending = Organisation.builder().country(sendingCountry).oid(sendingOid);
      Organisation.Builder receiving =
          Organisation.builder().country(receivingCountry).oid(receivingOid);
      if (accreditation != null) {
        (type.kind() == ActivityType.Kind.INCOMING ? receiving : sending)
            .addAccreditations(accreditation);
      }
      Organisation home = homeOrganisation;
      Mobility.Builder m =
          Mobility.builder()
              .activityType(activity)
              .participant(p.build())
              .sending(home != null && !homeReceives ? home : sending.build())
              .receiving(home != null && homeReceives ? home : receiving.build())
              .startDate(start)
              .endDate(end)
              .travelDays(travel)
              .greenTravel(green)
              .virtualDays(virtual)
              .accompanied(accompanied)
              .groupCountries(groupCountries)
              .projectReference(Optional.ofNullable(reference));
      if (groupSize != null) {
        m.groupSize(groupSize);
      }
      return m.build();
    }

    // Within the months after graduation on the start day and on the end day alike, so that it
    // holds whichever day the edition counts from; long ago breaks both.
    private LocalDate graduation(LocalDate end) {
      int months = number(book, "recent_graduate.months").orElse(12);
      if (longAgo) {
        return start.minusMonths(months).minusDays(1 + spare % 300L);
      }
      LocalDate earlier = start.isBefore(end) ? start : end;
      LocalDate later = start.isBefore(end) ? end : start;
      LocalDate earliest = later.minusMonths(months).plusDays(1);
      long room = Math.max(0, ChronoUnit.DAYS.between(earliest, earlier));
      return earlier.minusDays(room * graduationFraction / 100);
    }
  }

  // --- facts (shared with Projects)

  static boolean isPilot(RuleBook book) {
    return book.action().isEmpty();
  }

  private static String minKey(ActivityType t) {
    return "activity." + t.code() + ".min_days";
  }

  private static String maxKey(ActivityType t) {
    return "activity." + t.code() + ".max_days";
  }

  static Optional<String> value(RuleBook book, String key) {
    return book.fact(key).flatMap(Fact::value);
  }

  static boolean isYes(RuleBook book, String key) {
    return YES.equals(value(book, key).orElse(""));
  }

  /** A whole number fact; empty when absent, unknown or {@code none} (no limit). */
  static OptionalInt number(RuleBook book, String key) {
    Optional<String> v = value(book, key);
    if (v.isEmpty() || !v.get().matches("[0-9]+")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(v.get()));
  }

  static List<CountryCode> list(RuleBook book, String key) {
    List<CountryCode> out = new ArrayList<>();
    Optional<String> v = value(book, key);
    if (v.isPresent() && !v.get().equals("none")) {
      for (String code : v.get().split(";")) {
        out.add(CountryCode.parseStrict(code));
      }
    }
    return out;
  }

  static List<CountryCode> euMemberStates(RuleBook book) {
    List<CountryCode> listed = list(book, "countries.eu_member_state");
    List<CountryCode> out = new ArrayList<>();
    for (CountryCode c : listed) {
      if (book.countryStatus(c) == CountryStatus.EU_MEMBER_STATE) {
        out.add(c);
      }
    }
    if (out.size() < 2) {
      throw new IllegalArgumentException(book + " lists fewer than two EU Member States");
    }
    return out;
  }

  private static CountryCode notAssociated(RuleBook book, int spare) {
    List<CountryCode> out = new ArrayList<>();
    for (CountryCode c : CountryCode.values()) {
      if (book.countryStatus(c) == CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED) {
        out.add(c);
      }
    }
    return out.get(spare % out.size());
  }

  /** The categories the activity admits; empty when the book does not say. */
  private static Set<ParticipantCategory> categories(RuleBook book, ActivityType type) {
    Set<ParticipantCategory> out = EnumSet.noneOf(ParticipantCategory.class);
    Optional<String> v = value(book, "activity." + type.code() + ".participants");
    if (v.isPresent() && !v.get().equals("none")) {
      for (String key : v.get().split(";")) {
        out.add(ParticipantCategory.parse(key));
      }
    }
    return out;
  }

  private static List<ParticipantCategory> excluded(RuleBook book, ActivityType type) {
    Set<ParticipantCategory> allowed = categories(book, type);
    List<ParticipantCategory> out = new ArrayList<>();
    if (allowed.isEmpty()) {
      return out;
    }
    for (ParticipantCategory c : ParticipantCategory.values()) {
      // Accompanying persons are flagged on the mobility, not a category to move on their own.
      if (!allowed.contains(c) && c != ParticipantCategory.ACCOMPANYING_PERSON) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean hasNonLearner(RuleBook book, ActivityType type) {
    return !nonLearners(book, type).isEmpty();
  }

  private static List<ParticipantCategory> nonLearners(RuleBook book, ActivityType type) {
    List<ParticipantCategory> out = new ArrayList<>();
    Set<ParticipantCategory> allowed = categories(book, type);
    for (ParticipantCategory c : allowed.isEmpty() ? byKind(type) : allowed) {
      if (!c.isLearner() && c != ParticipantCategory.ACCOMPANYING_PERSON) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<ParticipantCategory> byKind(ActivityType type) {
    switch (type.kind()) {
      case LEARNER:
        return List.of(ParticipantCategory.VET_LEARNER, ParticipantCategory.APPRENTICE);
      case INCOMING:
        return List.of(
            type == ActivityType.OA_INV_EXP
                ? ParticipantCategory.INVITED_EXPERT
                : ParticipantCategory.TEACHER_IN_TRAINING);
      default:
        return List.of(ParticipantCategory.STAFF);
    }
  }

  static <T> T pick(List<T> list, int spare) {
    return list.get(spare % list.size());
  }

  private static ProjectReference otherEditionReference(RuleBook book, Draft d) {
    if (isPilot(book)) {
      // A pilot grant has no Erasmus+ reference: any reference names another edition.
      return ProjectReference.builder()
          .callYear(2021 + d.spare % 6)
          .round(1)
          .nationalAgency(NationalAgencyCode.of(d.beneficiaryCountry(), 1))
          .keyAction(KeyAction.KA122)
          .field("VET")
          .sequence(d.spare)
          .sequenceDigits(9)
          .build();
    }
    ProjectReference own = d.ownReference(book, "VET");
    int first = book.edition().programme() == Programme.ERASMUS_2014_2020 ? 2014 : 2021;
    int last = book.edition().programme() == Programme.ERASMUS_2014_2020 ? 2020 : 2027;
    int year =
        first
            + (book.edition().callYear() - first + 1 + d.spare % (last - first))
                % (last - first + 1);
    return ProjectReference.builder().from(own).callYear(year).build();
  }
}
