package io.github.vetmobility.funding;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.distance.Distance;
import io.github.vetmobility.distance.DistanceBand;
import io.github.vetmobility.edition.CountryStatus;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.funding.internal.AmountKey;
import io.github.vetmobility.funding.internal.FundingData;
import io.github.vetmobility.funding.internal.FundingData.GroupList;
import io.github.vetmobility.funding.internal.FundingData.TravelBand;
import io.github.vetmobility.funding.internal.Sourced;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.identifier.NationalAgencyCode;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.money.MoneyRange;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Gazetteer;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.Assessment;
import io.github.vetmobility.rules.Citation;
import io.github.vetmobility.rules.Finding;
import io.github.vetmobility.rules.ProjectAssessment;
import io.github.vetmobility.rules.ProjectTally;
import io.github.vetmobility.rules.RuleBook;
import io.github.vetmobility.rules.RuleBooks;
import io.github.vetmobility.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Computes the grant of a mobility the way the Beneficiary Module does, line by line, from the
 * edition's funding data (travel bands, country groups, unit amounts, Programme Guide ranges, each
 * with its source) and a National Agency's rate table for individual support.
 *
 * <pre>{@code
 * GrantCalculator calculator = GrantCalculator.builtIn().withRateTable(RateTable.load(path));
 * Grant grant = calculator.grant(mobility, RuleBooks.builtIn().get(2025, KeyAction.KA122));
 * grant.total();                              // Optional<Money>: empty unless every line is exact
 * grant.totalRange();                         // Optional<MoneyRange>: e.g. EUR 1,364.00 to 3,103.00
 * grant.lines().forEach(l -> System.out.println(l.working()));
 * }</pre>
 *
 * <p>Where the Programme Guide fixes an amount, the line is exact. Where a National Agency sets the
 * daily rate inside a Guide range and no table of that agency and call is given, individual support
 * is that range ("National Agency rate not given"), or "up to" the maximum where only the maximum
 * is known. Organisational support is a range when the participant's rank in the project decides
 * the tier and is not given. Nothing unknown is filled in with a guess: a line the data cannot
 * bound says why (see {@link GrantLine}).
 *
 * <p>A mobility that is not eligible under the rule book's mobility-level rules earns nothing: its
 * lines are zero and say what they would be (see {@link Grant}).
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return new calculators.
 */
public final class GrantCalculator {
  private static final GrantCalculator BUILT_IN =
      new GrantCalculator(FundingData.builtIn(), null, List.of());

  private final FundingData data;
  private final Gazetteer gazetteer;
  private final List<RateTable> rateTables;
  // Lines that repeat from grant to grant, made once (see LineCache).
  private final LineCache shared = new LineCache();
  // One function for every line: a lambda made per line would be garbage per line.
  private final BiFunction<Sourced, Edition, Citation> citing;

  private GrantCalculator(FundingData data, Gazetteer gazetteer, List<RateTable> rateTables) {
    this.citing =
        (s, edition) ->
            Citation.builder()
                .edition(edition)
                .key(s.key())
                .sources(s.sources())
                .documents(data.documents(s.sources()))
                .citedSources(data.sources(s.sources()))
                .confidence(Optional.ofNullable(s.confidence()))
                .build();
    this.data = data;
    this.gazetteer = gazetteer;
    this.rateTables = rateTables;
  }

