package io.github.vetmobility.examples.cli.input;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.examples.cli.csv.CsvRecord;
import io.github.vetmobility.identifier.AccreditationCode;
import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.money.Money;
import io.github.vetmobility.organisation.Accreditation;
import io.github.vetmobility.organisation.AccreditationKind;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.participant.StaffLink;
import io.github.vetmobility.place.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/** Reads rows of the canonical layout (columns in any order, found by header name). */
final class CanonicalRows implements RowMapper {
  private final int[] index = new int[CanonicalColumn.values().length];
  private final int width;
  // Room for the projects of a large batch (1M generated rows name about 19,000): emptied when
  // full, a smaller cache parsed the reference of about every second row.
  private final ValueCache<ProjectReference> references =
      new ValueCache<>(ProjectReference::parse, 1 << 16);
  private static final ActivityType[] ACTIVITIES = ActivityType.values();
  private static final ParticipantCategory[] CATEGORIES = ParticipantCategory.values();
  // Keyed by side, OID, country and city as written: organisations repeat across a batch.
  private static final String SEP = "\u0000";

  private final ValueCache<Organisation> organisations =
      new ValueCache<>(
          key -> {
            throw new IllegalStateException("organisations are put, never parsed: " + key);
          },
          16_384);

  // Whether the header has any of the project columns (most batches have none).
  private final boolean anyProjectColumn;

  // Columns the layout does not know: ignored, and reported once by the command.
  private final List<String> ignored;

