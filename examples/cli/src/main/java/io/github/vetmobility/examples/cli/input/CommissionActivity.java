package io.github.vetmobility.examples.cli.input;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.mobility.ActivityType;
import java.util.Locale;

/**
 * Maps the activity text of the Commission's export ("Activity (mob)") to a Beneficiary Module
 * activity code. The export writes activities in words, and the words changed between programmes;
 * the mapping goes by the words that tell the activities apart, first match wins:
 *
 * <table>
 *   <caption>activity words to codes</caption>
 *   <tr><th>the text contains</th><th>code</th></tr>
 *   <tr><td>a Beneficiary Module code itself</td><td>that code</td></tr>
 *   <tr><td>erasmuspro, long-term</td><td>LM-LONG-VET</td></tr>
 *   <tr><td>competition</td><td>LM-SKILL-VET</td></tr>
 *   <tr><td>group mobility</td><td>LM-GROUP-VET</td></tr>
 *   <tr><td>invited expert</td><td>OA-INV-EXP</td></tr>
 *   <tr><td>hosting teacher, educators in training</td><td>OA-HOS-TTT</td></tr>
 *   <tr><td>preparatory, advance planning</td><td>PREP-VISIT</td></tr>
 *   <tr><td>teaching</td><td>SM-TTA</td></tr>
 *   <tr><td>course</td><td>SM-COUR-TRAIN</td></tr>
 *   <tr><td>job shadowing, staff training</td><td>SM-JOB-SHDW</td></tr>
 *   <tr><td>traineeship, learner, short-term</td><td>LM-SHORT-VET</td></tr>
 * </table>
 *
 * <p>In 2014-2020 projects "staff training abroad" is job shadowing (structured courses were a
 * separate activity), and a learner traineeship of any length before the 2018 call is short-term
 * learning mobility, as the {@link ActivityType} documentation says.
 */
final class CommissionActivity {
  private static final String[][] WORDS = {
    {"erasmuspro", "LM-LONG-VET"},
    {"long-term", "LM-LONG-VET"},
    {"long term", "LM-LONG-VET"},
    {"competition", "LM-SKILL-VET"},
    {"group mobility", "LM-GROUP-VET"},
    {"invited expert", "OA-INV-EXP"},
    {"hosting teacher", "OA-HOS-TTT"},
    {"educators in training", "OA-HOS-TTT"},
    {"preparatory", "PREP-VISIT"},
    {"advance planning", "PREP-VISIT"},
    {"teaching", "SM-TTA"},
    {"course", "SM-COUR-TRAIN"},
    {"job shadowing", "SM-JOB-SHDW"},
    {"staff training", "SM-JOB-SHDW"},
    {"traineeship", "LM-SHORT-VET"},
    {"learner", "LM-SHORT-VET"},
    {"short-term", "LM-SHORT-VET"},
  };

  private CommissionActivity() {}

  /**
   * Returns the activity type of an activity text.
   *
   * @param column the column name for the error
   * @param text the activity, e.g. "Staff training abroad"
   * @return the type
   * @throws InvalidValueException if no word matches
   */
  static ActivityType parse(String column, String text) {
    try {
      return ActivityType.parse(text);
    } catch (InvalidValueException notACode) {
      // not a code: try the words
    }
    String s = text.toLowerCase(Locale.ROOT);
    for (String[] w : WORDS) {
      if (s.contains(w[0])) {
        return ActivityType.parse(w[1]);
      }
    }
    throw InvalidValueException.withoutStackTrace(
        column,
        text,
        "a VET activity (traineeship, ErasmusPro, job shadowing, staff training, teaching"
            + " assignment, course, ...) or a Beneficiary Module code");
  }
}
