package io.github.vetmobility.examples.cli.input;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.country.CountryCode;
import io.github.vetmobility.examples.cli.check.RowChecker;
import io.github.vetmobility.examples.cli.csv.CsvRecord;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.Participant;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.place.Place;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads rows of the Commission's export of mobility periods.
 *
 * <p>The export is coarser than a mobility: it gives start and end months and a duration in
 * calendar days, not dates. The row's mobility starts on the first day of its start month and lasts
 * the duration (both days counted); when that would end before its end month, it is moved to end on
 * the first day of the end month. Travel days, green travel and OIDs are not in the export: they
 * stay unknown. Rows of actions other than VET mobility (KA102, KA116, KA121-VET, KA122-VET) are
 * out of scope; rows without a project reference are out of scope when their organisations carry
 * Erasmus codes (higher-education charter holders), else invalid.
 */
final class CommissionRows implements RowMapper {
  private static final String PLACEHOLDER_PREFIX = "???";

  private final int[] index = new int[CommissionColumn.values().length];
  private final int width;

  CommissionRows(List<String> header) {
    Arrays.fill(index, -1);
    for (int i = 0; i < header.size(); i++) {
      CommissionColumn c = CommissionColumn.find(header.get(i));
      if (c != null && index[c.ordinal()] < 0) {
        index[c.ordinal()] = i;
      }
    }
    width = header.size();
  }

  @Override
  public InputFormat format() {
    return InputFormat.COMMISSION;
  }

  // A cell's text, with the export's placeholders for "not applicable" ("-", "???...") as empty.
  private String cell(CsvRecord r, CommissionColumn c) {
    int i = index[c.ordinal()];
    if (i < 0) {
      return "";
    }
    String s = r.get(i).strip();
    return s.equals("-") || s.startsWith(PLACEHOLDER_PREFIX) ? "" : s;
  }

  @Override
  public MappedRow map(CsvRecord r) {
    return (MappedRow) read(r, true);
  }

  @Override
  public ProjectRow project(CsvRecord r) {
    return (ProjectRow) read(r, false);
  }

  // One reading for both passes (see CanonicalRows.read): full, a MappedRow; else a ProjectRow,
  // or null when the row is in no VET project or would not map.
  private Object read(CsvRecord r, boolean full) {
    long line = r.line();
    if (r.problem() != null) {
      return full ? MappedRow.invalid(line, null, "row", r.problem()) : null;
    }
    if (r.size() != width) {
      return full
          ? MappedRow.invalid(
              line, null, "row", "expected " + width + " fields as in the header, got " + r.size())
          : null;
    }
    CommissionColumn column = CommissionColumn.PROJECT_REFERENCE;
    try {
      String referenceText = cell(r, column);
      ProjectReference reference = null;
      if (referenceText.isEmpty()) {
        if (!full) {
          return null;
        }
        boolean charter =
            !cell(r, CommissionColumn.SENDING_ERASMUS_CODE).isEmpty()
                || !cell(r, CommissionColumn.RECEIVING_ERASMUS_CODE).isEmpty();
        if (charter) {
          return MappedRow.outOfScope(
              line,
              null,
              column.label(),
              "no project reference, and the organisations have Erasmus codes"
                  + " (higher-education charter holders): not a VET mobility row");
        }
        throw InvalidValueException.withoutStackTrace(
            column.label(), null, "a project reference (it names the action and call year)");
      }
      reference = ProjectReference.parse(referenceText);
      if (!RowChecker.isVetMobility(reference)) {
        if (!full) {
          return null;
        }
        return MappedRow.outOfScope(
            line,
            null,
            column.label(),
            reference.keyAction()
                + reference.field().map(f -> "-" + f).orElse("")
                + " is not VET mobility (KA102, KA116, KA121-VET, KA122-VET)");
      }

      column = CommissionColumn.ACTIVITY;
      ActivityType activity = CommissionActivity.parse(column.label(), required(r, column));

      column = CommissionColumn.PROFILE;
      ParticipantCategory category = category(activity, cell(r, column), r);
      column = CommissionColumn.FEWER_OPPORTUNITIES;
      Boolean fewer = Cell.bool(column.label(), cell(r, column));

      column = CommissionColumn.START_MONTH;
      YearMonth startMonth = month(column, required(r, column));
      column = CommissionColumn.END_MONTH;
      String endText = cell(r, column);
      YearMonth endMonth = endText.isEmpty() ? null : month(column, endText);
      column = CommissionColumn.DURATION;
      int days = duration(required(r, column));
      LocalDate start = startMonth.atDay(1);
      LocalDate end = start.plusDays(days - 1L);
      if (endMonth != null && days > 0 && YearMonth.from(end).isBefore(endMonth)) {
        end = endMonth.atDay(1);
        start = end.minusDays(days - 1L);
      }

      column = CommissionColumn.SENDING_COUNTRY;
      Organisation sending =
          organisation(
              r,
              CommissionColumn.SENDING_COUNTRY,
              CommissionColumn.SENDING_CITY,
              CommissionColumn.SENDING_NAME);
      column = CommissionColumn.RECEIVING_COUNTRY;
      Organisation receiving =
          organisation(
              r,
              CommissionColumn.RECEIVING_COUNTRY,
              CommissionColumn.RECEIVING_CITY,
              CommissionColumn.RECEIVING_NAME);

      if (!full) {
        return new ProjectRow(reference, activity, category, start, sending, receiving, null, line);
      }
      Participant.Builder p = Participant.builder().category(category);
      if (fewer != null) {
        p.fewerOpportunities(fewer);
      }
      Mobility mobility =
          Mobility.builder()
              .projectReference(reference)
              .activityType(activity)
              .participant(p.build())
              .startDate(start)
              .endDate(end)
              .sending(sending)
              .receiving(receiving)
              .build();
      return MappedRow.mobility(line, null, mobility, null);
    } catch (InvalidValueException e) {
      if (!full) {
        return null; // the second pass reports it
      }
      return MappedRow.invalid(line, null, column.label(), CanonicalRows.describe(e));
    }
  }

