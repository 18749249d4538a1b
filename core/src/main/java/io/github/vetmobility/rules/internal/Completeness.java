package io.github.vetmobility.rules.internal;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.rules.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks that a rule-book file states, for every call it declares, every key that the rules of its
 * programme read: a missing key would make a rule silently not apply. "Does not apply" and "no
 * limit" are written as values ({@code no}, {@code none}), "not known" as {@code unknown}. Not part
 * of the API.
 *
 * <p>The keys a programme's rules read are those of the library's own file for that programme,
 * except the country lists (regions, overseas countries, outermost regions), which a file states
 * only for the countries it lists. An activity's keys are needed only where the file offers the
 * activity (or does not know whether it does); the keys of one key action only where the file
 * declares that action.
 */
public final class Completeness {
  private Completeness() {}

  // Key prefixes that belong to one activity type besides "activity.CODE.".
  private static final Map<String, ActivityType> ACTIVITY_FAMILIES =
      Map.of(
          "group.", ActivityType.LM_GROUP_VET,
          "prep_visit.", ActivityType.PREP_VISIT,
          "course.", ActivityType.SM_COUR_TRAIN,
          "courses.", ActivityType.SM_COUR_TRAIN);

  /**
   * Returns the keys a file leaves out, per call, e.g. {@code call 2027: travel_days.max_green,
   * abroad.required}; empty when the file is complete.
   *
   * @param file the file checked
   * @param model the library's file of the same programme
   * @return one entry per call year with missing keys
   */
  public static List<String> missing(ProgrammeFile file, ProgrammeFile model) {
    List<String> out = new ArrayList<>();
    for (int call = file.firstCall(); call <= file.lastCall(); call++) {
      TreeSet<String> missing = new TreeSet<>();
      for (ActivityType a : ActivityType.values()) {
        String key = "activity." + a.code() + ".available";
        if (file.fact(key, call) == null) {
          missing.add(key);
        }
      }
      for (String key : model.facts().keySet()) {
        if (required(key, file, call) && file.fact(key, call) == null) {
          missing.add(key);
        }
      }
      if (!missing.isEmpty()) {
        out.add("call " + call + ": " + String.join(", ", missing));
      }
    }
    return out;
  }

  /**
   * Refuses a file that leaves out keys.
   *
   * @param file the file checked
   * @param model the library's file of the same programme
   * @throws InvalidValueException naming the file and every missing key with its call
   */
  public static void require(ProgrammeFile file, ProgrammeFile model) {
    List<String> missing = missing(file, model);
    if (!missing.isEmpty()) {
      // The list goes in the expected part, which is never cut: every missing key is named.
      throw new InvalidValueException(
          file.name(),
          "a file that leaves out keys in " + missing.size() + " call(s)",
          "a value (or unknown, no, none) for every key the rules of "
              + file.programme().key()
              + " read, in each call of the file; missing: "
              + String.join("; ", missing));
    }
  }

  private static ActivityType activity(String code) {
    for (ActivityType a : ActivityType.values()) {
      if (a.code().equals(code)) {
        return a;
      }
    }
    return null;
  }

  private static boolean required(String key, ProgrammeFile file, int call) {
    if (key.startsWith("countries.region.")
        || key.startsWith("countries.oct.")
        || key.startsWith("countries.outermost.")) {
      return false;
    }
    if (key.startsWith("ka121.") || key.startsWith("ka122.")) {
      KeyAction action = key.startsWith("ka121.") ? KeyAction.KA121 : KeyAction.KA122;
      return file.actions().contains(action);
    }
    ActivityType activity = null;
    if (key.startsWith("activity.")) {
      int dot = key.indexOf('.', 9);
      activity = dot < 0 ? null : activity(key.substring(9, dot));
    } else {
      for (Map.Entry<String, ActivityType> e : ACTIVITY_FAMILIES.entrySet()) {
        if (key.startsWith(e.getKey())) {
          activity = e.getValue();
        }
      }
    }
    if (activity == null) {
      return true;
    }
    Fact available = file.fact("activity." + activity.code() + ".available", call);
    // Not offered: its numbers are moot. Unknown whether offered: they are needed.
    return available == null || !"no".equals(available.value().orElse(""));
  }
}
