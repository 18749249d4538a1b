package io.github.vetmobility.funding;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.edition.Confidence;
import io.github.vetmobility.edition.Edition;
import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.funding.internal.DataFile;
import io.github.vetmobility.funding.internal.FundingData;
import io.github.vetmobility.funding.internal.FundingData.GroupList;
import io.github.vetmobility.funding.internal.Sourced;
import io.github.vetmobility.identifier.NationalAgencyCode;
import io.github.vetmobility.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The daily rates of individual support that one National Agency fixed, per call year, participant
 * category and receiving-country group. The Programme Guide only gives ranges; each agency sets its
 * rates inside them, so an integrator supplies the table of the agency that funds the project.
 *
 * <p>A table is a CSV file (UTF-8, {@code #} comment lines allowed) with the header
 *
 * <pre>
 * national_agency,sector,programme,calls,participant,group,list,eur_per_day,eur_per_day_from_day15,confidence,sources
 * ES01,VET,EP2127,2021,learner,1,both,66,46,secondary,N-ES21
 * </pre>
 *
 * where {@code calls} is a call year or a range ({@code 2021-2024}), {@code participant} is {@code
 * learner}, {@code staff} or {@code accompanying_person} (who otherwise get staff rates), {@code
 * list} says whether the group is that of EU and associated countries ({@code eu_or_associated}),
 * of third countries not associated ({@code not_associated}) or both, and {@code
 * eur_per_day_from_day15} may be empty (then 70 % of the rate, rounded to whole euro). Loading
 * refuses a bad value, a duplicate row, and for VET tables a rate outside the Programme Guide range
 * of that edition where the range is known; the message names the file, line and column.
 *
 * <p>The library ships the tables it could source (see {@link #builtIn()}), each row with its
 * source. Immutable and thread-safe.
 */
public final class RateTable {
  static final String[] HEADER = {
    "national_agency",
    "sector",
    "programme",
    "calls",
    "participant",
    "group",
    "list",
    "eur_per_day",
    "eur_per_day_from_day15",
    "confidence",
    "sources"
  };
  private static final String[] BUILT_IN = {
    "ES01-VET.csv", "PL01-SCH.csv", "SE01-SCH.csv", "DE03-HED.csv", "TR01-HED.csv"
  };

  /**
   * One daily rate with its source.
   *
   * @param base the base rate per day
   * @param fromDay15 the published rate from the 15th day, or {@code null} (then computed)
   * @param source the row it comes from
   */
  record Rate(Money base, Money fromDay15, Sourced source) {}

  private final String name;
  private final NationalAgencyCode agency;
  private final String sector;
  private final Map<String, Rate> rates;
  // The same rates in an array indexed by programme, call year, category, group and list: a batch
  // looks a rate up for every row, and a text key made per look-up was garbage per row.
  private static final int FIRST_YEAR = 2014;
  private static final int YEARS = 32;
  private static final int GROUPS = 4;
  private static final int CATEGORIES = RateCategory.values().length;
  private static final int LISTS = GroupList.values().length;
  private final Rate[] index;

  private RateTable(
      String name,
      NationalAgencyCode agency,
      String sector,
      Map<String, Rate> rates,
      Rate[] index) {
    this.name = name;
    this.agency = agency;
    this.sector = sector;
    this.rates = rates;
    this.index = index;
  }

  private static int slot(int programme, int year, int category, int group, int list) {
    return (((programme * YEARS + year) * CATEGORIES + category) * GROUPS + group) * LISTS + list;
  }

  /** {@return the table's name: the file name it was read from} */
  public String name() {
    return name;
  }

  /** {@return the National Agency that fixed the rates} */
  public NationalAgencyCode nationalAgency() {
    return agency;
  }

  /**
   * {@return the sector the rates are for, for example {@code VET} (others are shipped as
   * examples)}
   */
  public String sector() {
    return sector;
  }

  /** {@return the tables shipped with the library (SEPIE VET, and school and HE examples)} */
  public static List<RateTable> builtIn() {
    return BuiltIn.TABLES;
  }

  /**
   * Returns a shipped table of an agency and sector.
   *
   * @param agency the National Agency, e.g. {@code ES01}
   * @param sector the sector, e.g. {@code VET}
   * @return the table, or empty when none is shipped
   */
  public static Optional<RateTable> builtIn(NationalAgencyCode agency, String sector) {
    return Optional.ofNullable(builtInOrNull(agency, sector));
  }

  static RateTable builtInOrNull(NationalAgencyCode agency, String sector) {
    List<RateTable> tables = builtIn();
    for (int i = 0; i < tables.size(); i++) {
      RateTable t = tables.get(i);
      if (t.agency.equals(agency) && t.sector.equalsIgnoreCase(sector)) {
        return t;
      }
    }
    return null;
  }

  private static final class BuiltIn {
    static final List<RateTable> TABLES = read();

    private static List<RateTable> read() {
      List<RateTable> list = new ArrayList<>();
      for (String file : BUILT_IN) {
        InputStream in = FundingData.class.getResourceAsStream("rates/" + file);
        if (in == null) {
          throw new IllegalStateException("resource rates/" + file + " missing");
        }
        list.add(load(new InputStreamReader(in, StandardCharsets.UTF_8), file));
      }
      return List.copyOf(list);
    }
  }

  /**
   * Loads a table from a file (UTF-8).
   *
   * @param file the file
   * @return the table
   * @throws InvalidValueException if the file breaks the format or a rate breaks its edition's
   *     range (the message names file, line and column)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RateTable load(Path file) {
    InvalidValueException.requirePresent(file, "file");
    try {
      return load(
          Files.newBufferedReader(file, StandardCharsets.UTF_8), file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Loads a table from text.
   *
   * @param reader the text; closed when done
   * @param name the name used in messages and in grants, e.g. the file name
   * @return the table
   * @throws InvalidValueException as {@link #load(Path)}
   */
  public static RateTable load(Reader reader, String name) {
    InvalidValueException.requirePresent(reader, "reader");
    DataFile f = DataFile.read(reader, InvalidValueException.requirePresent(name, "name"), HEADER);
    if (f.rows().isEmpty()) {
      throw new InvalidValueException(name, "", "at least one rate");
    }
    FundingData data = FundingData.builtIn();
    NationalAgencyCode agency = null;
    String sector = null;
    Map<String, Rate> rates = new HashMap<>();
    Rate[] index = new Rate[slot(Programme.values().length, 0, 0, 0, 0)];
    for (DataFile.Row r : f.rows()) {
      NationalAgencyCode a;
      try {
        a = NationalAgencyCode.parse(r.required("national_agency"));
      } catch (InvalidValueException e) {
        throw r.bad("national_agency", e.expected());
      }
      String s = r.required("sector").toUpperCase(Locale.ROOT);
      if (agency == null) {
        agency = a;
        sector = s;
      } else if (!agency.equals(a) || !sector.equals(s)) {
        throw r.bad("national_agency", "one agency and sector per table: " + agency + " " + sector);
      }
      Programme p = r.programme();
      int[] calls = r.calls();
      RateCategory category = r.participant();
      int group = (int) r.whole("group", 1, 3);
      String list = r.required("list").toLowerCase(Locale.ROOT);
      if (!list.equals("both")
          && !list.equals("eu_or_associated")
          && !list.equals("not_associated")) {
        throw r.bad("list", "eu_or_associated, not_associated or both");
      }
      long base = r.whole("eur_per_day", 1, 10_000);
      long day15 = r.wholeOrEmpty("eur_per_day_from_day15", 0, 10_000);
      if (day15 > base) {
        throw r.bad("eur_per_day_from_day15", "at most the base rate " + base);
      }
      Confidence c = r.confidence();
      if (c == null) {
        throw r.bad("confidence", "confirmed, secondary, inferred or unconfirmed");
      }
      Sourced source =
          new Sourced(
              "individual_support." + category.key() + "." + group,
              base * 100,
              c,
              r.sources(),
              r.where());
      Rate rate = new Rate(Money.ofEuros(base), day15 < 0 ? null : Money.ofEuros(day15), source);
      for (int y = calls[0]; y <= calls[1]; y++) {
        if (s.equals("VET")) {
          checkRange(r, data.rangeOf(p, y, category, group), base, y);
        }
        for (GroupList l : GroupList.values()) {
          if (list.equals("both") || list.equals(l.name().toLowerCase(Locale.ROOT))) {
            if (rates.put(key(p, y, category, group, l), rate) != null) {
              throw r.bad("calls", "one rate per call year, participant, group and list");
            }
            if (y >= FIRST_YEAR && y < FIRST_YEAR + YEARS) {
              index[slot(p.ordinal(), y - FIRST_YEAR, category.ordinal(), group, l.ordinal())] =
                  rate;
            }
          }
        }
      }
    }
    return new RateTable(name, agency, sector, Map.copyOf(rates), index);
  }

  private static void checkRange(DataFile.Row r, Sourced[] range, long base, int year) {
    if (range == null) {
      return;
    }
    long min = range[0].value();
    long max = range[1].value();
    if ((min >= 0 && base * 100 < min) || (max >= 0 && base * 100 > max)) {
      throw r.bad(
          "eur_per_day",
          "a rate within the Programme Guide range of call "
              + year
              + ": "
              + (min < 0 ? "?" : Long.toString(min / 100))
              + " to "
              + (max < 0 ? "?" : Long.toString(max / 100))
              + " EUR ("
              + range[1].sources()
              + ")");
    }
  }

  private static String key(Programme p, int year, RateCategory c, int group, GroupList list) {
    return p.key() + year + c + group + list;
  }

  /** Returns the rate, falling back from accompanying persons to staff; or {@code null}. */
  Rate rate(Edition e, RateCategory c, int group, GroupList list) {
    int year = e.callYear() - FIRST_YEAR;
    if (year >= 0 && year < YEARS && group >= 0 && group < GROUPS) {
      Rate r = index[slot(e.programme().ordinal(), year, c.ordinal(), group, list.ordinal())];
      if (r == null && c == RateCategory.ACCOMPANYING_PERSON) {
        r =
            index[
                slot(
                    e.programme().ordinal(),
                    year,
                    RateCategory.STAFF.ordinal(),
                    group,
                    list.ordinal())];
      }
      return r;
    }
    Rate r = rates.get(key(e.programme(), e.callYear(), c, group, list));
    if (r == null && c == RateCategory.ACCOMPANYING_PERSON) {
      r = rates.get(key(e.programme(), e.callYear(), RateCategory.STAFF, group, list));
    }
    return r;
  }

  @Override
  public String toString() {
    return name + " (" + agency + " " + sector + ")";
  }
}
