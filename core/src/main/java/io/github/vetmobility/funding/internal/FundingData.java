package io.github.vetmobility.funding.internal;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.funding.RateCategory;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.rules.Source;
import io.github.vetmobility.rules.internal.SourceChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in funding data of every edition, read from this package's CSV files and checked when
 * read: unknown keys, bad values, overlapping call ranges, and gaps or overlaps in the distance
 * bands are refused with file and line. Immutable once built.
 */
public final class FundingData {
  static final String[] TRAVEL_HEADER = {
    "programme", "calls", "min_km", "max_km", "standard_eur", "green_eur", "confidence", "sources"
  };
  static final String[] GROUP_HEADER = {
    "programme", "calls", "list", "group", "countries", "confidence", "sources"
  };
  static final String[] RANGE_HEADER = {
    "programme", "calls", "participant", "group", "min_eur", "max_eur", "confidence", "sources"
  };
  static final String[] AMOUNT_HEADER = {
    "programme", "calls", "key", "activity", "value", "confidence", "sources"
  };
  static final String[] SOURCE_HEADER = {"id", "kind", "title", "url"};

  /** The two lists of receiving-country groups. */
  public enum GroupList {
    /** EU Member States and associated third countries. */
    EU_OR_ASSOCIATED,
    /** Third countries not associated to the programme. */
    NOT_ASSOCIATED
  }

  /**
   * One travel band of one edition.
   *
   * @param minKm first whole km
   * @param maxKm last whole km, or {@link Long#MAX_VALUE} for the open last band
   * @param standard the standard amount (cents)
   * @param green the green amount (cents), or {@code null} when the edition has none for the band
   */
  public record TravelBand(long minKm, long maxKm, Sourced standard, Sourced green) {
    /** Returns the band label, e.g. {@code 500-1999} or {@code 8000+}. */
    public String label() {
      return maxKm == Long.MAX_VALUE ? minKm + "+" : minKm + "-" + maxKm;
    }
  }

  private static final java.util.regex.Pattern NOTE_SECTION =
      java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+\\.md#[0-9A-Za-z._-]+");

  private static final FundingData BUILT_IN = read();

  // Travel bands, groups and amounts live in the calls' arrays, where a grant looks them up
  // (see Call); ranges, asked for when a rate table is checked, stay in a map.
  private final Call[] calls = new Call[Programme.values().length * CALL_YEARS];
  private final Map<Key, Sourced[]> ranges = new HashMap<>();
  private final Map<String, Source> declared = new HashMap<>();
  // One entry per data row read: programme, first and last call, confidence (null: unknown).
  private final List<Object[]> rowConfidences = new ArrayList<>();

  private static final int FIRST_CALL_YEAR = 2014;
  private static final int CALL_YEARS = 20;

  /**
   * The amounts, groups and travel bands of one programme and call year, indexed by enum ordinals:
   * a grant looks up a dozen facts, and a hash look-up for each cost as much as the rest of it.
   */
  private static final class Call {
    private static final int EVERY = ActivityType.values().length;
    final Sourced[][] amounts = new Sourced[EVERY + 1][AmountKey.values().length];
    final Sourced[][] groups = new Sourced[GroupList.values().length][CountryCode.values().length];
    List<TravelBand> travel = List.of();
  }

  private FundingData() {}

  /** Returns the built-in data (read when this class is first used). */
  public static FundingData builtIn() {
    return BUILT_IN;
  }

  static FundingData read() {
    FundingData d = new FundingData();
    d.readSources(DataFile.resource("sources.csv", SOURCE_HEADER));
    d.readTravel(DataFile.resource("travel-bands.csv", TRAVEL_HEADER));
    d.readGroups(DataFile.resource("country-groups.csv", GROUP_HEADER));
    d.readRanges(DataFile.resource("individual-support-ranges.csv", RANGE_HEADER));
    d.readAmounts(DataFile.resource("amounts.csv", AMOUNT_HEADER));
    return d;
  }

