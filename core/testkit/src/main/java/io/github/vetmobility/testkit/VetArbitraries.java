package io.github.vetmobility.testkit;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.AccreditationCode;
import io.github.vetmobility.identifier.ErasmusCode;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.NationalAgencyCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.organisation.OrganisationType;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import io.github.vetmobility.place.Coordinates;
import io.github.vetmobility.place.Place;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.RuleBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Static factories of jqwik arbitraries for every domain type of vetmobility-core.
 *
 * <p>Every generated value is a value the library itself accepts: identifiers are well-formed,
 * organisations' places lie in their country, accreditations end after they start. Beyond those
 * invariants the values are arbitrary: a generated {@link Mobility} may well be ineligible (an end
 * date before its start, a domestic flow), which is what a host's error handling must cope with.
 *
 * <p>The same arbitraries are offered to {@code @ForAll} parameters by {@link VetArbitraryProvider}
 * (registered as a service, so no set-up is needed) and by the opt-in domain {@link
 * VetMobilityDomain}.
 *
 * <p>All methods return new, independent arbitraries and may be called from any thread.
 */
public final class VetArbitraries {
  /** The earliest day generated for activities, accreditations and projects: the 2014 call. */
  static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);

  /** The latest day generated for activities, accreditations and projects. */
  static final LocalDate LAST_DAY = LocalDate.of(2031, 12, 31);

  /** Letters seen in European city names, so that names with accents are exercised too. */
  private static final String CITY_LETTERS =
      "abcdefghijklmnopqrstuvwxyzàáâäãåçčćđéèêëěíìîïłñńóòôöõøřšśßťúùûüůýžźż";

  private static final List<KeyAction> VET_KEY_ACTIONS =
      List.of(
          KeyAction.KA102,
          KeyAction.KA109,
          KeyAction.KA116,
          KeyAction.KA120,
          KeyAction.KA121,
          KeyAction.KA122);

  private VetArbitraries() {}

  /**
   * Returns every country code, ISO countries and the Commission's codes alike.
   *
   * @return an arbitrary of country codes
   */
  public static Arbitrary<CountryCode> countryCodes() {
    return Arbitraries.of(CountryCode.class);
  }

  /**
   * Returns the countries that have a status under a rule book, for example the third countries not
   * associated to the programme under the 2025 call.
   *
   * @param book the rule book
   * @param status the status
   * @return an arbitrary of the countries with {@code status} under {@code book}
   * @throws IllegalArgumentException if no country has that status under the book
   */
  public static Arbitrary<CountryCode> countryCodes(RuleBook book, CountryStatus status) {
    List<CountryCode> out = new ArrayList<>();
    for (CountryCode c : CountryCode.values()) {
      if (book.countryStatus(c) == status) {
        out.add(c);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no country is " + status + " under " + book);
    }
    return Arbitraries.of(out);
  }

  /**
   * Returns Organisation IDs: {@code E} and 8 digits.
   *
   * @return an arbitrary of OIDs
   */
  public static Arbitrary<OrganisationId> organisationIds() {
    return Arbitraries.strings().numeric().ofLength(8).map(d -> OrganisationId.parse("E" + d));
  }

  /**
   * Returns PICs: 9 digits.
   *
   * @return an arbitrary of PICs
   */
  public static Arbitrary<Pic> pics() {
    return Arbitraries.strings().numeric().ofLength(9).map(Pic::parse);
  }

  /**
   * Returns Erasmus codes: a prefix of 1 to 3 letters padded to three characters, a city part of
   * letters and a number of 1 to 3 digits, for example {@code "A BADEN01"} or {@code
   * "IRLDUBLIN01"}.
   *
   * @return an arbitrary of Erasmus codes
   */
  public static Arbitrary<ErasmusCode> erasmusCodes() {
    Arbitrary<String> prefixes =
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> cities =
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(10);
    Arbitrary<String> numbers = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3);
    return Combinators.combine(prefixes, cities, numbers)
        .as((p, c, n) -> ErasmusCode.parse(String.format("%-3s", p) + c + n));
  }

  /**
   * Returns key actions: mostly those of VET mobility (KA102, KA109, KA116, KA120, KA121, KA122),
   * sometimes any other {@code KA} number, as a batch of mixed fields holds.
   *
   * @return an arbitrary of key actions
   */
  public static Arbitrary<KeyAction> keyActions() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(VET_KEY_ACTIONS)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(100, 999).map(KeyAction::of)));
  }

  /**
   * Returns National Agency codes: any country with an agency number from 0 to 99.
   *
   * @return an arbitrary of National Agency codes
   */
  public static Arbitrary<NationalAgencyCode> nationalAgencyCodes() {
    return Combinators.combine(countryCodes(), Arbitraries.integers().between(0, 99))
        .as(NationalAgencyCode::of);
  }

  /**
   * Returns project references of both formats: the 2014-2020 one ({@link
   * #legacyProjectReferences()}) and the 2021-2027 one ({@link #currentProjectReferences()}),
   * including the 6-digit KA120 references of the 2020 accreditation call.
   *
   * @return an arbitrary of project references
   */
  public static Arbitrary<ProjectReference> projectReferences() {
    return Arbitraries.oneOf(
        legacyProjectReferences(), currentProjectReferences(), accreditation2020References());
  }

  /**
   * Returns project references in the 2014-2020 format {@code YYYY-R-CCNN-KAnnn-nnnnnn}, call years
   * 2014 to 2020.
   *
   * @return an arbitrary of 2014-2020 references
   */
  public static Arbitrary<ProjectReference> legacyProjectReferences() {
    return Combinators.combine(
            Arbitraries.integers().between(2014, 2020),
            Arbitraries.integers().between(1, 2),
            nationalAgencyCodes(),
            keyActions(),
            Arbitraries.longs().between(0, 999_999))
        .as(
            (year, round, agency, action, sequence) ->
                ProjectReference.builder()
                    .callYear(year)
                    .round(round)
                    .nationalAgency(agency)
                    .keyAction(action)
                    .sequence(sequence)
                    .sequenceDigits(6)
                    .build());
  }

  /**
   * Returns project references in the format of 2021 on, {@code YYYY-R-CCNN-KAnnn-FFF-nnnnnnnnn},
   * call years 2021 to 2099 (mostly within the programme's years), field mostly {@code VET}.
   *
   * @return an arbitrary of references of 2021 on
   */
  public static Arbitrary<ProjectReference> currentProjectReferences() {
    Arbitrary<Integer> years =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(2021, 2027)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(2021, 2099)));
    return Combinators.combine(
            years,
            Arbitraries.integers().between(1, 2),
            nationalAgencyCodes(),
            keyActions(),
            fields(),
            Arbitraries.longs().between(0, 999_999_999))
        .as(
            (year, round, agency, action, field, sequence) ->
                ProjectReference.builder()
                    .callYear(year)
                    .round(round)
                    .nationalAgency(agency)
                    .keyAction(action)
                    .field(field)
                    .sequence(sequence)
                    .sequenceDigits(9)
                    .build());
  }

  /**
   * Returns references that select the given edition: for Erasmus+ 2014-2020 the old format with
   * the edition's call year and KA102 or KA116; for Erasmus+ 2021-2027 the new format with the call
   * year, KA121 or KA122 and the field VET.
   *
   * @param edition an Erasmus+ edition
   * @return an arbitrary of references that select {@code edition}
   * @throws IllegalArgumentException for the pilot schemes, whose grants carry no Erasmus+
   *     reference
   */
  public static Arbitrary<ProjectReference> projectReferences(Edition edition) {
    int year = edition.callYear();
    switch (edition.programme()) {
      case ERASMUS_2014_2020:
        return Combinators.combine(
                legacyProjectReferences(), Arbitraries.of(KeyAction.KA102, KeyAction.KA116))
            .as((r, a) -> ProjectReference.builder().from(r).callYear(year).keyAction(a).build());
      case ERASMUS_2021_2027:
        return Combinators.combine(
                currentProjectReferences(), Arbitraries.of(KeyAction.KA121, KeyAction.KA122))
            .as(
                (r, a) ->
                    ProjectReference.builder()
                        .from(r)
                        .callYear(year)
                        .keyAction(a)
                        .field("VET")
                        .build());
      default:
        throw new IllegalArgumentException(
            "the pilot scheme " + edition + " has no Erasmus+ project references");
    }
  }

  /**
   * Returns codes of Erasmus accreditations (KA120): the 6-digit codes of the 2020 call and the
   * 9-digit codes of 2021 on, mostly in the field VET.
   *
   * @return an arbitrary of accreditation codes
   */
  public static Arbitrary<AccreditationCode> accreditationCodes() {
    Arbitrary<ProjectReference> current =
        currentProjectReferences()
            .map(r -> ProjectReference.builder().from(r).keyAction(KeyAction.KA120).build());
    return Arbitraries.oneOf(current, accreditation2020References()).map(AccreditationCode::of);
  }

  private static Arbitrary<ProjectReference> accreditation2020References() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 2),
            nationalAgencyCodes(),
            fields(),
            Arbitraries.longs().between(0, 999_999))
        .as(
            (round, agency, field, sequence) ->
                ProjectReference.builder()
                    .callYear(2020)
                    .round(round)
                    .nationalAgency(agency)
                    .keyAction(KeyAction.KA120)
                    .field(field)
                    .sequence(sequence)
                    .sequenceDigits(6)
                    .build());
  }

  private static Arbitrary<String> fields() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just("VET")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("SCH", "ADU", "HED", "YOU")),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('A', 'Z').ofLength(3)));
  }

  /**
   * Returns editions of every programme at every one of its call years.
   *
   * @return an arbitrary of editions
   */
  public static Arbitrary<Edition> editions() {
    List<Edition> all = new ArrayList<>();
    for (Programme p : Programme.values()) {
      for (int year = p.firstCall(); year <= p.lastCall(); year++) {
        all.add(Edition.of(p, year));
      }
    }
    return Arbitraries.of(all);
  }

  /**
   * Returns the editions of one programme, every call year.
   *
   * @param programme the programme
   * @return an arbitrary of that programme's editions
   */
  public static Arbitrary<Edition> editions(Programme programme) {
    return Arbitraries.integers()
        .between(programme.firstCall(), programme.lastCall())
        .map(year -> Edition.of(programme, year));
  }

  /**
   * Returns amounts from minus to plus one hundred million euro, in whole cents.
   *
   * @return an arbitrary of amounts
   */
  public static Arbitrary<Money> money() {
    return money(Money.ofEuros(-100_000_000), Money.ofEuros(100_000_000));
  }

  /**
   * Returns amounts between two bounds, both included.
   *
   * @param min the smallest amount
   * @param max the largest amount, not less than {@code min}
   * @return an arbitrary of amounts
   */
  public static Arbitrary<Money> money(Money min, Money max) {
    return Arbitraries.longs().between(min.cents(), max.cents()).map(Money::ofCents);
  }

  /**
   * Returns points anywhere on Earth, latitudes -90 to 90 and longitudes -180 to 180 with six
   * decimals (the poles and the date line included).
   *
   * @return an arbitrary of coordinates
   */
  public static Arbitrary<Coordinates> coordinates() {
    return Combinators.combine(
            Arbitraries.doubles().between(-90, 90).ofScale(6),
            Arbitraries.doubles().between(-180, 180).ofScale(6))
        .as(Coordinates::of);
  }

  /**
   * Returns places in any country: a city name (with accents, hyphens and spaces), sometimes a
   * region and coordinates.
   *
   * @return an arbitrary of places
   */
  public static Arbitrary<Place> places() {
    return places(countryCodes());
  }

  /**
   * Returns places in one country.
   *
   * @param country the country
   * @return an arbitrary of places in {@code country}
   */
  public static Arbitrary<Place> places(CountryCode country) {
    return places(Arbitraries.just(country));
  }

  // Combined, never flat-mapped: flatMap builds a generator per try and is many times slower.
  private static Arbitrary<Place> places(Arbitrary<CountryCode> countries) {
    return Combinators.combine(
            countries, cityNames(), cityNames().optional(), coordinates().optional())
        .as(
            (country, city, region, point) ->
                Place.builder()
                    .city(city)
                    .country(country)
                    .region(region)
                    .coordinates(point)
                    .build());
  }

  private static Arbitrary<String> cityNames() {
    Arbitrary<Character> initials = Arbitraries.chars().range('A', 'Z');
    Arbitrary<String> rest =
        Arbitraries.strings().withChars(CITY_LETTERS).withChars(" -'").ofMaxLength(20);
    return Combinators.combine(initials, rest).as((i, r) -> i + r.stripTrailing());
  }

  /**
   * Returns accreditations of both kinds; Erasmus accreditations sometimes carry their KA120 code,
   * and about half are open-ended.
   *
   * @return an arbitrary of accreditations
   */
  public static Arbitrary<Accreditation> accreditations() {
    Arbitrary<Optional<AccreditationCode>> codes =
        Arbitraries.oneOf(Arbitraries.just(Optional.empty()), accreditationCodes().optional());
    return Combinators.combine(
            Arbitraries.of(AccreditationKind.class),
            codes,
            days(),
            Arbitraries.integers().between(0, 3650).optional())
        .as(
            (kind, code, from, length) ->
                Accreditation.builder()
                    .kind(kind)
                    .code(kind == AccreditationKind.ERASMUS_ACCREDITATION ? code : Optional.empty())
                    .validFrom(from)
                    .validUntil(length.map(from::plusDays))
                    .build());
  }

  /**
   * Returns organisations in any country, with some of their identifiers, name, place, type and up
   * to three accreditations.
   *
   * @return an arbitrary of organisations
   */
  public static Arbitrary<Organisation> organisations() {
    return organisations(countryCodes());
  }

  /**
   * Returns organisations established in one country.
   *
   * @param country the country
   * @return an arbitrary of organisations in {@code country}
   */
  public static Arbitrary<Organisation> organisations(CountryCode country) {
    return organisations(Arbitraries.just(country));
  }

  private static Arbitrary<Organisation> organisations(Arbitrary<CountryCode> countries) {
    // Country and place are drawn together, so that the place always lies in the country.
    Arbitrary<Place> places = places(countries);
    Arbitrary<Organisation> located =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                2, places.map(p -> Organisation.builder().country(p.country()).place(p).build())),
            net.jqwik.api.Tuple.of(1, countries.map(Organisation::of)));
    return Combinators.combine(
            located,
            organisationIds().optional(),
            pics().optional(),
            erasmusCodes().optional(0.2),
            legalNames().optional(),
            Arbitraries.of(OrganisationType.class).optional(),
            accreditations().list().ofMaxSize(3))
        .as(
            (organisation, oid, pic, erasmusCode, name, type, accreditations) ->
                Organisation.builder()
                    .from(organisation)
                    .oid(oid)
                    .pic(pic)
                    .erasmusCode(erasmusCode)
                    .legalName(name)
                    .type(type)
                    .accreditations(accreditations)
                    .build());
  }

  private static Arbitrary<String> legalNames() {
    return Combinators.combine(cityNames(), Arbitraries.of("VET School", "GmbH", "S.L.", "d.o.o."))
        .as((name, suffix) -> name + " " + suffix);
  }

  /**
   * Returns participants of every category, with or without fewer opportunities, graduation and
   * birth dates and a staff link.
   *
   * @return an arbitrary of participants
   */
  public static Arbitrary<Participant> participants() {
    return participants(Arbitraries.of(ParticipantCategory.class));
  }

  /**
   * Returns participants of one category.
   *
   * @param category the category
   * @return an arbitrary of participants of {@code category}
   */
  public static Arbitrary<Participant> participants(ParticipantCategory category) {
    return participants(Arbitraries.just(category));
  }

  private static Arbitrary<Participant> participants(Arbitrary<ParticipantCategory> categories) {
    Arbitrary<LocalDate> births =
        Arbitraries.longs()
            .between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2012, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Combinators.combine(
            categories,
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12).optional(),
            Arbitraries.of(true, false),
            days().optional(),
            births.optional(),
            Arbitraries.of(StaffLink.class).optional())
        .as(
            (category, id, fewer, graduation, birth, link) ->
                Participant.builder()
                    .category(category)
                    .id(id)
                    .fewerOpportunities(fewer)
                    .graduationDate(graduation)
                    .birthDate(birth)
                    .staffLink(link)
                    .build());
  }

  /**
   * Returns mobilities of any activity type with any participant, organisations, dates (including
   * an end before the start) and options: values a host may receive, eligible or not.
   *
   * @return an arbitrary of mobilities
   */
  public static Arbitrary<Mobility> mobilities() {
    return mobilities(Arbitraries.of(ActivityType.class));
  }

  /**
   * Returns mobilities of one activity type; otherwise as arbitrary as {@link #mobilities()}.
   *
   * @param type the activity type
   * @return an arbitrary of mobilities of {@code type}
   */
  public static Arbitrary<Mobility> mobilities(ActivityType type) {
    return mobilities(Arbitraries.just(type));
  }

  private static Arbitrary<Mobility> mobilities(Arbitrary<ActivityType> types) {
    Arbitrary<Integer> lengths =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 400)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-30, -1)));
    // Built in stages of immutable values: a builder inside an arbitrary could be shared.
    Arbitrary<Mobility> core =
        Combinators.combine(
                types, participants(), organisations(), organisations(), days(), lengths)
            .as(
                (type, participant, sending, receiving, start, length) ->
                    Mobility.builder()
                        .activityType(type)
                        .participant(participant)
                        .sending(sending)
                        .receiving(receiving)
                        .startDate(start)
                        .endDate(start.plusDays(length))
                        .build());
    Arbitrary<Mobility> withOptions =
        Combinators.combine(
                core,
                Arbitraries.strings().alpha().numeric().ofLength(8).optional(),
                projectReferences().optional(),
                Arbitraries.integers().between(0, 6),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 10),
                Arbitraries.of(true, false))
            .as(
                (m, id, reference, travel, green, virtual, accompanied) ->
                    Mobility.builder()
                        .from(m)
                        .id(id)
                        .projectReference(reference)
                        .travelDays(travel)
                        .greenTravel(green)
                        .virtualDays(virtual)
                        .accompanied(accompanied)
                        .build());
    return Combinators.combine(
            withOptions,
            optionalInts(0, 40),
            optionalInts(0, 40),
            distances(),
            money(Money.ZERO, Money.ofEuros(5_000)).optional(),
            countryCodes().set().ofMaxSize(4),
            Arbitraries.of(false, true))
        .as(
            (m, group, courseDays, distance, cost, groupCountries, justified) ->
                Mobility.builder()
                    .from(m)
                    .groupCountries(groupCountries)
                    .shortStayJustified(justified)
                    .groupSize(group)
                    .courseDays(courseDays)
                    .declaredDistanceKm(distance)
                    .exceptionalTravelCost(cost)
                    .build());
  }

  /**
   * Returns projects of any reference and beneficiary, with up to three partners, up to five
   * mobilities and up to three earlier grants.
   *
   * @return an arbitrary of projects
   */
  public static Arbitrary<Project> projects() {
    return Combinators.combine(
            projectReferences(),
            organisations(),
            organisations().list().ofMaxSize(3),
            days().optional(),
            Arbitraries.integers().between(0, 36 * 31).optional(),
            mobilities().list().ofMaxSize(5),
            projectReferences().list().ofMaxSize(3))
        .as(
            (reference, beneficiary, partners, start, length, mobilities, previous) ->
                Project.builder()
                    .reference(reference)
                    .beneficiary(beneficiary)
                    .partners(partners)
                    .startDate(start)
                    .endDate(start.flatMap(s -> length.map(s::plusDays)))
                    .mobilities(mobilities)
                    .previousGrants(previous)
                    .build());
  }

  /** Days from {@link #FIRST_DAY} to {@link #LAST_DAY}, both included. */
  static Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<OptionalInt> optionalInts(int min, int max) {
    return Arbitraries.integers()
        .between(min, max)
        .optional()
        .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  private static Arbitrary<OptionalDouble> distances() {
    return Arbitraries.doubles()
        .between(0, 20_000)
        .ofScale(1)
        .optional()
        .map(o -> o.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
  }
}
