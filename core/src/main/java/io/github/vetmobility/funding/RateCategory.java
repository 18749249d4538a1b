package io.github.vetmobility.funding;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.Text;
import io.github.vetmobility.participant.ParticipantCategory;
import java.util.Locale;

/**
 * Whose daily rate of individual support applies: a learner's, a staff member's, or an escort's.
 */
public enum RateCategory {
  /** VET learners, apprentices and recent graduates. */
  LEARNER("learner"),
  /** Staff, and invited experts. */
  STAFF("staff"),
  /** Accompanying persons; they get staff rates unless a table gives their own. */
  ACCOMPANYING_PERSON("accompanying_person");

  private final String key;

  RateCategory(String key) {
    this.key = key;
  }

  /** {@return the key used in rate tables, for example {@code accompanying_person}} */
  public String key() {
    return key;
  }

  /**
   * Returns the rate category of a participant category, or {@code null} for teachers in training
   * (whose individual support the sending institution pays).
   *
   * @param category the participant category
   * @return the rate category, or {@code null}
   */
  public static RateCategory of(ParticipantCategory category) {
    switch (InvalidValueException.requirePresent(category, "participant.category")) {
      case VET_LEARNER:
      case APPRENTICE:
      case RECENT_GRADUATE:
        return LEARNER;
      case STAFF:
      case INVITED_EXPERT:
        return STAFF;
      case ACCOMPANYING_PERSON:
        return ACCOMPANYING_PERSON;
      default:
        return null;
    }
  }

  /**
   * Parses a key ({@code learner}, {@code staff}, {@code accompanying_person}; also {@code
   * vet_learner}) in any case.
   *
   * @param text the key
   * @return the category
   * @throws InvalidValueException if {@code text} is {@code null} or unknown
   */
  public static RateCategory parse(CharSequence text) {
    if (text != null) {
      String s = Text.strip(text).toLowerCase(Locale.ROOT);
      for (RateCategory c : values()) {
        if (c.key.equals(s)) {
          return c;
        }
      }
      if (s.equals("vet_learner")) {
        return LEARNER;
      }
    }
    throw new InvalidValueException(
        "participant", text, "one of learner, staff, accompanying_person");
  }
}