  /** Reads data files given as text, for tests of the checks. */
  static FundingData read(DataFile travel, DataFile groups, DataFile ranges, DataFile amounts) {
    FundingData d = new FundingData();
    d.readSources(DataFile.resource("sources.csv", SOURCE_HEADER));
    d.readTravel(travel);
    d.readGroups(groups);
    d.readRanges(ranges);
    d.readAmounts(amounts);
    return d;
  }

  private Call callOf(Programme p, int year) {
    int slot = slot(p, year);
    if (slot < 0) {
      throw new IllegalStateException(
          "call year "
              + year
              + " outside "
              + FIRST_CALL_YEAR
              + "-"
              + (FIRST_CALL_YEAR + CALL_YEARS - 1)
              + "; widen CALL_YEARS");
    }
    if (calls[slot] == null) {
      calls[slot] = new Call();
    }
    return calls[slot];
  }

  private static int slot(Programme p, int year) {
    int y = year - FIRST_CALL_YEAR;
    return y < 0 || y >= CALL_YEARS ? -1 : p.ordinal() * CALL_YEARS + y;
  }

  /** Returns the facts of an edition's call, or {@code null} when the data has none. */
  private Call call(Edition e) {
    int slot = slot(e.programme(), e.callYear());
    return slot < 0 ? null : calls[slot];
  }

  /** A look-up key: programme, call year and up to two more parts ({@code null} when unused). */
  private record Key(Programme programme, int year, Object first, Object second) {
    /** Returns the call the key is about, as messages name it, e.g. {@code EP2127-2021}. */
    String call() {
      return programme.key() + "-" + year;
    }

    // Written out: a record's generated methods are linked through method handles on first use,
    // which cost 25 % of reading the data (about 30 ms of every start).
    @Override
    public int hashCode() {
      return ((programme.hashCode() * 31 + year) * 31 + Objects.hashCode(first)) * 31
          + Objects.hashCode(second);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return programme == k.programme
          && year == k.year
          && Objects.equals(first, k.first)
          && Objects.equals(second, k.second);
    }
  }

  /** The {@code activity} of an amounts row that applies to every activity. */
  private static final String EVERY_ACTIVITY = "*";

  private static Key year(Programme p, int year) {
    return new Key(p, year, null, null);
  }

  private static Key key(Edition e, Object first, Object second) {
    return new Key(e.programme(), e.callYear(), first, second);
  }

  // ---- look-ups

  /** Returns the travel bands of an edition, or an empty list when the edition has none. */
  public List<TravelBand> travelBands(Edition e) {
    Call c = call(e);
    return c == null ? List.of() : c.travel;
  }

  /** Returns the band of a whole km distance, or {@code null} when the edition has no bands. */
  public TravelBand travelBand(Edition e, long wholeKm) {
    List<TravelBand> bands = travelBands(e);
    for (int i = 0; i < bands.size(); i++) {
      TravelBand b = bands.get(i);
      if (wholeKm >= b.minKm() && wholeKm <= b.maxKm()) {
        return b;
      }
    }
    return null;
  }

  /** Returns the receiving-country group in one list, or {@code null} when not listed. */
  public Sourced group(Edition e, GroupList list, CountryCode country) {
    Call c = call(e);
    return c == null ? null : c.groups[list.ordinal()][country.ordinal()];
  }

  /** Returns the {min, max} range of base rates, or {@code null} when the edition has none. */
  public Sourced[] range(Edition e, RateCategory category, int group) {
    return ranges.get(key(e, category, group));
  }

  /** Returns the range of base rates for a programme and call year, or {@code null}. */
  public Sourced[] rangeOf(Programme p, int year, RateCategory category, int group) {
    return ranges.get(new Key(p, year, category, group));
  }

