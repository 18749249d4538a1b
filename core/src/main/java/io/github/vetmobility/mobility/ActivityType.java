package io.github.vetmobility.mobility;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.internal.Text;
import java.util.Locale;

/**
 * The kind of a VET mobility activity, by its Beneficiary Module code.
 *
 * <p>{@code LM-GROUP-VET} and {@code PREP-VISIT} are codes of this library: the Beneficiary Module
 * has no code for them (preparatory visits have their own section). Activities of 2014-2020
 * projects (KA102/KA116) use the same codes: the learner traineeship is {@link #LM_SHORT_VET} (up
 * to 12 months before the 2018 call), ErasmusPro is {@link #LM_LONG_VET}, staff training abroad is
 * {@link #SM_JOB_SHDW}, and teaching or training assignments are {@link #SM_TTA}.
 */
public enum ActivityType {
  /** Participation in VET skills competitions (learners). */
  LM_SKILL_VET("LM-SKILL-VET", Kind.LEARNER),
  /** Short-term learning mobility of VET learners (10 to 89 days). */
  LM_SHORT_VET("LM-SHORT-VET", Kind.LEARNER),
  /** Long-term learning mobility of VET learners, ErasmusPro (90 to 365 days). */
  LM_LONG_VET("LM-LONG-VET", Kind.LEARNER),
  /** Group mobility of VET learners (library code). */
  LM_GROUP_VET("LM-GROUP-VET", Kind.LEARNER),
  /** Job shadowing (staff). */
  SM_JOB_SHDW("SM-JOB-SHDW", Kind.STAFF),
  /** Teaching or training assignments (staff). */
  SM_TTA("SM-TTA", Kind.STAFF),
  /** Courses and training (staff). */
  SM_COUR_TRAIN("SM-COUR-TRAIN", Kind.STAFF),
  /** Invited experts (incoming). */
  OA_INV_EXP("OA-INV-EXP", Kind.INCOMING),
  /** Hosting teachers and educators in training (incoming). */
  OA_HOS_TTT("OA-HOS-TTT", Kind.INCOMING),
  /** Preparatory visit (library code). */
  PREP_VISIT("PREP-VISIT", Kind.PREPARATORY);

  /** The broad kind of an activity: who moves, and in which direction. */
  public enum Kind {
    /** Learners go abroad. */
    LEARNER,
    /** Staff go abroad. */
    STAFF,
    /** Experts or teachers in training come to the beneficiary. */
    INCOMING,
    /** A visit that prepares mobility activities. */
    PREPARATORY
  }

  private final String code;
  private final Kind kind;

  ActivityType(String code, Kind kind) {
    this.code = code;
    this.kind = kind;
  }

  /** {@return the code, for example {@code SM-JOB-SHDW}} */
  public String code() {
    return code;
  }

  /** {@return the broad kind of the activity} */
  public Kind kind() {
    return kind;
  }

  /**
   * Parses an activity code in any case; {@code _} may stand for {@code -}.
   *
   * @param text the code, e.g. {@code "LM-SHORT-VET"}
   * @return the activity type
   * @throws InvalidValueException if {@code text} is {@code null} or unknown
   */
  public static ActivityType parse(CharSequence text) {
    if (text != null) {
      String s = Text.strip(text).toUpperCase(Locale.ROOT).replace('_', '-');
      for (ActivityType t : values()) {
        if (t.code.equals(s)) {
          return t;
        }
      }
    }
    throw new InvalidValueException(
        "activityType",
        text,
        "a Beneficiary Module code: LM-SKILL-VET, LM-SHORT-VET, LM-LONG-VET, LM-GROUP-VET,"
            + " SM-JOB-SHDW, SM-TTA, SM-COUR-TRAIN, OA-INV-EXP, OA-HOS-TTT or PREP-VISIT");
  }

  @Override
  public String toString() {
    return code;
  }
}
