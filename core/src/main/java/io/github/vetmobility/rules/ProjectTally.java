package io.github.vetmobility.rules;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.participant.ParticipantCategory;
import io.github.vetmobility.project.Project;
import io.github.vetmobility.rules.internal.ProjectChecks;
import io.github.vetmobility.rules.internal.Tally;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A project whose mobilities are counted one at a time instead of held in a list: what a batch of
 * any size needs to run the project-level rules and rank the project's participants, in memory that
 * does not grow with the participants. Obtain one from {@link RuleBook#tally(Project)}, {@link
 * #add} every mobility of the project, then {@link RuleBook#assess(ProjectTally)}.
 *
 * <p><b>Order.</b> Each mobility comes with a sequence number, strictly increasing from one {@code
 * add} to the next (the order of the host's list, or of the lines of a file). Participants are
 * ranked by start date, then by sequence number: that decides which participant is the 31st of a
 * KA122 project and which ones come after the 100th for organisational support, whatever order the
 * mobilities arrive in.
 *
 * <p><b>Memory.</b> Ranks keep the smallest keys they need (the first 100 per activity type, the
 * first participants up to the KA122 cap); groups are kept for courses and preparatory visits only;
 * the hosting organisations of other activities are remembered up to a bound (beyond it, the rule
 * on preparatory visits before courses is not evaluated when it would fail, and says so).
 * Participant ids, when given, are remembered so that one person counts once.
 *
 * <p>Not thread-safe; once assessed, no more mobilities can be added.
 */
public final class ProjectTally {
  /** The hosting organisations of other activities remembered per project. */
  public static final int OTHER_HOSTS = 32;

  /**
   * What the project-level rules read of one mobility.
   *
   * @param sequence its place in the caller's order (0 or more, increasing)
   * @param activity the activity type
   * @param category the participant's category
   * @param startDate the first day of the activity
   * @param participantId the participant's id, if known (one person counts once)
   * @param host the receiving organisation's identity (OID, else PIC, else the organisation: {@link
   *     #identity}), or empty when unknown
   * @param hostName the receiving organisation as messages name it
   * @param sender the sending organisation's identity, or empty when unknown
   */
  public record Entry(
      int sequence,
      ActivityType activity,
      ParticipantCategory category,
      LocalDate startDate,
      Optional<String> participantId,
      Optional<Object> host,
      String hostName,
      Optional<Object> sender) {
    /**
     * Checks the values.
     *
     * @param sequence its place in the caller's order (0 or more, increasing)
     * @param activity the activity type
     * @param category the participant's category
     * @param startDate the first day of the activity
     * @param participantId the participant's id, if known (one person counts once)
     * @param host the receiving organisation's identity, or empty when unknown
     * @param hostName the receiving organisation as messages name it
     * @param sender the sending organisation's identity, or empty when unknown
     */
    public Entry {
      if (sequence < 0) {
        throw new InvalidValueException("sequence", sequence, "0 or more");
      }
      InvalidValueException.requirePresent(activity, "activity");
      InvalidValueException.requirePresent(category, "category");
      InvalidValueException.requirePresent(startDate, "startDate");
      InvalidValueException.requirePresent(participantId, "participantId");
      InvalidValueException.requirePresent(host, "host");
      InvalidValueException.requirePresent(hostName, "hostName");
      InvalidValueException.requirePresent(sender, "sender");
    }

    /**
     * Returns the entry of a mobility.
     *
     * @param sequence its place in the caller's order
     * @param mobility the mobility
     * @return the entry
     */
    public static Entry of(int sequence, Mobility mobility) {
      InvalidValueException.requirePresent(mobility, "mobility");
      return of(
          sequence,
          mobility.activityType(),
          mobility.participant().category(),
          mobility.startDate(),
          mobility.participant().id(),
          mobility.sending(),
          mobility.receiving());
    }

    /**
     * Returns the entry of a mobility given by the parts the project-level rules read, for a host
     * that reads them without building the whole {@link Mobility} (a batch's first pass): the same
     * entry as {@link #of(int, Mobility)} for a mobility with these parts.
     *
     * @param sequence its place in the caller's order
     * @param activity the activity type
     * @param category the participant's category
     * @param startDate the first day of the activity
     * @param participantId the participant's id, if known
     * @param sending the sending organisation
     * @param receiving the receiving organisation
     * @return the entry
     * @throws InvalidValueException if a part is missing or the sequence is negative
     */
    public static Entry of(
        int sequence,
        ActivityType activity,
        ParticipantCategory category,
        LocalDate startDate,
        Optional<String> participantId,
        io.github.vetmobility.organisation.Organisation sending,
        io.github.vetmobility.organisation.Organisation receiving) {
      InvalidValueException.requirePresent(sending, "sending");
      InvalidValueException.requirePresent(receiving, "receiving");
      return new Entry(
          sequence,
          activity,
          category,
          startDate,
          participantId,
          Optional.of(identity(receiving)),
          ProjectChecks.name(receiving),
          Optional.of(identity(sending)));
    }

    /** Returns the key participants are ranked by: start date, then sequence. */
    long key() {
      return Tally.key(startDate, sequence);
    }
  }

  private final RuleBook book;
  private Project project;
  private final Tally tally;
  private boolean frozen;
  private int lastSequence = -1;

  ProjectTally(RuleBook book, Project project, int otherHosts) {
    this.book = book;
    this.project = project;
    int cap =
        book.action().map(KeyAction.KA122::equals).orElse(false)
            ? book.data().number("ka122.max_participants")
            : 0;
    // An unknown or absent cap ranks nobody for it; no limit neither.
    this.tally = new Tally(cap > 0 && cap < 1_000_000 ? cap : 0, otherHosts);
    List<Mobility> listed = project.mobilities();
    for (int i = 0; i < listed.size(); i++) {
      add(Entry.of(i, listed.get(i)));
    }
  }

  /**
   * Returns the identity by which the project-level rules tell organisations apart: the OID, else
   * the PIC, else the organisation itself (all its data).
   *
   * @param organisation the organisation
   * @return its identity
   */
  public static Object identity(io.github.vetmobility.organisation.Organisation organisation) {
    return ProjectChecks.identity(
        InvalidValueException.requirePresent(organisation, "organisation"));
  }

  /** {@return the rule book} */
  public RuleBook ruleBook() {
    return book;
  }

  /** {@return the project (reference, beneficiary, dates, grants; its listed mobilities)} */
  public Project project() {
    return project;
  }

  /**
   * Replaces what the tally knows of the project itself (beneficiary, partners, dates, grants), for
   * a host that learns it while it adds the mobilities (a batch whose rows state it); the
   * mobilities added so far stay.
   *
   * @param described the project: the same reference, no listed mobilities
   * @return this tally
   * @throws InvalidValueException if the project is missing, has another reference or lists
   *     mobilities
   * @throws IllegalStateException if the tally was assessed already
   */
  public ProjectTally describe(Project described) {
    InvalidValueException.requirePresent(described, "project");
    if (!described.reference().equals(project.reference())) {
      throw new InvalidValueException(
          "project.reference", described.reference(), "the tally's " + project.reference());
    }
    if (!described.mobilities().isEmpty()) {
      throw new InvalidValueException(
          "project.mobilities", described.mobilities().size(), "none (add them to the tally)");
    }
    if (frozen) {
      throw new IllegalStateException("the tally was assessed: the project cannot change");
    }
    project = described;
    return this;
  }

  /** {@return the number of mobilities added} */
  public long size() {
    return tally.entries();
  }

  /**
   * Adds a mobility, with the sequence number after the last one.
   *
   * @param mobility the mobility
   * @return this tally
   * @throws InvalidValueException if the mobility is missing
   * @throws IllegalStateException if the tally was assessed already
   */
  public ProjectTally add(Mobility mobility) {
    return add(Entry.of(lastSequence + 1, mobility));
  }

  /**
   * Adds what the project-level rules read of one mobility.
   *
   * @param entry the entry; its sequence is above the last one added
   * @return this tally
   * @throws IllegalArgumentException if the sequence is not above the last one
   * @throws IllegalStateException if the tally was assessed already
   */
  public ProjectTally add(Entry entry) {
    InvalidValueException.requirePresent(entry, "entry");
    if (frozen) {
      throw new IllegalStateException("the tally was assessed: no more mobilities can be added");
    }
    tally.add(
        entry.sequence(),
        entry.activity(),
        entry.category(),
        entry.startDate(),
        entry.participantId().orElse(null),
        entry.host().orElse(null),
        entry.hostName(),
        entry.sender().orElse(null));
    lastSequence = entry.sequence();
    return this;
  }

  Tally freeze() {
    if (!frozen) {
      frozen = true;
      tally.freeze(); // from here on read-only: the second pass reads ranks from many threads
    }
    return tally;
  }
}