  CanonicalRows(List<String> header) {
    Arrays.fill(index, -1);
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      CanonicalColumn c = CanonicalColumn.find(header.get(i));
      if (c == null) {
        unknown.add(header.get(i));
      } else if (index[c.ordinal()] >= 0) {
        throw new HeaderException("column " + c.header() + " appears twice in the header");
      } else {
        index[c.ordinal()] = i;
      }
    }
    StringJoiner missing = new StringJoiner(", ");
    for (CanonicalColumn c : CanonicalColumn.values()) {
      if (c.required() && index[c.ordinal()] < 0) {
        missing.add(c.header());
      }
    }
    if (missing.length() > 0) {
      StringJoiner all = new StringJoiner(", ");
      for (CanonicalColumn c : CanonicalColumn.values()) {
        all.add(c.header() + (c.required() ? "" : " (optional)"));
      }
      // An unknown column is then likely the missing one misspelt: name both.
      throw new HeaderException(
          "canonical header: "
              + (unknown.isEmpty() ? "" : "unknown column(s) " + unknown + "; ")
              + "missing column(s) "
              + missing
              + "; expected "
              + all);
    }
    boolean projectColumns = false;
    for (CanonicalColumn c : ProjectFacts.COLUMNS) {
      projectColumns |= index[c.ordinal()] >= 0;
    }
    this.anyProjectColumn = projectColumns;
    this.ignored = List.copyOf(unknown);
    this.width = header.size();
  }

  @Override
  public List<String> ignoredColumns() {
    return ignored;
  }

  @Override
  public InputFormat format() {
    return InputFormat.CANONICAL;
  }

  private String cell(CsvRecord r, CanonicalColumn c) {
    int i = index[c.ordinal()];
    return i < 0 ? "" : r.get(i);
  }

  @Override
  public MappedRow map(CsvRecord r) {
    return (MappedRow) read(r, true);
  }

  @Override
  public ProjectRow project(CsvRecord r) {
    return (ProjectRow) read(r, false);
  }

  // One reading of the cells for both passes, so that the first pass accepts exactly the rows the
  // second one maps: full, it builds the mobility (a MappedRow); else it only checks the cells and
  // keeps what core's project tally reads (a ProjectRow, or null when the row names no project or
  // would not map). Building the mobility, not reading cells, is what the first pass saves.
  private Object read(CsvRecord r, boolean full) {
    long line = r.line();
    String id = null;
    if (full) {
      int idIndex = index[CanonicalColumn.MOBILITY_ID.ordinal()];
      id = idIndex < r.size() ? r.get(idIndex).strip() : "";
      id = id.isEmpty() ? null : id;
    }
    if (r.problem() != null) {
      return full ? MappedRow.invalid(line, id, "row", r.problem()) : null;
    }
    if (r.size() != width) {
      return full
          ? MappedRow.invalid(
              line, id, "row", "expected " + width + " fields as in the header, got " + r.size())
          : null;
    }
    CanonicalColumn column = CanonicalColumn.PROJECT_REFERENCE;
    try {
      Mobility.Builder m = full ? Mobility.builder() : null;
      if (full && id != null) {
        m.id(id);
      }
      String referenceText = cell(r, column);
      ProjectReference reference = null;
      if (!Cell.isEmpty(referenceText)) {
        reference = references.get(referenceText);
        if (full) {
          m.projectReference(reference);
        }
      } else if (!full) {
        return null; // in no project: nothing to tally
      }
      column = CanonicalColumn.ACTIVITY_TYPE;
      ActivityType activity = activity(required(r, column));

      column = CanonicalColumn.PARTICIPANT_CATEGORY;
      ParticipantCategory category = category(required(r, column));
      Participant.Builder p = full ? Participant.builder().category(category) : null;
      column = CanonicalColumn.FEWER_OPPORTUNITIES;
      Boolean fewer = Cell.bool(column.header(), cell(r, column));
      if (full && fewer != null) {
        p.fewerOpportunities(fewer);
      }
      column = CanonicalColumn.GRADUATION_DATE;
      LocalDate graduation = Cell.date(column.header(), cell(r, column));
      if (full && graduation != null) {
        p.graduationDate(graduation);
      }
      column = CanonicalColumn.STAFF_LINK;
      String link = cell(r, column).strip();
      if (!link.isEmpty()) {
        StaffLink staffLink = staffLink(link);
        if (full) {
          p.staffLink(staffLink);
        }
      }
      column = CanonicalColumn.SHORT_STAY_JUSTIFIED;
      Boolean justified = Cell.bool(column.header(), cell(r, column));
      if (full && justified != null) {
        m.shortStayJustified(justified);
      }
      column = CanonicalColumn.GROUP_SIZE;
      Integer groupSize = Cell.count(column.header(), cell(r, column));
      if (full && groupSize != null) {
        m.groupSize(groupSize);
      }
      column = CanonicalColumn.GROUP_COUNTRIES;
      String groupCountries = cell(r, column).strip();
      if (!groupCountries.isEmpty()) {
        for (String c : groupCountries.split(";", -1)) {
          CountryCode country = parse(column, c, CountryCode::parse);
          if (full) {
            m.addGroupCountries(country);
          }
        }
      }

      column = CanonicalColumn.START_DATE;
      LocalDate start = Cell.date(column.header(), required(r, column));
      column = CanonicalColumn.END_DATE;
      LocalDate end = Cell.date(column.header(), required(r, column));

      column = CanonicalColumn.TRAVEL_DAYS;
      Integer travel = Cell.count(column.header(), cell(r, column));
      column = CanonicalColumn.GREEN_TRAVEL;
      Boolean green = Cell.bool(column.header(), cell(r, column));

      column = CanonicalColumn.SENDING_CITY;
      Organisation sending =
          organisation(
              r,
              CanonicalColumn.SENDING_OID,
              CanonicalColumn.SENDING_COUNTRY,
              CanonicalColumn.SENDING_CITY,
              CanonicalColumn.SENDING_PIC,
              CanonicalColumn.SENDING_ACCREDITATION);
      column = CanonicalColumn.RECEIVING_CITY;
      Organisation receiving =
          organisation(
              r,
              CanonicalColumn.RECEIVING_OID,
              CanonicalColumn.RECEIVING_COUNTRY,
              CanonicalColumn.RECEIVING_CITY,
              CanonicalColumn.RECEIVING_PIC,
              null);

      column = CanonicalColumn.DISTANCE_KM;
      Double km = Cell.km(column.header(), cell(r, column));
      column = CanonicalColumn.ACCOMPANYING_PERSON;
      Boolean accompanied = Cell.bool(column.header(), cell(r, column));
      column = CanonicalColumn.VIRTUAL_DAYS;
      Integer virtual = Cell.count(column.header(), cell(r, column));
      column = CanonicalColumn.COURSE_DAYS;
      Integer course = Cell.count(column.header(), cell(r, column));
      column = CanonicalColumn.EXCEPTIONAL_TRAVEL_COST;
      String costText = cell(r, column);
      Money cost = Cell.isEmpty(costText) ? null : Money.parse(costText);
      // Read in both passes, so that a bad project cell makes the row invalid in both.
      column = null;
      ProjectFacts facts = anyProjectColumn ? facts(r) : null;
      if (!full) {
        // Core refuses a negative cost when it builds the mobility: the first pass does too.
        if (cost != null && cost.isNegative()) {
          return null;
        }
        return new ProjectRow(
            reference, activity, category, start, sending, receiving, facts, line);
      }
      m.activityType(activity).participant(p.build()).startDate(start).endDate(end);
      if (travel != null) {
        m.travelDays(travel);
      }
      if (green != null) {
        m.greenTravel(green);
      }
      m.sending(sending).receiving(receiving);
      if (km != null) {
        m.declaredDistanceKm(km);
      }
      if (accompanied != null) {
        m.accompanied(accompanied);
      }
      if (virtual != null) {
        m.virtualDays(virtual);
      }
      if (course != null) {
        m.courseDays(course);
      }
      if (cost != null) {
        m.exceptionalTravelCost(cost);
      }
      column = CanonicalColumn.CALL_YEAR;
      String callYear = cell(r, column).strip();
      // The builder's own checks name core's fields (exceptionalTravelCost, endDate, ...).
      column = null;
      return MappedRow.mobility(line, id, m.build(), callYear.isEmpty() ? null : callYear);
    } catch (InvalidValueException e) {
      if (!full) {
        return null; // the second pass reports it
      }
      // Cells name their column; core names its own field (exceptionalTravelCost is the column
      // exceptional_travel_cost), else the column being read, else the row.
      CanonicalColumn named = CanonicalColumn.find(e.field());
      if (named == null) {
        named = CanonicalColumn.find(snakeCase(e.field()));
      }
      String field = named != null ? named.header() : column != null ? column.header() : "row";
      return MappedRow.invalid(line, id, field, describe(e));
    }
  }

  // The project columns a row fills, or null when it fills none.
  private ProjectFacts facts(CsvRecord r) {
    Object[] values = new Object[ProjectFacts.COLUMNS.size()];
    boolean any = false;
    for (int i = 0; i < values.length; i++) {
      CanonicalColumn c = ProjectFacts.COLUMNS.get(i);
      String text = cell(r, c).strip();
      if (text.isEmpty()) {
        continue;
      }
      any = true;
      switch (c) {
        case BENEFICIARY_OID:
          values[i] = parse(c, text, OrganisationId::parse);
          break;
        case BENEFICIARY_COUNTRY:
          values[i] = parse(c, text, CountryCode::parse);
          break;
        case BENEFICIARY_ACCREDITATION:
          values[i] = parse(c, text, AccreditationCode::parse);
          break;
        case PROJECT_GRANT:
        case PROJECT_NOT_ASSOCIATED_GRANT:
        case PROJECT_COURSES_GRANT:
          Money amount = parse(c, text, Money::parse);
          if (amount.isNegative()) {
            throw InvalidValueException.withoutStackTrace(
                c.header(), text, "an amount of 0 or more");
          }
          values[i] = amount;
          break;
        default: // the dates
          values[i] = Cell.date(c.header(), text);
          break;
      }
    }
    if (!any) {
      return null;
    }
    // The beneficiary is an organisation of a country; an accreditation has a first day.
    if ((values[0] != null || values[2] != null) && values[1] == null) {
      throw InvalidValueException.withoutStackTrace(
          CanonicalColumn.BENEFICIARY_COUNTRY.header(),
          null,
          "the beneficiary's country, with "
              + (values[0] != null ? "beneficiary_oid" : "beneficiary_accreditation"));
    }
    if (values[2] != null && values[3] == null) {
      throw InvalidValueException.withoutStackTrace(
          CanonicalColumn.BENEFICIARY_ACCREDITATION_FROM.header(),
          null,
          "the first day of validity of beneficiary_accreditation");
    }
    return new ProjectFacts(values);
  }

  private static String snakeCase(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  // The exact codes first: they are what files hold, and comparing them allocates nothing.
  private static ActivityType activity(String text) {
    for (ActivityType t : ACTIVITIES) {
      if (t.code().equals(text)) {
        return t;
      }
    }
    return ActivityType.parse(text);
  }

  private static StaffLink staffLink(String text) {
    for (StaffLink l : StaffLink.values()) {
      if (l.name().equalsIgnoreCase(text)) {
        return l;
      }
    }
    throw InvalidValueException.withoutStackTrace(
        CanonicalColumn.STAFF_LINK.header(), text, "employed, regularly_engaged or none");
  }

  private static ParticipantCategory category(String text) {
    for (ParticipantCategory c : CATEGORIES) {
      if (c.key().equals(text)) {
        return c;
      }
    }
    return ParticipantCategory.parse(text);
  }

  private Organisation organisation(
      CsvRecord r,
      CanonicalColumn oidColumn,
      CanonicalColumn country,
      CanonicalColumn city,
      CanonicalColumn picColumn,
      CanonicalColumn accreditationColumn) {
    String oid = cell(r, oidColumn).strip();
    String cityName = cell(r, city).strip();
    String pic = cell(r, picColumn).strip();
    String accreditation = accreditationColumn == null ? "" : cell(r, accreditationColumn).strip();
    CountryCode code = parse(country, required(r, country), CountryCode::parse);
    // Organisations with a PIC or an accreditation are built for their row: rare, and a cached
    // value must never change what a row says.
    boolean plain = pic.isEmpty() && accreditation.isEmpty();
    // An organisation is looked up by its OID (or country and city without one) and used again
    // only if it matches the row, so a cached value never changes what a row says.
    String key = oid.isEmpty() ? code.code() + SEP + cityName : oid;
    Organisation known = plain ? organisations.peek(key) : null;
    if (known != null && known.country() == code && cityName.equals(cityOf(known))) {
      return known;
    }
    Organisation.Builder o = Organisation.builder();
    if (!oid.isEmpty()) {
      o.oid(parse(oidColumn, oid, OrganisationId::parse));
    }
    o.country(code);
    if (!cityName.isEmpty()) {
      o.place(Place.of(cityName, code));
    }
    if (!pic.isEmpty()) {
      o.pic(parse(picColumn, pic, Pic::parse));
    }
    if (!accreditation.isEmpty()) {
      CanonicalColumn from = CanonicalColumn.SENDING_ACCREDITATION_FROM;
      LocalDate validFrom = Cell.date(from.header(), cell(r, from));
      if (validFrom == null) {
        throw InvalidValueException.withoutStackTrace(
            from.header(), null, "the first day of validity of " + accreditationColumn.header());
      }
      o.addAccreditations(
          Accreditation.builder()
              .kind(AccreditationKind.ERASMUS_ACCREDITATION)
              .code(parse(accreditationColumn, accreditation, AccreditationCode::parse))
              .validFrom(validFrom)
              .build());
      return o.build();
    }
    if (!plain) {
      return o.build();
    }
    Organisation built = o.build();
    organisations.put(key, built);
    return built;
  }

  private static String cityOf(Organisation o) {
    Place place = o.place().orElse(null);
    return place == null ? "" : place.city();
  }

  // Re-labels a failure with the column, since one builder call covers three columns.
  private static <T> T parse(
      CanonicalColumn column, String text, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (InvalidValueException e) {
      throw InvalidValueException.withoutStackTrace(column.header(), e.value(), e.expected());
    }
  }

  private String required(CsvRecord r, CanonicalColumn column) {
    String text = cell(r, column);
    if (Cell.isEmpty(text)) {
      throw InvalidValueException.withoutStackTrace(
          column.header(), null, "a value (the column is required)");
    }
    return text;
  }

  static String describe(InvalidValueException e) {
    return (e.value() == null ? "missing" : "got '" + e.value() + "'")
        + ", expected "
        + e.expected();
  }
}