  /**
   * Returns an amount for an activity: the activity's own row, else the row for every activity;
   * {@code null} when the edition has neither.
   */
  public Sourced amount(Edition e, AmountKey key, ActivityType activity) {
    Call c = call(e);
    if (c == null) {
      return null;
    }
    Sourced own = activity == null ? null : c.amounts[activity.ordinal()][key.ordinal()];
    return own != null ? own : c.amounts[Call.EVERY][key.ordinal()];
  }

  /**
   * Returns the titles of the documents the sources stand for, in the same order: the title
   * declared for an id in {@code sources.csv}; a note section ({@code funding.md#3.3}) stands for
   * the project's reference note of that name; anything else (a rate table of an integrator's that
   * cites its own sources) stands for itself.
   */
  public List<String> documents(List<String> sources) {
    List<String> out = new ArrayList<>(sources.size());
    for (String s : sources) {
      Source src = declared.get(s);
      if (src != null) {
        out.add(src.title());
      } else {
        out.add(NOTE_SECTION.matcher(s).matches() ? "vetmobility reference note " + s : s);
      }
    }
    return out;
  }

  /** Returns the declared sources among the given ids, in the same order (notes left out). */
  public List<Source> sources(List<String> sources) {
    List<Source> out = new ArrayList<>(sources.size());
    for (String s : sources) {
      Source src = declared.get(s);
      if (src != null) {
        out.add(src);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Counts the data rows of a call by confidence: how many rows that cover the call are confirmed,
   * secondary, inferred, unconfirmed or unknown.
   *
   * @param programme the programme
   * @param callYear the call year
   * @return counts indexed by {@link Confidence#ordinal()}
   */
  public int[] confidenceCounts(Programme programme, int callYear) {
    int[] counts = new int[Confidence.values().length];
    for (Object[] row : rowConfidences) {
      if (row[0] == programme && (int) row[1] <= callYear && callYear <= (int) row[2]) {
        Confidence c = (Confidence) row[3];
        counts[(c == null ? Confidence.UNKNOWN : c).ordinal()]++;
      }
    }
    return counts;
  }

  /** Returns every source declared in {@code sources.csv}, by id. */
  public Map<String, Source> declaredSources() {
    return Map.copyOf(declared);
  }

  // ---- reading

  private void readSources(DataFile f) {
    for (DataFile.Row r : f.rows()) {
      Source s;
      try {
        s =
            Source.declared(
                r.required("id"), r.required("kind"), r.required("title"), r.required("url"));
      } catch (InvalidValueException e) {
        throw r.bad(e.field().substring(e.field().indexOf('.') + 1), e.expected());
      }
      if (declared.put(s.id(), s) != null) {
        throw r.bad("id", "a source id declared once");
      }
    }
  }

  private List<String> checkedSources(DataFile.Row r) {
    List<String> sources = r.sources();
    for (String s : sources) {
      if (!declared.containsKey(s) && !NOTE_SECTION.matcher(s).matches()) {
        throw r.bad("sources", "source ids declared in sources.csv, or note sections (x.md#n)");
      }
    }
    int[] calls = r.calls();
    rowConfidences.add(new Object[] {r.programme(), calls[0], calls[1], r.confidence()});
    String problem = SourceChecks.problem(r.confidence(), calls[0], calls[1], sources(sources));
    if (problem != null) {
      throw r.bad("confidence", problem);
    }
    return sources;
  }

  private void readTravel(DataFile f) {
    Map<Key, List<TravelBand>> byYear = new HashMap<>();
    Map<Key, DataFile.Row> firstRow = new HashMap<>();
    for (DataFile.Row r : f.rows()) {
      Programme p = r.programme();
      int[] calls = r.calls();
      long min = r.whole("min_km", 0, 100_000);
      long max = r.wholeOrEmpty("max_km", 0, 100_000);
      if (max >= 0 && max < min) {
        throw r.bad("max_km", "at least min_km " + min);
      }
      long hi = max < 0 ? Long.MAX_VALUE : max;
      Confidence c = r.confidence();
      if (c == null) {
        throw r.bad("confidence", "a known amount: travel bands have no unknown rows");
      }
      List<String> sources = checkedSources(r);
      String label = hi == Long.MAX_VALUE ? min + "+" : min + "-" + hi;
      long standard = r.whole("standard_eur", 0, 100_000) * 100;
      long green = r.wholeOrEmpty("green_eur", 0, 100_000);
      Sourced std = new Sourced("travel." + label, standard, c, sources, r.where());
      Sourced grn =
          green < 0
              ? null
              : new Sourced("travel." + label + ".green", green * 100, c, sources, r.where());
      for (int y = calls[0]; y <= calls[1]; y++) {
        Key k = year(p, y);
        byYear.computeIfAbsent(k, x -> new ArrayList<>()).add(new TravelBand(min, hi, std, grn));
        firstRow.putIfAbsent(k, r);
      }
    }
    for (Map.Entry<Key, List<TravelBand>> e : byYear.entrySet()) {
      List<TravelBand> bands = e.getValue();
      bands.sort((a, b) -> Long.compare(a.minKm(), b.minKm()));
      DataFile.Row r = firstRow.get(e.getKey());
      long next = 0;
      for (TravelBand b : bands) {
        if (b.minKm() != next) {
          throw new InvalidValueException(
              f.name() + " " + e.getKey().call(),
              b.label(),
              (b.minKm() > next ? "no gap: a band starting at " : "no overlap: a band starting at ")
                  + next
                  + " km (see "
                  + b.standard().where()
                  + ")");
        }
        next = b.maxKm() == Long.MAX_VALUE ? Long.MAX_VALUE : b.maxKm() + 1;
      }
      if (next != Long.MAX_VALUE) {
        throw new InvalidValueException(
            f.name() + " " + e.getKey().call(),
            r.text("calls"),
            "an open last band (empty max_km)");
      }
      callOf(e.getKey().programme(), e.getKey().year()).travel = List.copyOf(bands);
    }
    // Every call year of the Erasmus+ programmes has a travel table.
    for (Programme p : new Programme[] {Programme.ERASMUS_2014_2020, Programme.ERASMUS_2021_2027}) {
      for (int y = p.firstCall(); y <= Math.min(p.lastCall(), 2026); y++) {
        Call call = this.calls[slot(p, y)];
        if (call == null || call.travel.isEmpty()) {
          throw new InvalidValueException(
              f.name(), year(p, y).call(), "travel bands for every call year");
        }
      }
    }
  }

  private void readGroups(DataFile f) {
    for (DataFile.Row r : f.rows()) {
      Programme p = r.programme();
      int[] calls = r.calls();
      GroupList list;
      try {
        list = GroupList.valueOf(r.required("list").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.bad("list", "eu_or_associated or not_associated");
      }
      long group = r.whole("group", 1, 3);
      Confidence c = r.confidence();
      List<String> sources = checkedSources(r);
      for (String code : r.required("countries").split(";")) {
        CountryCode country = CountryCode.find(code, false);
        if (country == null) {
          throw r.bad("countries", "Commission country codes separated by ';' (" + code + ")");
        }
        Sourced s =
            new Sourced(
                "group." + list.name().toLowerCase(Locale.ROOT) + "." + country.code(),
                group,
                c,
                sources,
                r.where());
        for (int y = calls[0]; y <= calls[1]; y++) {
          Sourced[] ofList = callOf(p, y).groups[list.ordinal()];
          if (ofList[country.ordinal()] != null) {
            throw r.bad(
                "countries", "each country in one group per list and call year (" + code + ")");
          }
          ofList[country.ordinal()] = s;
        }
      }
    }
  }

  private void readRanges(DataFile f) {
    for (DataFile.Row r : f.rows()) {
      Programme p = r.programme();
      int[] calls = r.calls();
      RateCategory category = r.participant();
      int group = (int) r.whole("group", 1, 3);
      long min = r.wholeOrEmpty("min_eur", 0, 10_000);
      long max = r.wholeOrEmpty("max_eur", 0, 10_000);
      if (min >= 0 && max >= 0 && min > max) {
        throw r.bad("min_eur", "at most max_eur " + max);
      }
      Confidence c = r.confidence();
      if (c == null && (min >= 0 || max >= 0)) {
        throw r.bad("confidence", "a known confidence for a row with values");
      }
      List<String> sources = checkedSources(r);
      String key = "individual_support_range." + category.key() + "." + group;
      Sourced lo = new Sourced(key + ".min", min < 0 ? -1 : min * 100, c, sources, r.where());
      Sourced hi = new Sourced(key + ".max", max < 0 ? -1 : max * 100, c, sources, r.where());
      for (int y = calls[0]; y <= calls[1]; y++) {
        if (ranges.put(new Key(p, y, category, group), new Sourced[] {lo, hi}) != null) {
          throw r.bad(
              "calls", "call ranges that do not overlap for " + category.key() + " " + group);
        }
      }
    }
  }

  private void readAmounts(DataFile f) {
    for (DataFile.Row r : f.rows()) {
      Programme p = r.programme();
      int[] calls = r.calls();
      AmountKey key = AmountKey.find(r.required("key"));
      if (key == null) {
        throw r.bad("key", "a key listed in AmountKey, e.g. course_fee_per_day");
      }
      String activityText = r.required("activity");
      ActivityType activity = null;
      if (!activityText.equals(EVERY_ACTIVITY)) {
        try {
          activity = ActivityType.parse(activityText);
        } catch (InvalidValueException e) {
          throw r.bad("activity", "* or " + e.expected());
        }
      }
      Confidence c = r.confidence();
      String text = r.required("value");
      long value;
      if (text.equals("unknown")) {
        if (c != null) {
          throw r.bad("confidence", "unknown, as the value is unknown");
        }
        value = -1;
      } else {
        if (c == null) {
          throw r.bad("value", "unknown, as the confidence is unknown");
        }
        value = value(r, key, text);
      }
      List<String> sources = checkedSources(r);
      String cited = activity == null ? key.key() : key.key() + "." + activity.code();
      Sourced s = new Sourced(cited, value, c, sources, r.where());
      int which = activity == null ? Call.EVERY : activity.ordinal();
      for (int y = calls[0]; y <= calls[1]; y++) {
        Sourced[] ofActivity = callOf(p, y).amounts[which];
        if (ofActivity[key.ordinal()] != null) {
          throw r.bad("calls", "call ranges that do not overlap for " + cited);
        }
        ofActivity[key.ordinal()] = s;
      }
    }
  }

  private static long value(DataFile.Row r, AmountKey key, String text) {
    switch (key.unit()) {
      case EURO:
        return r.whole("value", 0, 1_000_000) * 100;
      case COUNT:
        return r.whole("value", 0, 100_000);
      case LIMIT:
        return text.equals("none") ? Long.MAX_VALUE : r.whole("value", 0, 100_000);
      case YES_NO:
        if (text.equals("yes") || text.equals("no")) {
          return text.equals("yes") ? 1 : 0;
        }
        throw r.bad("value", "yes or no");
      case SHARE:
      default:
        if (text.matches("0\\.[0-9]{1,2}|1(\\.0{1,2})?|0")) {
          int dot = text.indexOf('.');
          if (dot < 0) {
            return Long.parseLong(text) * 100;
          }
          String frac = (text.substring(dot + 1) + "0").substring(0, 2);
          return Long.parseLong(text.substring(0, dot)) * 100 + Long.parseLong(frac);
        }
        throw r.bad("value", "a share from 0 to 1 with at most 2 decimals, e.g. 0.70");
    }
  }
}
