package io.github.vetmobility.examples.cli.input;

import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.organisation.Organisation;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.rules.ProjectTally;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the first pass of {@code check} reads of a row that names a project: the project, and the
 * parts of the mobility that core's {@link ProjectTally} reads. A {@link RowMapper} gives one only
 * for a row that it would map in full to a mobility (see {@link RowMapper#project}), so that both
 * passes agree on which rows are in a project.
 *
 * @param reference the project reference as written (VET or not: the caller decides)
 * @param activity the activity type
 * @param category the participant's category
 * @param startDate the first day of the activity
 * @param sending the sending organisation, as the full mapping builds it
 * @param receiving the receiving organisation, as the full mapping builds it
 * @param facts what the row states about the project itself, or {@code null} for nothing
 * @param line the physical line where the row starts
 */
public record ProjectRow(
    ProjectReference reference,
    ActivityType activity,
    ParticipantCategory category,
    LocalDate startDate,
    Organisation sending,
    Organisation receiving,
    ProjectFacts facts,
    long line) {
  /**
   * Returns the tally entry of the row: the same as core's {@code Entry.of(sequence, mobility)} for
   * the row's mobility (the layouts give no participant id).
   *
   * @param sequence the row's sequence number
   * @return the entry
   */
  public ProjectTally.Entry entry(int sequence) {
    return ProjectTally.Entry.of(
        sequence, activity, category, startDate, Optional.empty(), sending, receiving);
  }
}
