package io.github.vetmobility.rules.internal;

import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.rules.Citation;
import io.github.vetmobility.rules.Fact;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of one rule book (programme file, call year, key action), resolved once into arrays
 * and plain fields so that assessing a mobility reads them without look-ups or allocation. Not part
 * of the API.
 *
 * <p>Whole numbers use {@link #ABSENT} (the file never states the key: the rule is not part of the
 * programme), {@link #UNKNOWN} (stated as unknown for this call) and {@link #NO_LIMIT}; yes/no
 * values use {@link #T_ABSENT}, {@link #T_UNKNOWN}, {@link #T_NO} and {@link #T_YES}.
 */
public final class EditionData {
  /** The key is not in the file. */
  public static final int ABSENT = Integer.MIN_VALUE;

  /** The key is in the file but its value for this call is unknown. */
  public static final int UNKNOWN = Integer.MIN_VALUE + 1;

  /** The rules set no limit ({@code none}). */
  public static final int NO_LIMIT = Integer.MAX_VALUE;

  /** Yes/no key not in the file. */
  public static final byte T_ABSENT = 0;

  /** Yes/no key unknown for this call. */
  public static final byte T_UNKNOWN = 1;

  /** No. */
  public static final byte T_NO = 2;

  /** Yes. */
  public static final byte T_YES = 3;

  private static final CountryStatus[] STATUSES = CountryStatus.values();
  private static final int COUNTRIES = CountryCode.values().length;
  private static final int ACTIVITIES = ActivityType.values().length;
  private static final ActivityType[] ACTIVITY_TYPES = ActivityType.values();
  private static final Rule[] RULES = Rule.values();
  private static final Confidence[] CONFIDENCES = Confidence.values();

  private final ProgrammeFile file;
  private final Edition edition;
  private final KeyAction action;
  // One citation per fact key or basis and edition, made on first use: every finding cites one,
  // and building it (two list copies) was a quarter of the garbage of an ineligible assessment.
  // Bounded by the file's keys and the bases written in the checks.
  private final ConcurrentHashMap<String, Citation> citations = new ConcurrentHashMap<>();
  private static final String BASIS = "\u0000";
  // The findings of rules that could not be checked: they depend on the rule, the activity and the
  // missing input only, so one per combination. Bounded by rules x activities x inputs.
  private final ConcurrentHashMap<String, Finding> unchecked = new ConcurrentHashMap<>();

  private final byte[] status = new byte[COUNTRIES];
  private final byte[] region = new byte[COUNTRIES];
  private final CountryCode[] state = CountryCode.values();
  private final boolean[] excludedDestination = new boolean[COUNTRIES];
  private final boolean[] pilotPartner = new boolean[COUNTRIES];

  // Per activity type (ordinal).
  private final byte[] available = new byte[ACTIVITIES];
  private final int[] minDays = new int[ACTIVITIES];
  private final int[] maxDays = new int[ACTIVITIES];
  private final int[] minDaysFewer = new int[ACTIVITIES];
  private final int[] maxPersons = new int[ACTIVITIES];
  private final int[] minGroupSize = new int[ACTIVITIES];
  private final byte[] notAssociatedAllowed = new byte[ACTIVITIES];
  private final int[] participants = new int[ACTIVITIES];
  // The weakest confidence of the known facts each rule reads, per activity type and (last column)
  // over every activity: what a passed rule's answer rests on. Confidence ordinals.
  private final byte[] ruleConfidence = new byte[RULES.length * (ACTIVITIES + 1)];
  // The confidence of the territory or region list naming each country (confirmed when none).
  private final byte[] countryConfidence = new byte[COUNTRIES];

  /** Travel days: standard and green maximum. */
  public final int travelStandard;

  /** Travel days with green travel. */
  public final int travelGreen;

  /** Duration limits apply to the physical part of blended activities. */
  public final byte blendedPhysical;

  /** Sending and receiving country must differ. */
  public final byte abroadRequired;

  /** Sending and receiving organisation must differ. */
  public final byte organisationsDiffer;

  /** Months after graduation for recent graduates. */
  public final int recentGraduateMonths;

  /** Whether compulsory service extends the recent-graduate period. */
  public final byte recentGraduateServiceExtension;

  /** Whether the recent-graduate limit is measured at the end (else at the start). */
  public final boolean recentGraduateAtEnd;

  /** Staff must be linked to the sending organisation. */
  public final byte staffLinkRequired;

  /** Accompanying persons for learners or participants with fewer opportunities. */
  public final byte accompanyingRule;

  /**
   * Statuses (bit per CountryStatus ordinal) allowed on the beneficiary side; -1 unknown, 0 absent.
   */
  public final int beneficiarySideStatuses;

  /** Statuses allowed for the applicant; -1 unknown, 0 absent. */
  public final int applicantStatuses;

  /** Mobility to third countries not associated exists. */
  public final byte notAssociatedAvailable;

  /** Mobility to third countries not associated needs an accreditation (KA121). */
  public final byte notAssociatedRequiresAccreditation;

  /** Whether the excluded-destination data (excluded countries, eligible regions) is known. */
  public final byte destinationRule;

  /** The eligible regions are stated for other calls but unknown for this one. */
  public final boolean regionsUnknown;

  /** Incoming participants must come from EU or associated countries. */
  public final byte incomingOriginRule;

  /** Group mobility: minimum number of sending countries. */
  public final int groupMinSendingCountries;

  /** Group mobility must be accompanied by sending staff. */
  public final byte groupAccompanied;

  /** Whether this is a pilot book with a partner-country list (T_YES), unknown, or absent. */
  public final byte pilotFlow;

  /**
   * Resolves a file for one call year and key action.
   *
   * @param file the checked file
   * @param callYear the call year, within the file
   * @param action the key action, or {@code null} for the pilots
   */
  public EditionData(ProgrammeFile file, int callYear, KeyAction action) {
    this.file = file;
    this.edition = Edition.of(file.programme(), callYear);
    this.action = action;
    resolveCountries();
    for (ActivityType a : ActivityType.values()) {
      String p = "activity." + a.code() + ".";
      int i = a.ordinal();
      available[i] = yesNo(p + "available");
      minDays[i] = number(p + "min_days");
      maxDays[i] = number(p + "max_days");
      minDaysFewer[i] = number(p + "min_days_fewer_opportunities");
      maxPersons[i] = number(p + "max_persons");
      minGroupSize[i] = number(p + "min_group_size");
      notAssociatedAllowed[i] = yesNo(p + "not_associated_allowed");
      participants[i] = categories(p + "participants");
    }
    travelStandard = number("travel_days.max_standard");
    travelGreen = number("travel_days.max_green");
    blendedPhysical = yesNo("blended.limits_apply_to_physical");
    abroadRequired = yesNo("abroad.required");
    organisationsDiffer = yesNo("organisations.must_differ");
    recentGraduateMonths = number("recent_graduate.months");
    recentGraduateServiceExtension = yesNo("recent_graduate.service_extension");
    Fact boundary = fact("recent_graduate.boundary");
    recentGraduateAtEnd = boundary != null && boundary.value().orElse("start").equals("end");
    staffLinkRequired = yesNo("staff.link_required");
    accompanyingRule = yesNo("accompanying.for_learners_or_fewer_opportunities");
    beneficiarySideStatuses = statuses("flow.beneficiary_side_statuses");
    applicantStatuses = statuses("applicant.statuses");
    notAssociatedAvailable = yesNo("not_associated.available");
    notAssociatedRequiresAccreditation = yesNo("not_associated.requires_accreditation");
    incomingOriginRule = yesNo("incoming.origin_programme_countries_only");
    groupMinSendingCountries = number("group.min_sending_countries");
    groupAccompanied = yesNo("group.accompanied_by_sending_staff");
    destinationRule = resolveDestinations();
    regionsUnknown = isUnknown("not_associated.eligible_regions");
    pilotFlow = resolvePilot();
    for (String key : file.facts().keySet()) {
      Fact f = fact(key);
      if (isTerritoryList(key) && f != null && !f.isUnknown()) {
        for (CountryCode c : RuleFileReader.countries(f)) {
          Confidence now = CONFIDENCES[countryConfidence[c.ordinal()]];
          countryConfidence[c.ordinal()] = (byte) now.weaker(f.confidence().get()).ordinal();
        }
      }
    }
    for (Rule r : RULES) {
      for (int a = 0; a <= ACTIVITIES; a++) {
        ruleConfidence[r.ordinal() * (ACTIVITIES + 1) + a] =
            (byte) weakestKnown(r, a == ACTIVITIES ? null : ACTIVITY_TYPES[a]).ordinal();
      }
    }
  }

  private Confidence weakestKnown(Rule r, ActivityType a) {
    Confidence c = Confidence.CONFIRMED;
    for (String pattern : r.keys()) {
      // The lists of territories and regions count for the countries they name only (see
      // countryConfidence), the Member States and associated countries for every mobility.
      String p =
          a != null && pattern.startsWith("activity.*.")
              ? "activity." + a.code() + pattern.substring(10)
              : pattern;
      if (p.indexOf('*') < 0) {
        // A plain key matches itself only: one look-up instead of a pass over every key (28
        // books x 36 rules x 12 columns of passes were most of loading the rule books).
        if (!isTerritoryList(p)) {
          Fact f = fact(p);
          if (f != null && !f.isUnknown()) {
            c = c.weaker(f.confidence().get());
          }
        }
        continue;
      }
      for (String key : file.facts().keySet()) {
        if (matches(p, key) && !isTerritoryList(key)) {
          Fact f = fact(key);
          if (f != null && !f.isUnknown()) {
            c = c.weaker(f.confidence().get());
          }
        }
      }
    }
    return c;
  }

  private static boolean isTerritoryList(String key) {
    return key.startsWith("countries.oct.")
        || key.startsWith("countries.outermost.")
        || key.startsWith("countries.region.");
  }

  /**
   * Returns the confidence of the territory or region list that names a country, {@link
   * Confidence#CONFIRMED} when none does: a mobility to or from that country rests on it.
   */
  public Confidence countryConfidence(CountryCode c) {
    return CONFIDENCES[countryConfidence[c.ordinal()]];
  }

  /**
   * Returns the weakest confidence of the known facts a rule reads in this edition: for an activity
   * type, or over every activity when {@code a} is {@code null}. {@link Confidence#CONFIRMED} for a
   * rule that reads no fact (plain logic).
   */
  public Confidence confidence(Rule r, ActivityType a) {
    int column = a == null ? ACTIVITIES : a.ordinal();
    return CONFIDENCES[ruleConfidence[r.ordinal() * (ACTIVITIES + 1) + column]];
  }

  private void resolveCountries() {
    Fact eu = fact("countries.eu_member_state");
    Fact associated = fact("countries.associated_third_country");
    boolean known = eu != null && !eu.isUnknown() && associated != null && !associated.isUnknown();
    byte rest =
        (byte)
            (known
                ? CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED.ordinal()
                : CountryStatus.UNKNOWN.ordinal());
    java.util.Arrays.fill(status, rest);
    for (CountryCode c : RuleFileReader.countries(eu)) {
      status[c.ordinal()] = (byte) CountryStatus.EU_MEMBER_STATE.ordinal();
    }
    for (CountryCode c : RuleFileReader.countries(associated)) {
      status[c.ordinal()] = (byte) CountryStatus.ASSOCIATED_THIRD_COUNTRY.ordinal();
    }
    for (String key : file.facts().keySet()) {
      if (key.startsWith("countries.oct.") || key.startsWith("countries.outermost.")) {
        CountryCode state = CountryCode.find(key.substring(key.lastIndexOf('.') + 1), false);
        for (CountryCode t : RuleFileReader.countries(fact(key))) {
          status[t.ordinal()] = status[state.ordinal()];
          this.state[t.ordinal()] = state;
        }
      } else if (key.startsWith("countries.region.")) {
        byte n = Byte.parseByte(key.substring(17));
        for (CountryCode c : RuleFileReader.countries(fact(key))) {
          region[c.ordinal()] = n;
        }
      }
    }
  }

  private byte resolveDestinations() {
    Fact excluded = fact("not_associated.excluded_countries");
    Fact regions = fact("not_associated.eligible_regions");
    if (excluded == null && regions == null) {
      return inFile("not_associated.excluded_countries")
              || inFile("not_associated.eligible_regions")
          ? T_UNKNOWN
          : T_ABSENT;
    }
    if (excluded == null || excluded.isUnknown()) {
      return T_UNKNOWN;
    }
    for (CountryCode c : RuleFileReader.countries(excluded)) {
      excludedDestination[c.ordinal()] = true;
    }
    if (regions != null && !regions.isUnknown()) {
      long allowed = 0;
      for (String s : regions.value().get().split(";")) {
        allowed |= 1L << Math.min(63, Integer.parseInt(s));
      }
      // Countries whose region is known and not listed are excluded; region 0 means not known.
      for (CountryCode c : CountryCode.values()) {
        int r = region[c.ordinal()];
        if (r != 0 && (allowed & (1L << Math.min(63, r))) == 0) {
          excludedDestination[c.ordinal()] = true;
        }
      }
    }
    return T_YES;
  }

  private byte resolvePilot() {
    Fact partners = fact("pilot.partner_countries");
    if (partners == null) {
      return inFile("pilot.partner_countries") ? T_UNKNOWN : T_ABSENT;
    }
    if (partners.isUnknown()) {
      return T_UNKNOWN;
    }
    for (CountryCode c : RuleFileReader.countries(partners)) {
      pilotPartner[c.ordinal()] = true;
    }
    return T_YES;
  }

  /** Returns the edition. */
  public Edition edition() {
    return edition;
  }

  /** Returns the key action, or {@code null} for the pilots. */
  public KeyAction action() {
    return action;
  }

  /** Returns the file the book was read from. */
  public ProgrammeFile file() {
    return file;
  }

  /** Returns the status of a country (OCTs and outermost regions follow their Member State). */
  public CountryStatus status(CountryCode c) {
    return STATUSES[status[c.ordinal()]];
  }

  /** Returns whether a country is an EU Member State or associated third country. */
  public boolean isProgrammeCountry(CountryCode c) {
    int s = status[c.ordinal()];
    return s == CountryStatus.EU_MEMBER_STATE.ordinal()
        || s == CountryStatus.ASSOCIATED_THIRD_COUNTRY.ordinal();
  }

  /** Returns the Member State an OCT or outermost region belongs to, else the country itself. */
  public CountryCode stateOf(CountryCode c) {
    return state[c.ordinal()];
  }

  /** Returns the region number of a non-associated country, 0 when not known. */
  public int region(CountryCode c) {
    return region[c.ordinal()];
  }

  /** Returns whether a destination is excluded (valid when {@link #destinationRule} is yes). */
  public boolean isExcludedDestination(CountryCode c) {
    return excludedDestination[c.ordinal()];
  }

  /** Returns whether a country is a pilot partner country. */
  public boolean isPilotPartner(CountryCode c) {
    return pilotPartner[c.ordinal()];
  }

  /** Returns the availability of an activity type (yes/no constants). */
  public byte available(ActivityType a) {
    return available[a.ordinal()];
  }

  /** Returns the minimum days of an activity type. */
  public int minDays(ActivityType a) {
    return minDays[a.ordinal()];
  }

  /** Returns the maximum days of an activity type. */
  public int maxDays(ActivityType a) {
    return maxDays[a.ordinal()];
  }

  /** Returns the minimum days for participants with fewer opportunities. */
  public int minDaysFewer(ActivityType a) {
    return minDaysFewer[a.ordinal()];
  }

  /** Returns the maximum persons of an activity type (preparatory visits). */
  public int maxPersons(ActivityType a) {
    return maxPersons[a.ordinal()];
  }

  /** Returns the minimum group size of an activity type. */
  public int minGroupSize(ActivityType a) {
    return minGroupSize[a.ordinal()];
  }

  /** Returns whether an activity type may go to third countries not associated. */
  public byte notAssociatedAllowed(ActivityType a) {
    return notAssociatedAllowed[a.ordinal()];
  }

  /**
   * Returns the participant categories allowed in an activity type as bits by ordinal; {@code 0}
   * when the key is absent, {@code -1} when unknown.
   */
  public int participants(ActivityType a) {
    return participants[a.ordinal()];
  }

  /** Returns whether a status bit set (from {@link #applicantStatuses}) holds a status. */
  public static boolean hasStatus(int bits, CountryStatus s) {
    return (bits & (1 << s.ordinal())) != 0;
  }

  /** Returns the fact of a key for this call, or {@code null} (absent, or not stated for it). */
  public Fact fact(String key) {
    return file.fact(key, edition.callYear());
  }

  /**
   * Returns whether a key is unknown for this call: stated {@code unknown}, or stated for other
   * calls of the file but not for this one.
   */
  public boolean isUnknown(String key) {
    Fact f = fact(key);
    return f == null ? inFile(key) : f.isUnknown();
  }

  /** Returns the finding of a rule that could not be checked, made once per key. */
  Finding unchecked(String key, java.util.function.Supplier<Finding> make) {
    return unchecked.computeIfAbsent(key, k -> make.get());
  }

  /** Returns whether the file states the key for any call. */
  public boolean inFile(String key) {
    return file.facts().containsKey(key);
  }

  /** Returns a whole number of this call (see the constants). */
  public int number(String key) {
    Fact f = fact(key);
    if (f == null) {
      return inFile(key) ? UNKNOWN : ABSENT;
    }
    if (f.isUnknown()) {
      return UNKNOWN;
    }
    String v = f.value().get();
    return v.equals("none") ? NO_LIMIT : Integer.parseInt(v);
  }

  /** Returns a fraction of this call, or {@code null} when absent or unknown. */
  public BigDecimal share(String key) {
    Fact f = fact(key);
    return f == null || f.isUnknown() ? null : new BigDecimal(f.value().get());
  }

  /** Returns a list of whole numbers, or {@code null} when absent or unknown. */
  public List<Integer> numbers(String key) {
    Fact f = fact(key);
    if (f == null || f.isUnknown()) {
      return null;
    }
    List<Integer> list = new ArrayList<>();
    for (String s : f.value().get().split(";")) {
      list.add(Integer.parseInt(s));
    }
    return list;
  }

  /** Returns a yes/no value of this call (see the constants). */
  public byte yesNo(String key) {
    Fact f = fact(key);
    if (f == null) {
      return inFile(key) ? T_UNKNOWN : T_ABSENT;
    }
    if (f.isUnknown()) {
      return T_UNKNOWN;
    }
    return f.value().get().equals("yes") ? T_YES : T_NO;
  }

  private int categories(String key) {
    return bits(key, s -> RuleFileReader.category(s).ordinal());
  }

  private int statuses(String key) {
    return bits(key, s -> CountryStatus.valueOf(s.toUpperCase(java.util.Locale.ROOT)).ordinal());
  }

  // A ';' list of enum names as a bit set of ordinals; -1 when the fact is unknown.
  private int bits(String key, java.util.function.ToIntFunction<String> ordinal) {
    Fact f = fact(key);
    if (f == null) {
      return inFile(key) ? -1 : 0;
    }
    if (f.isUnknown()) {
      return -1;
    }
    int bits = 0;
    for (String s : f.value().get().split(";")) {
      bits |= 1 << ordinal.applyAsInt(s);
    }
    return bits;
  }

  /** Returns whether a category is in a bit set from {@link #participants(ActivityType)}. */
  public static boolean hasCategory(int bits, ParticipantCategory c) {
    return (bits & (1 << c.ordinal())) != 0;
  }

  /**
   * Returns the citation of the first of the keys that the file states for this call; the basis
   * when none is.
   *
   * @param basis why the rule holds when no key is stated
   * @param keys the keys in order of preference
   * @return the citation
   */
  public Citation citation(String basis, String... keys) {
    for (String key : keys) {
      Fact f = fact(key);
      if (f != null) {
        return citations.computeIfAbsent(
            key,
            k ->
                Citation.builder()
                    .edition(edition)
                    .key(k)
                    .sources(f.sources())
                    .documents(f.documents())
                    .citedSources(f.citedSources())
                    .confidence(f.confidence())
                    .build());
      }
    }
    // Bases are written in the checks, keys in the file: the prefix keeps the two apart.
    return citations.computeIfAbsent(
        BASIS + basis, k -> Citation.builder().edition(edition).basis(basis).build());
  }

  /** Returns the facts of this call for the given keys ({@code *} matches any non-empty text). */
  public List<Fact> facts(List<String> patterns) {
    List<Fact> out = new ArrayList<>();
    for (String key : file.facts().keySet()) {
      for (String p : patterns) {
        if (matches(p, key)) {
          Fact f = fact(key);
          if (f != null) {
            out.add(f);
          }
          break;
        }
      }
    }
    return out;
  }

  static boolean matches(String pattern, String key) {
    int star = pattern.indexOf('*');
    if (star < 0) {
      return pattern.equals(key);
    }
    String head = pattern.substring(0, star);
    String tail = pattern.substring(star + 1);
    if (!key.startsWith(head)
        || !key.endsWith(tail)
        || key.length() < head.length() + tail.length()) {
      return false;
    }
    return !key.substring(head.length(), key.length() - tail.length()).isEmpty();
  }

  /** Returns every fact of this call. */
  public List<Fact> facts() {
    List<Fact> out = new ArrayList<>();
    for (String key : file.facts().keySet()) {
      Optional.ofNullable(fact(key)).ifPresent(out::add);
    }
    return out;
  }
}
