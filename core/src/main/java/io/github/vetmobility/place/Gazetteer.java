package io.github.vetmobility.place;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Finds the coordinates of a city in a country, so that a distance can be computed from a place
 * given by name.
 *
 * <p>The built-in gazetteer ({@link #builtIn()}) holds every populated place of at least 1,000
 * inhabitants in the EU, the associated countries, the Western Balkans and their European
 * neighbours, and places of at least 15,000 inhabitants elsewhere, with their Latin-script
 * alternate names ({@code Wien}, {@code Prishtina}). It is derived from GeoNames data
 * (https://www.geonames.org/, CC BY 3.0 and CC BY 4.0), and read country by country: a look-up
 * reads the places of the countries it names, once.
 *
 * <p>Look-ups ignore accents, case and punctuation; names in France also match its outermost
 * regions (Réunion, Guadeloupe, Martinique, French Guiana, Mayotte, Saint-Martin). A name that
 * several places share is {@link PlaceMatch.Status#AMBIGUOUS AMBIGUOUS} unless the place's region
 * tells them apart. Instances are immutable and safe to share between threads.
 */
public final class Gazetteer {
  // Made by the build from the data file gazetteer.tsv.gz
  // (core/src/build/java/GazetteerSplit.java):
  // one file per country, and an index of them.
  private static final String FOLDER = "gazetteer/";
  private static final String INDEX = FOLDER + "index.tsv";
  // Two entries of the same name this close are one place recorded twice.
  private static final double SAME_PLACE_KM = 5.0;
  private static final CountryCode[] FRANCE_AND_OUTERMOST = {
    CountryCode.FR,
    CountryCode.RE,
    CountryCode.GP,
    CountryCode.MQ,
    CountryCode.GF,
    CountryCode.YT,
    CountryCode.MF
  };

  // The places of each country (by CountryCode ordinal), read when a look-up first names it: a
  // batch names a few countries, and reading all 66,000 places took most of a cold start.
  private final AtomicReferenceArray<Part> parts =
      new AtomicReferenceArray<>(CountryCode.values().length);
  // From the index of the per-country files: where each country's places start in the data file
  // (the global numbering breaks ties between places as it always did), and how many there are.
  private final int[] first;
  private final int[] count;
  private final int size;
  // A batch names the same few thousand places again and again; a look-up folds the name and
  // searches two indexes, so its answer is remembered. Bounded: emptied when full.
  private final ConcurrentHashMap<Query, PlaceMatch> recent = new ConcurrentHashMap<>();
  private static final int RECENT_CAPACITY = 8_192;

  /** What a look-up asks; the region may be {@code null}. */
  private record Query(String city, CountryCode country, String region) {
    // Written out: the generated methods go through Objects.hashCode, whose shared profile has
    // seen no null region when a batch brings the first one, and a null there made the JIT throw
    // away and recompile the whole check of a row (about 2 s of compilation per run).
    @Override
    public int hashCode() {
      return (city.hashCode() * 31 + country.hashCode()) * 31
          + (region == null ? 0 : region.hashCode());
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Query)) {
        return false;
      }
      Query q = (Query) o;
      return country == q.country
          && city.equals(q.city)
          && (region == null ? q.region == null : region.equals(q.region));
    }
  }

  private Gazetteer(int[] first, int[] count) {
    this.first = first;
    this.count = count;
    int n = 0;
    for (int c : count) {
      n += c;
    }
    this.size = n;
  }

  /**
   * Returns the built-in gazetteer; its places are read country by country, when a look-up first
   * names the country (later calls return the same instance).
   *
   * @return the built-in gazetteer
   */
  public static Gazetteer builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** A new built-in gazetteer that has read no country yet: for the tests of reading on demand. */
  static Gazetteer fresh() {
    return BuiltIn.read();
  }

  /** Returns how many countries this gazetteer has read. */
  int countriesRead() {
    int n = 0;
    for (int i = 0; i < parts.length(); i++) {
      n += parts.get(i) == null ? 0 : 1;
    }
    return n;
  }

  // Class initialisation is the lazy, thread-safe load of the index.
  private static final class BuiltIn {
    static final Gazetteer INSTANCE = read();

    static Gazetteer read() {
      int n = CountryCode.values().length;
      int[] first = new int[n];
      int[] count = new int[n];
      try (BufferedReader r = open(INDEX)) {
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
          lineNo++;
          if (line.isEmpty() || line.charAt(0) == '#') {
            continue;
          }
          String[] f = line.split("\t", -1);
          CountryCode c = f.length == 3 ? CountryCode.find(f[0], false) : null;
          if (c == null) {
            throw new IllegalStateException(INDEX + " line " + lineNo + ": unreadable");
          }
          first[c.ordinal()] = Integer.parseInt(f[1]);
          count[c.ordinal()] = Integer.parseInt(f[2]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the built-in gazetteer", e);
      }
      return new Gazetteer(first, count);
    }
  }

  private static BufferedReader open(String resource) {
    InputStream in = Gazetteer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + resource + " missing from vetmobility-core");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  // The places of a country, read on first use; an empty part for a country without places.
  private Part part(CountryCode c) {
    Part p = parts.get(c.ordinal());
    if (p == null) {
      if (count[c.ordinal()] == 0) {
        p = new Part(new Loader(first[c.ordinal()], c, 0));
      } else {
        String resource = FOLDER + c.code() + ".tsv";
        try (BufferedReader r = open(resource)) {
          Loader l = Loader.read(r, resource, first[c.ordinal()], c, count[c.ordinal()]);
          if (l.names.size() != count[c.ordinal()]) {
            throw new IllegalStateException(
                resource + ": " + l.names.size() + " places, the index says " + count[c.ordinal()]);
          }
          p = new Part(l);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the built-in gazetteer", e);
        }
      }
      // Two threads may read the same country at once: the first one's part is kept.
      if (!parts.compareAndSet(c.ordinal(), null, p)) {
        p = parts.get(c.ordinal());
      }
    }
    return p;
  }

  /** The places of one country, numbered from {@code first} as in the whole data file. */
  private static final class Part {
    final int first;
    final CountryCode country;
    final String[] names;
    final String[] regions;
    final double[] latitudes;
    final double[] longitudes;
    final long[] populations;
    final Map<String, int[]> byName;
    // Alternate names are looked at only when no main name matches; indexing them takes most of
    // the load time, so it waits for the first such look-up.
    final String[] alternates;
    volatile Map<String, int[]> byAlternateName;

    Part(Loader l) {
      int n = l.names.size();
      this.first = l.first;
      this.country = l.country;
      this.names = l.names.toArray(new String[0]);
      this.regions = l.regions.toArray(new String[0]);
      this.latitudes = Arrays.copyOf(l.latitudes, n);
      this.longitudes = Arrays.copyOf(l.longitudes, n);
      this.populations = Arrays.copyOf(l.populations, n);
      this.byName = l.byName;
      this.alternates = l.alternates.toArray(new String[0]);
    }

    boolean holds(int id) {
      return id >= first && id < first + names.length;
    }

    Map<String, int[]> alternateIndex() {
      Map<String, int[]> index = byAlternateName;
      if (index == null) {
        synchronized (this) {
          index = byAlternateName;
          if (index == null) {
            index = new HashMap<>();
            for (int i = 0; i < alternates.length; i++) {
              String all = alternates[i];
              if (all == null) {
                continue;
              }
              int start = 0;
              while (start <= all.length()) {
                int bar = all.indexOf('|', start);
                int end = bar < 0 ? all.length() : bar;
                index(index, all.substring(start, end), first + i);
                start = end + 1;
              }
            }
            byAlternateName = index;
          }
        }
      }
      return index;
    }
  }

  /** {@return the number of places held} */
  public int size() {
    return size;
  }

  /**
   * Looks up a city in a country.
   *
   * @param city the city name as written by a user, in any case, with or without accents
   * @param country the country
   * @param region the first-level region (name or GeoNames code) to choose between places of the
   *     same name; may be {@code null}
   * @return the places found
   * @throws InvalidValueException if city or country is missing
   */
  public PlaceMatch find(String city, CountryCode country, String region) {
    InvalidValueException.requirePresent(city, "city");
    InvalidValueException.requirePresent(country, "country");
    Query query = new Query(city, country, region);
    PlaceMatch known = recent.get(query);
    if (known == null) {
      known = search(city, country, region);
      if (recent.size() >= RECENT_CAPACITY) {
        recent.clear();
      }
      recent.put(query, known);
    }
    return known;
  }

  private PlaceMatch search(String city, CountryCode country, String region) {
    Part[] searched = searched(country);
    for (String key : attempts(city)) {
      List<Integer> ids = candidates(key, searched, false);
      if (ids.isEmpty()) {
        ids = candidates(key, searched, true);
      }
      if (!ids.isEmpty()) {
        return PlaceMatch.of(entries(chooseByRegion(ids, region, searched), searched));
      }
    }
    return PlaceMatch.of(List.of());
  }

  /**
   * Looks up a place by its city, country and region.
   *
   * @param place the place
   * @return the places found
   */
  public PlaceMatch find(Place place) {
    InvalidValueException.requirePresent(place, "place");
    return find(place.city(), place.country(), place.region().orElse(null));
  }

  /**
   * Returns the coordinates of a place: its own when given, else those of the one gazetteer place
   * that matches.
   *
   * @param place the place
   * @param field the field name used in an error, e.g. {@code "receiving.place"}
   * @return the coordinates
   * @throws InvalidValueException if the name matches no place, or several (the message lists them,
   *     and says to give the region or coordinates)
   */
  public Coordinates coordinatesOf(Place place, String field) {
    InvalidValueException.requirePresent(place, field);
    if (place.coordinates().isPresent()) {
      return place.coordinates().get();
    }
    PlaceMatch match = find(place);
    String shown = place.city() + " (" + place.country().code() + ")";
    switch (match.status()) {
      case FOUND:
        return match.candidates().get(0).coordinates();
      case AMBIGUOUS:
        StringBuilder sb = new StringBuilder("one place; the name is ambiguous, candidates: ");
        List<GazetteerEntry> c = match.candidates();
        for (int i = 0; i < c.size() && i < 5; i++) {
          sb.append(i == 0 ? "" : "; ").append(c.get(i));
        }
        if (c.size() > 5) {
          sb.append("; and ").append(c.size() - 5).append(" more");
        }
        sb.append(" - give the region or the coordinates");
        throw new InvalidValueException(field, shown, sb.toString());
      default:
        throw new InvalidValueException(
            field,
            shown,
            "a city of at least 1,000 inhabitants known to the gazetteer, or the coordinates");
    }
  }

  private static List<String> attempts(String city) {
    List<String> keys = new ArrayList<>(4);
    addAttempt(keys, PlaceNames.fold(city));
    String repaired = PlaceNames.repairMojibake(city);
    addAttempt(keys, PlaceNames.fold(repaired));
    // "Prerov I, Mesto" or "Saint-Denis (Réunion)": the first part names the city.
    int cut = firstOf(repaired, ',', '(', '/');
    if (cut > 0) {
      addAttempt(keys, PlaceNames.fold(repaired.substring(0, cut)));
    }
    addAttempt(keys, PlaceNames.withoutDigits(PlaceNames.fold(repaired)));
    return keys;
  }

  private static void addAttempt(List<String> keys, String key) {
    if (!key.isEmpty() && !keys.contains(key)) {
      keys.add(key);
    }
  }

  private static int firstOf(String s, char... chars) {
    int best = -1;
    for (char c : chars) {
      int i = s.indexOf(c);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  // The parts a look-up in a country searches, in the order of the data file.
  private Part[] searched(CountryCode country) {
    if (country != CountryCode.FR) {
      return new Part[] {part(country)};
    }
    Part[] p = new Part[FRANCE_AND_OUTERMOST.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = part(FRANCE_AND_OUTERMOST[i]);
    }
    Arrays.sort(p, Comparator.comparingInt((Part x) -> x.first));
    return p;
  }

  private List<Integer> candidates(String key, Part[] searched, boolean alternate) {
    List<Integer> ids = new ArrayList<>(2);
    // In ascending numbers, as one index over all countries gave them.
    for (Part p : searched) {
      int[] found = (alternate ? p.alternateIndex() : p.byName).get(key);
      if (found != null) {
        for (int id : found) {
          ids.add(id);
        }
      }
    }
    return distinctPlaces(ids, searched);
  }

  private static Part partOf(int id, Part[] searched) {
    for (Part p : searched) {
      if (p.holds(id)) {
        return p;
      }
    }
    throw new IllegalStateException("place " + id + " outside the countries searched");
  }

  private List<Integer> distinctPlaces(List<Integer> ids, Part[] searched) {
    if (ids.size() < 2) {
      return ids;
    }
    ids.sort(
        Comparator.comparingLong((Integer id) -> -population(id, searched))
            .thenComparing(id -> id));
    List<Integer> kept = new ArrayList<>(ids.size());
    for (int id : ids) {
      boolean duplicate = false;
      for (int k : kept) {
        if (closerThan(id, k, SAME_PLACE_KM, searched)) {
          duplicate = true;
          break;
        }
      }
      if (!duplicate) {
        kept.add(id);
      }
    }
    return kept;
  }

  // Only near-duplicates (a few km) are looked for: a flat-Earth approximation is exact enough at
  // that scale and keeps place free of the distance package, which builds on place.
  private static boolean closerThan(int a, int b, double km, Part[] searched) {
    Part pa = partOf(a, searched);
    Part pb = partOf(b, searched);
    double latA = pa.latitudes[a - pa.first];
    double latB = pb.latitudes[b - pb.first];
    double kmPerDegree = 111.195;
    double meanLatitude = Math.toRadians((latA + latB) / 2);
    double north = (latA - latB) * kmPerDegree;
    double east =
        (pa.longitudes[a - pa.first] - pb.longitudes[b - pb.first])
            * kmPerDegree
            * Math.cos(meanLatitude);
    return north * north + east * east < km * km;
  }

  private static long population(int id, Part[] searched) {
    Part p = partOf(id, searched);
    return p.populations[id - p.first];
  }

  private static List<Integer> chooseByRegion(List<Integer> ids, String region, Part[] searched) {
    if (region == null || region.isBlank() || ids.size() < 2) {
      return ids;
    }
    String wanted = PlaceNames.fold(region);
    List<Integer> chosen = new ArrayList<>();
    for (int id : ids) {
      Part p = partOf(id, searched);
      String r = p.regions[id - p.first];
      if (r != null && sameRegion(PlaceNames.fold(r), wanted)) {
        chosen.add(id);
      }
    }
    // A region we cannot read is no reason to lose the candidates.
    return chosen.isEmpty() ? ids : chosen;
  }

  private static boolean sameRegion(String held, String wanted) {
    return held.equals(wanted)
        || (" " + held + " ").contains(" " + wanted + " ")
        || (" " + wanted + " ").contains(" " + held + " ");
  }

  private List<GazetteerEntry> entries(List<Integer> ids, Part[] searched) {
    List<GazetteerEntry> list = new ArrayList<>(ids.size());
    for (int id : ids) {
      Part p = partOf(id, searched);
      int i = id - p.first;
      list.add(
          GazetteerEntry.of(
              p.names[i],
              p.country,
              p.regions[i],
              Coordinates.of(p.latitudes[i], p.longitudes[i]),
              p.populations[i]));
    }
    return list;
  }

  /** Reads the resource format written by core/src/build/java/GazetteerTable.java. */
  private static final class Loader {
    final int first;
    final CountryCode country;
    final List<String> names;
    final List<String> regions;
    double[] latitudes;
    double[] longitudes;
    long[] populations;
    final Map<String, int[]> byName;
    final List<String> alternates;
    final Map<String, String> regionNames = new HashMap<>();

    Loader(int first, CountryCode country, int expected) {
      this.first = first;
      this.country = country;
      names = new ArrayList<>(expected);
      regions = new ArrayList<>(expected);
      latitudes = new double[Math.max(1, expected)];
      longitudes = new double[Math.max(1, expected)];
      populations = new long[Math.max(1, expected)];
      byName = new HashMap<>(expected * 2);
      alternates = new ArrayList<>(expected);
    }

    // Fields are cut out by hand where String.split made nine strings per line and took 40 % of
    // the load; only the fields kept become strings.
    static Loader read(BufferedReader r, String resource, int first, CountryCode country, int n)
        throws IOException {
      Loader l = new Loader(first, country, n);
      int[] tabs = new int[MAX_TABS + 1];
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int count = tabs(line, tabs);
        char kind = line.charAt(0);
        if (kind == 'A' && count == 2 && tabs[0] == 1) {
          // Keyed as the C lines write country and division: "AD<tab>02".
          l.regionNames.put(
              line.substring(2, tabs[1]).replace('.', '\t'), line.substring(tabs[1] + 1).intern());
        } else if (kind == 'C'
            && count == MAX_TABS
            && tabs[0] == 1
            && CountryCode.parse(line.substring(2, tabs[1])) == country) {
          l.add(line, tabs);
        } else {
          throw new IllegalStateException(resource + " line " + lineNo + ": unreadable");
        }
      }
      return l;
    }

    private static final int MAX_TABS = 8;

    /** Records where the tabs of a line are; returns how many there are (MAX_TABS + 1 = more). */
    private static int tabs(String line, int[] tabs) {
      int count = 0;
      int at = line.indexOf('\t');
      while (at >= 0 && count <= MAX_TABS) {
        tabs[count++] = at;
        at = line.indexOf('\t', at + 1);
      }
      return count;
    }

    private static String field(String line, int[] tabs, int i) {
      return line.substring(tabs[i - 1] + 1, i < MAX_TABS ? tabs[i] : line.length());
    }

    private void add(String line, int[] tabs) {
      int id = names.size();
      if (id == latitudes.length) {
        latitudes = Arrays.copyOf(latitudes, id * 2);
        longitudes = Arrays.copyOf(longitudes, id * 2);
        populations = Arrays.copyOf(populations, id * 2);
      }
      names.add(field(line, tabs, 3));
      regions.add(regionNames.get(line.substring(2, tabs[2])));
      latitudes[id] = Double.parseDouble(field(line, tabs, 4));
      longitudes[id] = Double.parseDouble(field(line, tabs, 5));
      populations[id] = Long.parseLong(field(line, tabs, 6));
      // Names are stored folded by the same PlaceNames.fold, so none is folded again here.
      index(byName, field(line, tabs, 7), first + id);
      alternates.add(tabs[7] + 1 == line.length() ? null : field(line, tabs, 8));
    }
  }

  private static void index(Map<String, int[]> map, String key, int id) {
    int[] old = map.get(key);
    if (old == null) {
      map.put(key, new int[] {id});
    } else if (old[old.length - 1] != id) {
      int[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = id;
      map.put(key, grown);
    }
  }
}
