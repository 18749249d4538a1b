package io.github.vetmobility.examples.cli.input;

import java.util.Locale;

/**
 * The columns of the Commission's export of mobility periods that the checker reads, with the
 * header spellings met in published copies (the official names, and the short names of a common
 * renamed copy). Other columns (gender, age, nationality, field and level of education) are read
 * past: no VET rule depends on them.
 */
enum CommissionColumn {
  PROJECT_REFERENCE("projectreference"),
  ACADEMIC_YEAR("academicyear", "year"),
  START_MONTH("mobilitystartmonth", "mobilitystartmonthyear", "startmonth"),
  END_MONTH("mobilityendmonth", "mobilityendmonthyear", "endmonth"),
  DURATION("mobilityduration", "durationcalendardays", "duration"),
  ACTIVITY("activitymob", "activity"),
  PROFILE("participantprofile"),
  FEWER_OPPORTUNITIES("feweropportunities"),
  GROUP_LEADER("groupleader"),
  SENDING_COUNTRY("sendingcountrycode", "sendcountry"),
  SENDING_CITY("sendingcity", "sendcity"),
  SENDING_NAME("sendingorganization", "sendingorganisation", "sendingorganisationname", "sendorga"),
  SENDING_ERASMUS_CODE(
      "sendingorganisationerasmuscode", "sendingorganizationerasmuscode", "sendorgacode"),
  RECEIVING_COUNTRY("receivingcountrycode", "reccountry"),
  RECEIVING_CITY("receivingcity", "reccity"),
  RECEIVING_NAME(
      "receivingorganization",
      "receivingorganisation",
      "receivingorganisationname",
      "receivingorganinationname",
      "recorga"),
  RECEIVING_ERASMUS_CODE(
      "receivingorganisationerasmuscode", "receivingorganizationerasmuscode", "recorgacode"),
  PARTICIPANTS("participants");

  private final String[] keys;

  CommissionColumn(String... keys) {
    this.keys = keys;
  }

  /** Returns the official header text, as written in the data dictionary. */
  String label() {
    switch (this) {
      case PROJECT_REFERENCE:
        return "Project Reference";
      case ACADEMIC_YEAR:
        return "Academic Year";
      case START_MONTH:
        return "Mobility Start Month";
      case END_MONTH:
        return "Mobility End Month";
      case DURATION:
        return "Mobility Duration";
      case ACTIVITY:
        return "Activity (mob)";
      case PROFILE:
        return "Participant Profile";
      case FEWER_OPPORTUNITIES:
        return "Fewer Opportunities";
      case GROUP_LEADER:
        return "GroupLeader";
      case SENDING_COUNTRY:
        return "Sending Country Code";
      case SENDING_CITY:
        return "Sending City";
      case SENDING_NAME:
        return "Sending Organization";
      case SENDING_ERASMUS_CODE:
        return "Sending Organisation Erasmus Code";
      case RECEIVING_COUNTRY:
        return "Receiving Country Code";
      case RECEIVING_CITY:
        return "Receiving City";
      case RECEIVING_NAME:
        return "Receiving Organization";
      case RECEIVING_ERASMUS_CODE:
        return "Receiving Organisation Erasmus Code";
      default:
        return "Participants";
    }
  }

  /**
   * Finds the column of a header cell: case, spaces, punctuation and a damaged byte order mark
   * ({@code ï»¿}, a UTF-8 mark read as Windows-1252) do not matter.
   */
  static CommissionColumn find(String header) {
    String key = normalise(header);
    for (CommissionColumn c : values()) {
      for (String k : c.keys) {
        if (k.equals(key)) {
          return c;
        }
      }
    }
    return null;
  }

  static String normalise(String header) {
    String h = header.strip();
    if (h.startsWith("\u00ef\u00bb\u00bf")) {
      h = h.substring(3);
    }
    StringBuilder sb = new StringBuilder(h.length());
    for (char c : h.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