  private ParticipantCategory category(ActivityType activity, String profile, CsvRecord r) {
    Boolean leader =
        Cell.bool(CommissionColumn.GROUP_LEADER.label(), cell(r, CommissionColumn.GROUP_LEADER));
    if (Boolean.TRUE.equals(leader)) {
      return ParticipantCategory.ACCOMPANYING_PERSON;
    }
    switch (activity.kind()) {
      case INCOMING:
        return activity == ActivityType.OA_INV_EXP
            ? ParticipantCategory.INVITED_EXPERT
            : ParticipantCategory.TEACHER_IN_TRAINING;
      case LEARNER:
        return ParticipantCategory.VET_LEARNER;
      default:
        if (profile.toLowerCase(Locale.ROOT).startsWith("learner")) {
          return ParticipantCategory.VET_LEARNER;
        }
        return ParticipantCategory.STAFF;
    }
  }

  private Organisation organisation(
      CsvRecord r, CommissionColumn country, CommissionColumn city, CommissionColumn name) {
    CountryCode code = CountryCode.parse(required(r, country));
    Organisation.Builder o = Organisation.builder().country(code);
    String cityName = cell(r, city);
    if (!cityName.isEmpty()) {
      o.place(Place.of(cityName, code));
    }
    String legalName = cell(r, name);
    if (!legalName.isEmpty()) {
      o.legalName(legalName);
    }
    return o.build();
  }

  private String required(CsvRecord r, CommissionColumn column) {
    String text = cell(r, column);
    if (text.isEmpty()) {
      throw InvalidValueException.withoutStackTrace(
          column.label(), null, "a value (the column is required)");
    }
    return text;
  }

  private static YearMonth month(CommissionColumn column, String text) {
    String s = text.strip();
    try {
      if (s.length() == 7 && s.charAt(4) == '-') {
        return YearMonth.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10));
      }
    } catch (NumberFormatException | DateTimeException e) {
      // reported below
    }
    throw InvalidValueException.withoutStackTrace(column.label(), text, "a month YYYY-MM");
  }

  private static int duration(String text) {
    String s = text.strip();
    try {
      int days = Integer.parseInt(s);
      if (days > -1000 && days < 10_000) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw InvalidValueException.withoutStackTrace(
        CommissionColumn.DURATION.label(), text, "a number of calendar days");
  }
}
