package io.github.vetmobility.participant;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.Text;
import java.util.Locale;

/** Who a participant is, in the categories of the VET mobility rules. */
public enum ParticipantCategory {
  /** A learner in initial or continuing VET (school-based). */
  VET_LEARNER("learner"),
  /** An apprentice (work-based VET learner). */
  APPRENTICE("apprentice"),
  /** A recent graduate of a VET programme; eligible within 12 months of graduation. */
  RECENT_GRADUATE("recent_graduate"),
  /** Staff of the sending organisation (teachers, trainers, other staff, experts). */
  STAFF("staff"),
  /** A person who accompanies learners or participants with fewer opportunities. */
  ACCOMPANYING_PERSON("accompanying_person"),
  /** An expert invited to the beneficiary organisation from abroad. */
  INVITED_EXPERT("invited_expert"),
  /** A teacher or educator in training hosted by the beneficiary organisation. */
  TEACHER_IN_TRAINING("teacher_in_training");

  private final String key;

  ParticipantCategory(String key) {
    this.key = key;
  }

  /** {@return the lower-case key used in CSV files, for example {@code recent_graduate}} */
  public String key() {
    return key;
  }

  /**
   * {@return whether this category is a VET learner of any kind (learner, apprentice, recent
   * graduate)}
   */
  public boolean isLearner() {
    return this == VET_LEARNER || this == APPRENTICE || this == RECENT_GRADUATE;
  }

  /**
   * Parses a category by its key or constant name in any case, with {@code -} or {@code _} or a
   * space between words: {@code learner}, {@code VET_LEARNER}, {@code Recent graduate}.
   *
   * @param text the category
   * @return the category
   * @throws InvalidValueException if {@code text} is {@code null} or unknown
   */
  public static ParticipantCategory parse(CharSequence text) {
    if (text != null) {
      String s = Text.strip(text).toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
      for (ParticipantCategory c : values()) {
        if (c.key.equals(s) || c.name().toLowerCase(Locale.ROOT).equals(s)) {
          return c;
        }
      }
    }
    throw new InvalidValueException(
        "participantCategory",
        text,
        "one of learner, apprentice, recent_graduate, staff, accompanying_person,"
            + " invited_expert, teacher_in_training");
  }
}
