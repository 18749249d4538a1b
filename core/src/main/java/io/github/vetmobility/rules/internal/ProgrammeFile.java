package io.github.vetmobility.rules.internal;

import io.github.vetmobility.edition.Programme;
import io.github.vetmobility.identifier.KeyAction;
import io.github.vetmobility.rules.Fact;
import java.util.List;
import java.util.Map;

/**
 * A checked rule-book file: its programme, call years, key actions and facts by key (each key's
 * facts sorted by call year, without overlaps or gaps). Not part of the API.
 *
 * @param name the file name, for messages
 * @param programme the programme
 * @param firstCall the first call year of the file
 * @param lastCall the last call year of the file
 * @param actions the key actions (empty for the pilots)
 * @param facts the facts by key, in file order of keys
 */
public record ProgrammeFile(
    String name,
    Programme programme,
    int firstCall,
    int lastCall,
    List<KeyAction> actions,
    Map<String, List<Fact>> facts) {

  /** Returns the fact of a key that covers a call year, or {@code null}. */
  public Fact fact(String key, int callYear) {
    List<Fact> list = facts.get(key);
    if (list != null) {
      for (Fact f : list) {
        if (f.covers(callYear)) {
          return f;
        }
      }
    }
    return null;
  }
}