  /**
   * {@return the calculator with the built-in funding data, the built-in gazetteer and the built-in
   * VET rate tables (used when the project's National Agency has one)}
   */
  public static GrantCalculator builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns a calculator that looks individual-support rates up in {@code table} first (then in
   * tables added before, then in the built-in VET table of the project's National Agency). A table
   * applies to the projects of its own National Agency and to mobilities without a project
   * reference; another agency's project gets no rate from it (its individual-support line says so),
   * never a wrong one.
   *
   * @param table the rate table, e.g. a National Agency's rates loaded with {@link RateTable#load}
   * @return a new calculator
   */
  public GrantCalculator withRateTable(RateTable table) {
    List<RateTable> tables = new ArrayList<>();
    tables.add(InvalidValueException.requirePresent(table, "rateTable"));
    tables.addAll(rateTables);
    return new GrantCalculator(data, gazetteer, List.copyOf(tables));
  }

  /**
   * Returns a calculator that locates places with another gazetteer.
   *
   * @param gazetteer the gazetteer
   * @return a new calculator
   */
  public GrantCalculator withGazetteer(Gazetteer gazetteer) {
    return new GrantCalculator(
        data, InvalidValueException.requirePresent(gazetteer, "gazetteer"), rateTables);
  }

  /**
   * Computes the grant of a mobility under the built-in rule book its project reference names.
   *
   * @param mobility the mobility
   * @return the grant
   * @throws InvalidValueException if the mobility has no project reference naming an edition
   */
  public Grant grant(Mobility mobility) {
    InvalidValueException.requirePresent(mobility, "mobility");
    return grant(mobility, RuleBooks.builtIn().forMobility(mobility), GrantContext.NONE);
  }

  /**
   * Computes the grant of a mobility under a rule book, with no extra context.
   *
   * @param mobility the mobility
   * @param book the rule book: its edition selects the amounts, and its country statuses tell
   *     non-associated destinations apart
   * @return the grant
   */
  public Grant grant(Mobility mobility, RuleBook book) {
    return grant(mobility, book, GrantContext.NONE);
  }

  /**
   * Computes the grant of a mobility under a rule book; the mobility is assessed with the book's
   * mobility-level rules first, and earns nothing if it is not eligible.
   *
   * @param mobility the mobility
   * @param book the rule book
   * @param context ranks, requested supports and real costs
   * @return the grant; lines that are ranges or unknown say why, and the exact total is then empty
   * @throws InvalidValueException if an argument is missing
   */
  public Grant grant(Mobility mobility, RuleBook book, GrantContext context) {
    InvalidValueException.requirePresent(mobility, "mobility");
    InvalidValueException.requirePresent(book, "ruleBook");
    InvalidValueException.requirePresent(context, "context");
    return compute(mobility, book, book.assess(mobility), context);
  }

  /**
   * Computes the grant of a mobility already assessed, under the assessment's rule book, without
   * assessing it again; a {@code NOT_ELIGIBLE} assessment makes every line zero.
   *
   * @param mobility the mobility
   * @param assessment the assessment of that mobility ({@link RuleBook#assess(Mobility)})
   * @param context ranks, requested supports and real costs
   * @return the grant
   * @throws InvalidValueException if an argument is missing
   */
  public Grant grant(Mobility mobility, Assessment assessment, GrantContext context) {
    InvalidValueException.requirePresent(mobility, "mobility");
    InvalidValueException.requirePresent(assessment, "assessment");
    InvalidValueException.requirePresent(context, "context");
    return compute(mobility, assessment.ruleBook(), assessment, context);
  }

  /**
   * Computes the grants of every mobility of a project under the built-in rule book its reference
   * names, counting each participant's rank within its activity type for organisational support.
   *
   * @param project the project
   * @return the grants, in the project's order of mobilities
   */
  public List<Grant> grants(Project project) {
    InvalidValueException.requirePresent(project, "project");
    return grants(project, RuleBooks.builtIn().get(project.reference()));
  }

  /**
   * Computes the grants of every mobility of a project under a rule book; participants are ranked
   * within their activity type by start date, then by the project's order (accompanying persons not
   * counted), and course days already funded for the same participant id count towards the
   * course-fee cap. Each mobility is assessed with the mobility-level rules and the project-level
   * findings that concern it ({@link ProjectAssessment#assess(Mobility, ProjectTally.Entry)}); one
   * that is not eligible (the 31st participant of a KA122 project, say) earns nothing.
   *
   * @param project the project
   * @param book the rule book
   * @return the grants, in the project's order of mobilities
   */
  public List<Grant> grants(Project project, RuleBook book) {
    InvalidValueException.requirePresent(project, "project");
    InvalidValueException.requirePresent(book, "ruleBook");
    ProjectAssessment decided = book.assess(book.tally(project));
    Map<String, Integer> courseDays = new HashMap<>();
    List<Mobility> mobilities = project.mobilities();
    List<Grant> grants = new ArrayList<>(mobilities.size());
    for (int i = 0; i < mobilities.size(); i++) {
      Mobility m = mobilities.get(i);
      ProjectTally.Entry entry = ProjectTally.Entry.of(i, m);
      GrantContext.Builder context = GrantContext.ranked(decided, entry);
      Optional<String> person = m.participant().id();
      if (m.activityType() == ActivityType.SM_COUR_TRAIN && person.isPresent()) {
        int before = courseDays.getOrDefault(person.get(), 0);
        context.courseDaysAlreadyFunded(before);
        courseDays.put(person.get(), before + (int) Math.max(0, courseDaysOf(m)));
      }
      grants.add(grant(m, decided.assess(m, entry), context.build()));
    }
    return List.copyOf(grants);
  }

  // Each thread reuses one computation and its array of lines: a batch makes a grant per row, and
  // the grant itself is then the only thing a grant allocates when its lines repeat. No explanation
  // captures the computation (they capture their own values), so nothing made keeps it.
  private final ThreadLocal<Computation> computations = ThreadLocal.withInitial(Computation::new);

  private Grant compute(Mobility m, RuleBook book, Assessment assessment, GrantContext context) {
    Computation c = computations.get();
    if (c.busy) {
      // Only if a grant were asked for while one is made on the same thread.
      c = new Computation();
    }
    c.busy = true;
    try {
      c.start(m, book, assessment, context);
      return c.run();
    } finally {
      c.finish();
    }
  }

  /** One grant computation: the rules of the Programme Guide, one method each. */
  private final class Computation {
    private boolean busy;
    private Mobility m;
    private RuleBook book;
    private Assessment assessment;
    private GrantContext context;
    private Edition edition;
    private ActivityType activity;
    private boolean accompanying;
    // The lines so far, in a plain array: a grant has five lines or so.
    private GrantLine[] lines = new GrantLine[6];
    private int count;
    private Distance distance;
    private int countryGroup = -1;
    private String rateTableName;
    private List<String> failed = List.of();
    // The edition in the keys of shared lines (see LineCache): call year and programme.
    private long editionKey;

    void start(Mobility m, RuleBook book, Assessment assessment, GrantContext context) {
      this.m = m;
      this.book = book;
      this.assessment = assessment;
      this.context = context;
      this.edition = book.edition();
      this.activity = m.activityType();
      this.accompanying = m.participant().category() == ParticipantCategory.ACCOMPANYING_PERSON;
      this.editionKey = ((long) edition.callYear() << 3) | edition.programme().ordinal();
      this.count = 0;
      this.distance = null;
      this.countryGroup = -1;
      this.rateTableName = null;
      this.failed = List.of();
    }

    // Lets go of everything the grant was made of.
    void finish() {
      java.util.Arrays.fill(lines, 0, count, null);
      count = 0;
      m = null;
      book = null;
      assessment = null;
      context = null;
      distance = null;
      busy = false;
    }

    Grant run() {
      if (activity == ActivityType.PREP_VISIT) {
        preparatoryVisit();
      } else {
        // The host of teachers in training gets organisational support; the sending institution
        // pays the participant's travel and subsistence (PG2025).
        if (activity != ActivityType.OA_HOS_TTT) {
          travel();
          individualSupport();
        }
        organisationalSupport();
        inclusionSupport();
        courseFees();
        exceptionalCosts();
        linguisticSupport();
      }
      // Insertion sort by category, stable: five lines or so, and no comparator per grant.
      for (int i = 1; i < count; i++) {
        GrantLine l = lines[i];
        int j = i - 1;
        while (j >= 0 && lines[j].item().compareTo(l.item()) > 0) {
          lines[j + 1] = lines[j];
          j--;
        }
        lines[j + 1] = l;
      }
      if (!assessment.isEligible()) {
        notEligible();
      }
      return new Grant(
          edition, new LineList(lines, count), distance, countryGroup, rateTableName, failed);
    }

    private void add(GrantLine line) {
      if (count == lines.length) {
        lines = java.util.Arrays.copyOf(lines, count * 2);
      }
      lines[count++] = line;
    }

    // The key of a shared line: what the line is (its tag), the edition, and the other inputs of
    // its words and amount packed in 40 bits.
    private long key(int tag, long inputs) {
      return (inputs << 24) | (editionKey << 8) | tag;
    }

    // Adds the line made before from the same inputs; false when there is none yet.
    private boolean addShared(Object anchor, long key) {
      GrantLine l = shared.get(anchor, key);
      if (l == null) {
        return false;
      }
      add(l);
      return true;
    }

    // Adds the line just made by the last call and keeps it for the same inputs.
    private void keep(Object anchor, long key) {
      shared.put(anchor, key, lines[count - 1]);
    }

    // An ineligible mobility earns nothing: each line becomes zero and keeps, in words, what it
    // would be, with its source.
    private void notEligible() {
      List<String> rules = new ArrayList<>(2);
      for (Finding f : assessment.findings()) {
        if (f.severity() == Severity.ERROR && !rules.contains(f.ruleId())) {
          rules.add(f.ruleId());
        }
      }
      failed = List.copyOf(rules);
      String why = "not eligible (" + String.join(", ", rules) + "), nothing is paid";
      for (int i = 0; i < count; i++) {
        GrantLine l = lines[i];
        String would =
            l.range().map(r -> r.toString() + " if eligible: ").orElse("if eligible: unknown, ");
        lines[i] =
            GrantLine.of(
                l.item(),
                l.ruleId(),
                Money.ZERO,
                l.citation().orElse(null),
                () -> why + "; " + would + l.explanation());
      }
    }

    // ---- helpers

    private Citation cite(Sourced s) {
      return s.citation(edition, citing);
    }

    // Explanations are suppliers: their words are put together only if somebody reads them.
    private void line(
        GrantItem item, GrantRule rule, Money amount, Sourced s, Supplier<String> how) {
      add(GrantLine.of(item, rule.id(), amount, s == null ? null : cite(s), how));
    }

    private void line(GrantItem item, GrantRule rule, Money amount, Sourced s, String how) {
      line(item, rule, amount, s, () -> how);
    }

    private void missing(GrantItem item, GrantRule rule, Sourced s, Supplier<String> why) {
      line(item, rule, null, s, why);
    }

    private void missing(GrantItem item, GrantRule rule, Sourced s, String why) {
      line(item, rule, null, s, () -> why);
    }

    private Sourced amount(AmountKey key) {
      return data.amount(edition, key, activity);
    }

    /** A missing or unknown fact: the reason, or {@code null} when the fact is usable. */
    private String unusable(Sourced s, String what) {
      if (s == null) {
        return "the data of " + edition + " has no " + what;
      }
      if (s.isUnknown()) {
        return what + " is not known for " + edition + " (" + String.join(";", s.sources()) + ")";
      }
      return null;
    }

    private static String euros(long cents) {
      return Money.ofCents(cents).toDecimalString();
    }

    private static String share(long hundredths) {
      return hundredths + " %";
    }

    // ---- travel (VET-GRANT-TRAVEL, VET-GRANT-EXPENSIVE-TRAVEL)

    private void travel() {
      Distance distance;
      try {
        distance = gazetteer == null ? Distance.of(m) : Distance.of(m, gazetteer);
      } catch (InvalidValueException e) {
        missing(GrantItem.TRAVEL, GrantRule.TRAVEL, null, "no distance: " + e.getMessage());
        return;
      }
      this.distance = distance;
      long km = DistanceBand.wholeKm(distance.km());
      TravelBand band = data.travelBand(edition, km);
      if (band == null) {
        missing(
            GrantItem.TRAVEL,
            GrantRule.TRAVEL,
            null,
            "the data of " + edition + " has no travel amounts");
        return;
      }
      boolean green = m.greenTravel() && band.green() != null;
      Sourced used = green ? band.green() : band.standard();
      String kind =
          green
              ? "green amount"
              : m.greenTravel()
                  ? "standard amount (this edition has no green amount for the band)"
                  : "standard amount";
      long kmCents = Math.round(distance.km() * 100);
      int kindCode = green ? 1 : m.greenTravel() ? 2 : 0;
      boolean sharable = m.exceptionalTravelCost().isEmpty() && kmCents >= 0 && kmCents < 1L << 30;
      long key = key(1, (kmCents << 4) | ((long) distance.source().ordinal() << 2) | kindCode);
      if (sharable && addShared(used, key)) {
        return;
      }
      if (m.exceptionalTravelCost().isPresent() && expensiveTravel(used)) {
        line(
            GrantItem.TRAVEL,
            GrantRule.TRAVEL,
            Money.ZERO,
            used,
            () ->
                travelled(distance, band)
                    + kind
                    + " "
                    + euros(used.value())
                    + " replaced by exceptional costs for expensive travel");
        return;
      }
      line(
          GrantItem.TRAVEL,
          GrantRule.TRAVEL,
          Money.ofCents(used.value()),
          used,
          () -> travelled(distance, band) + kind);
      if (sharable) {
        keep(used, key);
      }
    }

    private static String travelled(Distance distance, TravelBand band) {
      return Money.ofCents(Math.round(distance.km() * 100)).toDecimalString()
          + " km "
          + distance.source().name().toLowerCase(java.util.Locale.ROOT)
          + ", band "
          + band.label()
          + " km, ";
    }

    /** Adds the expensive-travel line; returns whether it replaces the band amount. */
    private boolean expensiveTravel(Sourced band) {
      Money cost = m.exceptionalTravelCost().get();
      Sourced threshold = amount(AmountKey.EXPENSIVE_TRAVEL_THRESHOLD_SHARE);
      Sourced share = amount(AmountKey.EXPENSIVE_TRAVEL_SHARE);
      String why = unusable(threshold, "expensive-travel threshold");
      why = why != null ? why : unusable(share, "expensive-travel share");
      if (why != null) {
        missing(GrantItem.EXCEPTIONAL_COSTS, GrantRule.EXPENSIVE_TRAVEL, share, why);
        return false;
      }
      // band < threshold x cost, in exact integers (shares are hundredths).
      boolean eligible = band.value() * 100 < cost.cents() * threshold.value();
      if (!eligible) {
        line(
            GrantItem.EXCEPTIONAL_COSTS,
            GrantRule.EXPENSIVE_TRAVEL,
            Money.ZERO,
            threshold,
            () ->
                "not eligible: the band amount "
                    + euros(band.value())
                    + " covers at least "
                    + share(threshold.value())
                    + " of the real cost "
                    + cost.toDecimalString());
        return false;
      }
      Money paid = cost.times(share.value(), 100);
      line(
          GrantItem.EXCEPTIONAL_COSTS,
          GrantRule.EXPENSIVE_TRAVEL,
          paid,
          share,
          () ->
              share(share.value())
                  + " of real travel cost "
                  + cost.toDecimalString()
                  + " (the band amount "
                  + euros(band.value())
                  + " covers less than "
                  + share(threshold.value())
                  + ")");
      return true;
    }

    // ---- individual support (VET-GRANT-INDIVIDUAL-SUPPORT, VET-GRANT-ACCOMPANYING-BEYOND-60)

    private void individualSupport() {
      RateCategory category = RateCategory.of(m.participant().category());
      GrantItem item = GrantItem.INDIVIDUAL_SUPPORT;
      GrantRule rule = GrantRule.INDIVIDUAL_SUPPORT;
      if (category == null) {
        constant(item, rule, "paid by the sending institution");
        return;
      }
      CountryStatus status = book.countryStatus(m.receiving().country());
      GroupList list =
          status == CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED
              ? GroupList.NOT_ASSOCIATED
              : GroupList.EU_OR_ASSOCIATED;
      Sourced group = data.group(edition, list, m.receiving().country());
      if (group == null && status == CountryStatus.UNKNOWN) {
        // Status not known: a country on the other list takes its group and rate from there.
        list = GroupList.NOT_ASSOCIATED;
        group = data.group(edition, list, m.receiving().country());
      }
      if (group == null || group.isUnknown()) {
        missing(
            item,
            rule,
            group,
            "no individual-support group of "
                + m.receiving().country().code()
                + " in the data of "
                + edition);
        return;
      }
      countryGroup = (int) group.value();
      int groupNumber = (int) group.value();
      // The tables in the order they apply: the context's, those given, the built-in one of the
      // project's agency (no list made per grant).
      NationalAgencyCode agency = agency();
      RateTable table = context.rateTable().orElse(null);
      RateTable.Rate rate =
          table != null && applies(table, agency)
              ? table.rate(edition, category, groupNumber, list)
              : null;
      for (int i = 0; rate == null && i < rateTables.size(); i++) {
        table = rateTables.get(i);
        rate = applies(table, agency) ? table.rate(edition, category, groupNumber, list) : null;
      }
      if (rate == null && agency != null) {
        table = RateTable.builtInOrNull(agency, "VET");
        rate = table == null ? null : table.rate(edition, category, groupNumber, list);
      }
      String listNote = list == GroupList.NOT_ASSOCIATED ? " (not associated)" : "";
      // Without a rate of the agency and call, the Programme Guide's range bounds the amount.
      Sourced[] range = rate == null ? data.range(edition, category, groupNumber) : null;
      if (rate == null && !bounded(range)) {
        String who = category.key() + ", group " + groupNumber + listNote;
        Edition ed = edition;
        String others = otherAgenciesTables();
        missing(
            item,
            rule,
            range == null ? group : range[1],
            () ->
                "National Agency rate not given, and the Programme Guide range of "
                    + ed
                    + " for "
                    + who
                    + " is not known: supply the National Agency's table (RateTable)"
                    + others);
        return;
      }
      Sourced cited = rate != null ? rate.source() : range[1];
      Sourced fullDays = amount(AmountKey.FULL_RATE_DAYS);
      Sourced reduced = amount(AmountKey.DAY15_RATE_SHARE);
      String why = unusable(fullDays, "number of full-rate days");
      why = why != null ? why : unusable(reduced, "rate share from the 15th day");
      if (why != null) {
        missing(item, rule, cited, why);
        return;
      }
      long activityDays = Math.max(0, m.physicalDays());
      long travelDays = fundedTravelDays();
      long days = activityDays + travelDays;
      // Only staff over the cap and accompanying persons over the limit get a note.
      String note = "";
      if (category == RateCategory.STAFF) {
        Sourced cap = amount(AmountKey.STAFF_MAX_DAYS);
        if (cap != null && !cap.isUnknown() && days > cap.value()) {
          note = ", capped at " + cap.value() + " days for staff";
          days = cap.value();
        }
      }
      if (category == RateCategory.ACCOMPANYING_PERSON) {
        Sourced limit = amount(AmountKey.ACCOMPANYING_PERSON_DAYS_BEFORE_INCLUSION);
        if (limit != null && !limit.isUnknown() && days > limit.value()) {
          long beyond = days - limit.value();
          days = limit.value();
          note = ", " + beyond + " days after day " + limit.value() + " moved to inclusion support";
          if (context.inclusionCosts().isEmpty()) {
            missing(
                GrantItem.INCLUSION_SUPPORT,
                GrantRule.ACCOMPANYING_BEYOND_60,
                limit,
                "subsistence of "
                    + beyond
                    + " days after day "
                    + limit.value()
                    + " is inclusion support at real cost; give the real costs (inclusionCosts)");
          }
        }
      }
      if (rate != null) {
        rateTableName = table.name();
      }
      // The same days, category and group under the same rate or range make the same line.
      Object anchor = rate != null ? rate : range[1];
      boolean sharable =
          activityDays < 1 << 16
              && travelDays >= 0
              && travelDays < 1 << 12
              && groupNumber >= 0
              && groupNumber < 8
              && (rate != null || (rateTables.isEmpty() && context.rateTable().isEmpty()));
      long key =
          key(
              rate != null ? 2 : 3,
              (activityDays << 22)
                  | (travelDays << 10)
                  | ((long) category.ordinal() << 4)
                  | ((long) groupNumber << 1)
                  | list.ordinal());
      if (sharable && addShared(anchor, key)) {
        return;
      }
      long full = Math.min(days, fullDays.value());
      long rest = days - full;
      String who = category.key() + ", group " + groupNumber + listNote;
      String counted = activityDays + " activity + " + travelDays + " travel days" + note;
      String share = share(reduced.value());
      if (rate != null) {
        Money base = rate.base();
        boolean published = rate.fromDay15() != null;
        Money later = published ? rate.fromDay15() : reducedRate(base, reduced.value());
        Money amount = base.times(full).plus(later.times(rest));
        String from15 =
            published ? "the table's rate from day 15" : share + " from day 15, rounded";
        String tableName = table.toString();
        line(
            item,
            rule,
            amount,
            rate.source(),
            () ->
                days(full, base.toGroupedString(), rest, later.toGroupedString())
                    + " ("
                    + (rest > 0 ? from15 + "; " : "")
                    + counted
                    + "; "
                    + who
                    + "; rate table "
                    + tableName
                    + ")");
        if (sharable) {
          keep(anchor, key);
        }
        return;
      }
      // A range: the same days at the Guide's lowest and highest rate (0 where only a maximum is
      // known), each reduced from day 15 as a rate of the agency would be.
      long minCents = range[0] == null || range[0].isUnknown() ? 0 : range[0].value();
      Money lowBase = Money.ofCents(minCents);
      Money highBase = Money.ofCents(range[1].value());
      Money lowLater = reducedRate(lowBase, reduced.value());
      Money highLater = reducedRate(highBase, reduced.value());
      MoneyRange amount =
          MoneyRange.of(
              lowBase.times(full).plus(lowLater.times(rest)),
              highBase.times(full).plus(highLater.times(rest)));
      boolean maxOnly = minCents == 0;
      String guide =
          maxOnly
              ? "Programme Guide maximum " + highBase.toGroupedString() + " a day"
              : "Programme Guide range "
                  + lowBase.toGroupedString()
                  + " to "
                  + highBase.toGroupedString()
                  + " a day";
      String others = otherAgenciesTables();
      add(
          GrantLine.ofRange(
              item,
              rule.id(),
              amount,
              cite(range[1]),
              () ->
                  "National Agency rate not given: "
                      + days(
                          full,
                          rates(lowBase, highBase, maxOnly),
                          rest,
                          rates(lowLater, highLater, maxOnly))
                      + " ("
                      + (rest > 0 ? share + " from day 15, rounded; " : "")
                      + counted
                      + "; "
                      + who
                      + "; "
                      + guide
                      + ")"
                      + others));
      if (sharable) {
        keep(anchor, key);
      }
    }

    // e.g. "14 d x 110.00 + 16 d x 77.00", or "10 d x 110.00" without days from the 15th.
    private static String days(long full, String base, long rest, String later) {
      String first = full + " d x " + base;
      return rest > 0 ? first + " + " + rest + " d x " + later : first;
    }

    private static String rates(Money low, Money high, boolean maxOnly) {
      return maxOnly
          ? "up to " + high.toGroupedString()
          : low.toGroupedString() + " to " + high.toGroupedString();
    }

    // A Guide range bounds an amount when at least its maximum is known.
    private static boolean bounded(Sourced[] range) {
      return range != null && range[1] != null && !range[1].isUnknown();
    }

    private long fundedTravelDays() {
      Sourced max =
          amount(
              m.greenTravel()
                  ? AmountKey.MAX_TRAVEL_DAYS_GREEN
                  : AmountKey.MAX_TRAVEL_DAYS_STANDARD);
      if (max == null || max.isUnknown()) {
        return m.travelDays();
      }
      return Math.min(m.travelDays(), max.value());
    }

    // An agency's rates are for its own projects: another agency's project, or a table of another
    // Erasmus+ field (schools, higher education, adults, youth), gives no rate rather than a wrong
    // one. Without a project reference the agency is not known, and the tables given are all
    // there is.
    private static boolean applies(RateTable table, NationalAgencyCode agency) {
      return !otherField(table) && (agency == null || agency.equals(table.nationalAgency()));
    }

    private static final String[] OTHER_FIELDS = {"SCH", "HED", "ADU", "YOU"};

    // Without allocation: it runs for every grant when tables are given.
    private static boolean otherField(RateTable table) {
      for (String field : OTHER_FIELDS) {
        if (field.equalsIgnoreCase(table.sector())) {
          return true;
        }
      }
      return false;
    }

    private NationalAgencyCode agency() {
      return m.projectReference().isPresent() ? m.projectReference().get().nationalAgency() : null;
    }

    // Names the tables given that were passed over, each with why: another agency's, or another
    // field's.
    private String otherAgenciesTables() {
      if (rateTables.isEmpty() && context.rateTable().isEmpty()) {
        return ""; // the usual case, on the path of every row without a rate
      }
      NationalAgencyCode agency = agency();
      StringBuilder agencies = new StringBuilder();
      StringBuilder fields = new StringBuilder();
      List<RateTable> given = new ArrayList<>(rateTables);
      context.rateTable().ifPresent(given::add);
      for (RateTable t : given) {
        if (!applies(t, agency)) {
          StringBuilder to = otherField(t) ? fields : agencies;
          to.append(to.length() == 0 ? "" : ", ").append(t.name());
        }
      }
      String project = agency == null ? "project" : agency + " project";
      StringBuilder out = new StringBuilder();
      if (agencies.length() > 0) {
        out.append(" (not applied to this ").append(project).append(", as another agency's: ");
        out.append(agencies).append(')');
      }
      if (fields.length() > 0) {
        out.append(" (not applied to this VET ").append(project);
        out.append(", as another field's: ").append(fields).append(')');
      }
      return out.toString();
    }

    // ---- organisational support (VET-GRANT-ORGANISATIONAL-SUPPORT)

    private void organisationalSupport() {
      GrantItem item = GrantItem.ORGANISATIONAL_SUPPORT;
      GrantRule rule = GrantRule.ORGANISATIONAL_SUPPORT;
      if (accompanying) {
        constant(item, rule, "accompanying persons are not counted");
        return;
      }
      if (!context.organisationalSupportRequested()) {
        constant(item, rule, "organisational support not requested");
        return;
      }
      if (book.countryStatus(m.receiving().country())
          == CountryStatus.THIRD_COUNTRY_NOT_ASSOCIATED) {
        Sourced s = amount(AmountKey.ORGANISATIONAL_SUPPORT_NOT_ASSOCIATED);
        if (s != null) {
          sharedUnitAmount(
              4, item, rule, s, "activity in a third country not associated to the programme");
          return;
        }
      }
      Sourced flat = amount(AmountKey.ORGANISATIONAL_SUPPORT);
      String code = activity.code();
      if (flat != null) {
        long key = key(5, activity.ordinal());
        if (!addShared(flat, key)) {
          unitAmount(item, rule, flat, () -> "per participant in " + code);
          keep(flat, key);
        }
        return;
      }
      Sourced first = amount(AmountKey.ORGANISATIONAL_SUPPORT_FIRST_100);
      Sourced after = amount(AmountKey.ORGANISATIONAL_SUPPORT_AFTER_100);
      if (first == null || after == null) {
        missing(
            item,
            rule,
            null,
            "the data of " + edition + " has no organisational support for " + activity.code());
        return;
      }
      OptionalInt rank = context.participantRank();
      if (rank.isEmpty() && context.participantAfterHundredth()) {
        unitAmount(
            item,
            rule,
            after,
            "a participant of " + code + " in the project after the 100th (by start date)");
        return;
      }
      if (rank.isPresent()) {
        int r = rank.getAsInt();
        unitAmount(
            item,
            rule,
            r > 100 ? after : first,
            "participant "
                + r
                + " of "
                + code
                + (r > 100
                    ? " in the project, after the 100th"
                    : " in the project, within the first 100"));
        return;
      }
      int cap = maxParticipants();
      if (cap > 0 && cap <= 100) {
        long key = key(6, ((long) cap << 8) | activity.ordinal());
        if (addShared(first, key)) {
          return;
        }
        String action = book.action().map(KeyAction::toString).orElse("");
        unitAmount(
            item,
            rule,
            first,
            () ->
                "within the first 100 participants of "
                    + code
                    + ": a "
                    + action
                    + " project has at most "
                    + cap
                    + " participants");
        keep(first, key);
        return;
      }
      long key = key(7, activity.ordinal());
      if (addShared(first, key)) {
        return;
      }
      String why = unusable(first, first.key());
      why = why != null ? why : unusable(after, after.key());
      if (why != null) {
        missing(item, rule, first, why);
        keep(first, key);
        return;
      }
      Money low = Money.ofCents(Math.min(first.value(), after.value()));
      Money high = Money.ofCents(Math.max(first.value(), after.value()));
      add(
          GrantLine.ofRange(
              item,
              rule.id(),
              MoneyRange.of(low, high),
              cite(first),
              () ->
                  "rank in the project not given: "
                      + euros(after.value())
                      + " after the 100th participant of "
                      + code
                      + ", "
                      + euros(first.value())
                      + " within the first 100 (the project's grants count it)"));
      keep(first, key);
    }

    // The most participants a project of the book's key action may have (KA122: 30), or 0 when no
    // such cap is known.
    private int maxParticipants() {
      BookCap known = lastCap;
      if (known == null || known.book != book) {
        boolean ka122 = book.action().isPresent() && book.action().get().equals(KeyAction.KA122);
        known = new BookCap(book, ka122 ? ka122Cap(book) : 0);
        lastCap = known;
      }
      return known.cap;
    }

    // A zero line whose words are a constant: one line for every grant.
    private void constant(GrantItem item, GrantRule rule, String how) {
      long key = key(10, rule.ordinal());
      if (!addShared(how, key)) {
        line(item, rule, Money.ZERO, null, how);
        keep(how, key);
      }
    }

    // A unit amount whose words are a constant: one line per fact and edition.
    private void sharedUnitAmount(int tag, GrantItem item, GrantRule rule, Sourced s, String how) {
      if (s == null) {
        unitAmount(item, rule, s, how);
        return;
      }
      long key = key(tag, 0);
      if (!addShared(s, key)) {
        unitAmount(item, rule, s, how);
        keep(s, key);
      }
    }

    private void unitAmount(GrantItem item, GrantRule rule, Sourced s, String how) {
      unitAmount(item, rule, s, () -> how);
    }

    private void unitAmount(GrantItem item, GrantRule rule, Sourced s, Supplier<String> how) {
      String why =
          unusable(s, s == null ? item.name().toLowerCase(java.util.Locale.ROOT) : s.key());
      if (why != null) {
        missing(item, rule, s, why);
      } else {
        line(item, rule, Money.ofCents(s.value()), s, how);
      }
    }

    // ---- inclusion support (VET-GRANT-INCLUSION-ORGANISATION, VET-GRANT-INCLUSION-PARTICIPANT)

    private void inclusionSupport() {
      if (m.participant().fewerOpportunities() && !accompanying) {
        Sourced s = amount(AmountKey.INCLUSION_SUPPORT_ORGANISATION);
        sharedUnitAmount(
            8,
            GrantItem.INCLUSION_SUPPORT,
            GrantRule.INCLUSION_ORGANISATION,
            s,
            "participant with fewer opportunities");
      }
      if (context.inclusionCosts().isPresent()) {
        realCosts(
            GrantItem.INCLUSION_SUPPORT,
            GrantRule.INCLUSION_PARTICIPANT,
            AmountKey.INCLUSION_SUPPORT_PARTICIPANT_SHARE,
            context.inclusionCosts().get(),
            "real inclusion costs");
      }
    }

    private void realCosts(GrantItem item, GrantRule rule, AmountKey key, Money cost, String what) {
      Sourced share = amount(key);
      String why = unusable(share, key.key());
      if (why != null && share != null) {
        // The share is not known, but no grant pays more than the real cost: up to the cost.
        add(
            GrantLine.ofRange(
                item,
                rule.id(),
                MoneyRange.upTo(cost),
                cite(share),
                () -> "share of " + what + " " + cost.toDecimalString() + " not known: " + why));
        return;
      }
      if (why != null) {
        missing(item, rule, share, why);
        return;
      }
      line(
          item,
          rule,
          cost.times(share.value(), 100),
          share,
          share(share.value()) + " of " + what + " " + cost.toDecimalString());
    }

    // ---- course fees (VET-GRANT-COURSE-FEES)

    private void courseFees() {
      if (activity != ActivityType.SM_COUR_TRAIN) {
        return;
      }
      Sourced perDay = amount(AmountKey.COURSE_FEE_PER_DAY);
      Sourced maxDays = amount(AmountKey.COURSE_FEE_MAX_DAYS);
      String why = unusable(perDay, "course fee per day");
      why = why != null ? why : unusable(maxDays, "number of course days paid");
      if (why != null) {
        missing(GrantItem.COURSE_FEES, GrantRule.COURSE_FEES, perDay, why);
        return;
      }
      long days = courseDaysOf(m);
      long already = context.courseDaysAlreadyFunded();
      long paid = Math.max(0, Math.min(days, maxDays.value() - already));
      String capped =
          paid == days
              ? ""
              : " ("
                  + days
                  + " course days, at most "
                  + maxDays.value()
                  + " paid per person and project"
                  + (already > 0 ? ", " + already + " already funded" : "")
                  + ")";
      line(
          GrantItem.COURSE_FEES,
          GrantRule.COURSE_FEES,
          Money.ofCents(perDay.value()).times(paid),
          perDay,
          paid + " x " + euros(perDay.value()) + capped);
    }

    // ---- other exceptional costs (VET-GRANT-EXCEPTIONAL-VISA, -GUARANTEE)

    private void exceptionalCosts() {
      context
          .visaCosts()
          .ifPresent(
              c ->
                  realCosts(
                      GrantItem.EXCEPTIONAL_COSTS,
                      GrantRule.EXCEPTIONAL_VISA,
                      AmountKey.EXCEPTIONAL_COST_SHARE_VISA,
                      c,
                      "visa, permit, vaccination and medical costs"));
      context
          .guaranteeCosts()
          .ifPresent(
              c ->
                  realCosts(
                      GrantItem.EXCEPTIONAL_COSTS,
                      GrantRule.EXCEPTIONAL_GUARANTEE,
                      AmountKey.EXCEPTIONAL_COST_SHARE_GUARANTEE,
                      c,
                      "financial guarantee costs"));
    }

    // ---- linguistic support (VET-GRANT-LINGUISTIC-SUPPORT, -REINFORCED)

    private void linguisticSupport() {
      if (accompanying) {
        return;
      }
      if (activity == ActivityType.LM_LONG_VET) {
        Sourced s = amount(AmountKey.LINGUISTIC_SUPPORT_REINFORCED);
        if (s != null) {
          sharedUnitAmount(
              9,
              GrantItem.LINGUISTIC_SUPPORT,
              GrantRule.LINGUISTIC_REINFORCED,
              s,
              "every ErasmusPro participant");
        }
      }
      if (!context.linguisticSupportRequested()) {
        return;
      }
      Sourced s = amount(AmountKey.LINGUISTIC_SUPPORT);
      if (s == null) {
        line(
            GrantItem.LINGUISTIC_SUPPORT,
            GrantRule.LINGUISTIC_SUPPORT,
            Money.ZERO,
            null,
            "no linguistic support for " + activity.code() + " in " + edition);
        return;
      }
      Sourced minDays = amount(AmountKey.LINGUISTIC_SUPPORT_STAFF_MIN_DAYS);
      if (RateCategory.of(m.participant().category()) == RateCategory.STAFF
          && minDays != null
          && !minDays.isUnknown()
          && m.physicalDays() < minDays.value()) {
        line(
            GrantItem.LINGUISTIC_SUPPORT,
            GrantRule.LINGUISTIC_SUPPORT,
            Money.ZERO,
            minDays,
            "no linguistic support for staff mobilities under " + minDays.value() + " days");
        return;
      }
      unitAmount(
          GrantItem.LINGUISTIC_SUPPORT,
          GrantRule.LINGUISTIC_SUPPORT,
          s,
          "requested: Online Language Support cannot serve the participant");
    }

    // ---- preparatory visits (VET-GRANT-PREPARATORY-VISIT)

    private void preparatoryVisit() {
      Sourced perPerson = amount(AmountKey.PREPARATORY_VISIT_PER_PERSON);
      Sourced maxPersons = amount(AmountKey.PREPARATORY_VISIT_MAX_PERSONS);
      String why = unusable(perPerson, "preparatory visit amount per person");
      why = why != null ? why : unusable(maxPersons, "maximum persons per preparatory visit");
      if (why != null) {
        missing(GrantItem.PREPARATORY_VISIT, GrantRule.PREPARATORY_VISIT, perPerson, why);
        return;
      }
      int persons = context.preparatoryVisitPersons().orElse(1);
      if (persons > maxPersons.value()) {
        missing(
            GrantItem.PREPARATORY_VISIT,
            GrantRule.PREPARATORY_VISIT,
            maxPersons,
            persons + " persons: at most " + maxPersons.value() + " persons per visit are funded");
        return;
      }
      line(
          GrantItem.PREPARATORY_VISIT,
          GrantRule.PREPARATORY_VISIT,
          Money.ofCents(perPerson.value()).times(persons),
          perPerson,
          persons + " x " + euros(perPerson.value()));
    }
  }

  // KA122's cap on participants from the rule book (ka122.max_participants), or 0 when unknown.
  // The cap of the last rule book asked: a batch asks the same few books for every row.
  private volatile BookCap lastCap;

  private static final class BookCap {
    final RuleBook book;
    final int cap;

    BookCap(RuleBook book, int cap) {
      this.book = book;
      this.cap = cap;
    }
  }

  private static int ka122Cap(RuleBook book) {
    Optional<io.github.vetmobility.rules.Fact> f = book.fact("ka122.max_participants");
    if (f.isEmpty() || f.get().isUnknown()) {
      return 0;
    }
    String v = f.get().value().get();
    return v.chars().allMatch(Character::isDigit) && v.length() < 6 ? Integer.parseInt(v) : 0;
  }

  private static long courseDaysOf(Mobility m) {
    return m.courseDays().isPresent() ? m.courseDays().getAsInt() : Math.max(0, m.physicalDays());
  }

  /**
   * Returns 70 % (or the edition's share) of a daily rate, rounded to the nearest whole euro,
   * halves up, in integer arithmetic.
   */
  static Money reducedRate(Money base, long shareHundredths) {
    long product = Math.multiplyExact(base.cents(), shareHundredths);
    long euros = (product + 5_000) / 10_000;
    return Money.ofEuros(euros);
  }
}
