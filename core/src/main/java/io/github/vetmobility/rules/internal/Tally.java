package io.github.vetmobility.rules.internal;

import io.github.vetmobility.mobility.ActivityType;
import io.github.vetmobility.participant.ParticipantCategory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the project-level rules and the ranks of a project's grants read from its mobilities,
 * gathered one mobility at a time. Memory grows with the preparatory visits, the courses and (up to
 * a bound) the hosting organisations, never with the participants: ranks keep only the smallest
 * keys they need. Most projects of a large batch have a handful of rows: every collection and rank
 * heap is made at its first use, and a heap grows to its bound as keys come. Not thread-safe while
 * mobilities are added; once {@link #freeze}d, safe to read from any thread. Not part of the API.
 *
 * <p>A participant's key is its start date, then its sequence number (the order the caller gives):
 * {@code epochDay << 32 | sequence}.
 */
public final class Tally {
  /** Exact ranks are kept up to this rank, per activity type (the organisational-support tier). */
  public static final int EXACT_RANKS = 100;

  /** Members of a group whose sequence numbers are kept. */
  static final int GROUP_MEMBERS = 64;

  private static final ActivityType[] ACTIVITIES = ActivityType.values();

  /** One group of mobilities counted by a rule (a course, a preparatory visit). */
  public static final class Group {
    int size;
    final String hostName;
    final LocalDate start;
    final int[] members = new int[GROUP_MEMBERS];

    Group(String hostName, LocalDate start) {
      this.hostName = hostName;
      this.start = start;
    }

    void add(int sequence) {
      if (size < GROUP_MEMBERS) {
        members[size] = sequence;
      }
      size++;
    }

    /** Returns the sequence of the member at index i, or -1 if it was not kept. */
    int member(int i) {
      return i >= 0 && i < Math.min(size, GROUP_MEMBERS) ? members[i] : -1;
    }
  }

  /** The preparatory visits to one host: their distinct start dates. */
  static final class HostVisits {
    final String hostName;
    final int first;
    final Map<LocalDate, Integer> starts = new LinkedHashMap<>();

    HostVisits(String hostName, int first) {
      this.hostName = hostName;
      this.first = first;
    }
  }

  private final int participantCap;
  private final int otherHostsCap;
  private int lastSequence = -1;
  private long entries;
  private long participants;
  // Each made when first needed (null until then): one-row projects need almost none.
  private Set<String> participantIds;
  private Smallest capKeys;
  private Smallest[] rankKeys;
  private boolean anyCourse;
  private Map<List<Object>, Group> courses;
  private Map<List<Object>, Group> prepVisits;
  private Map<Object, HostVisits> prepHosts;
  private Set<Object> courseHosts;
  // The first host of other activities in a field, the next ones in a set made at the second.
  private Object firstOther;
  private Set<Object> otherHosts;
  private boolean otherHostsOverflow;
  private boolean unknownHost;

  /**
   * Creates a tally.
   *
   * @param participantCap the most participants a project may have (KA122), or 0 for no cap
   * @param otherHostsCap the most hosting organisations of other activities remembered
   */
  public Tally(int participantCap, int otherHostsCap) {
    this.participantCap = participantCap;
    this.otherHostsCap = otherHostsCap;
  }

  /** Returns a participant's key: start date, then sequence. */
  public static long key(LocalDate start, int sequence) {
    return (start.toEpochDay() << 32) | sequence;
  }

  /** Returns whether a mobility counts towards the KA122 cap of participants (id not checked). */
  public static boolean capCounts(ActivityType activity, ParticipantCategory category) {
    return activity != ActivityType.PREP_VISIT
        && category != ParticipantCategory.ACCOMPANYING_PERSON;
  }

  /** Returns whether a mobility is ranked for organisational support. */
  public static boolean ranked(ParticipantCategory category) {
    return category != ParticipantCategory.ACCOMPANYING_PERSON;
  }

  /**
   * Adds one mobility.
   *
   * @return whether the mobility counts as a participant for the cap (false for a repeated id)
   * @throws IllegalArgumentException if the sequence is not above the last one
   */
  public boolean add(
      int sequence,
      ActivityType activity,
      ParticipantCategory category,
      LocalDate start,
      String participantId,
      Object host,
      String hostName,
      Object sender) {
    if (sequence <= lastSequence) {
      throw new IllegalArgumentException(
          "sequence " + sequence + " is not above the last one, " + lastSequence);
    }
    lastSequence = sequence;
    entries++;
    long key = key(start, sequence);
    if (ranked(category)) {
      if (rankKeys == null) {
        rankKeys = new Smallest[ACTIVITIES.length];
      }
      Smallest s = rankKeys[activity.ordinal()];
      if (s == null) {
        s = new Smallest(EXACT_RANKS);
        rankKeys[activity.ordinal()] = s;
      }
      s.add(key);
    }
    boolean counted = false;
    if (capCounts(activity, category) && (participantId == null || newId(participantId))) {
      counted = true;
      participants++;
      if (participantCap > 0) {
        if (capKeys == null) {
          capKeys = new Smallest(participantCap);
        }
        capKeys.add(key);
      }
    }
    if (activity == ActivityType.SM_COUR_TRAIN) {
      anyCourse = true;
      if (courses == null) {
        courses = new LinkedHashMap<>();
      }
      courses
          .computeIfAbsent(
              List.of(hostOf(host, hostName), start, hostOf(sender, "")),
              k -> new Group(hostName, start))
          .add(sequence);
    }
    if (activity == ActivityType.PREP_VISIT) {
      if (prepVisits == null) {
        prepVisits = new LinkedHashMap<>();
        prepHosts = new LinkedHashMap<>();
      }
      prepVisits
          .computeIfAbsent(List.of(hostOf(host, hostName), start), k -> new Group(hostName, start))
          .add(sequence);
      prepHosts
          .computeIfAbsent(hostOf(host, hostName), k -> new HostVisits(hostName, sequence))
          .starts
          .putIfAbsent(start, sequence);
    } else if (host == null) {
      unknownHost = true;
    } else if (activity == ActivityType.SM_COUR_TRAIN) {
      if (courseHosts == null) {
        courseHosts = new HashSet<>();
      }
      courseHosts.add(host);
    } else if (!hostsOther(host)) {
      int known = (firstOther == null ? 0 : 1) + (otherHosts == null ? 0 : otherHosts.size());
      if (known >= otherHostsCap) {
        otherHostsOverflow = true;
      } else if (firstOther == null) {
        firstOther = host;
      } else {
        if (otherHosts == null) {
          otherHosts = new HashSet<>();
        }
        otherHosts.add(host);
      }
    }
    return counted;
  }

  private boolean newId(String participantId) {
    if (participantIds == null) {
      participantIds = new HashSet<>();
    }
    return participantIds.add(participantId);
  }

  /**
   * Ends the adding: the rank heaps are sorted once, so that reading them ({@link #rank}, {@link
   * #beyondCap}) changes nothing and may be done from several threads at once.
   */
  public void freeze() {
    if (capKeys != null) {
      capKeys.sort();
    }
    if (rankKeys != null) {
      for (Smallest s : rankKeys) {
        if (s != null) {
          s.sort();
        }
      }
    }
  }

  /** Returns the courses, by host, start and sender, in order of their first mobility. */
  Map<List<Object>, Group> courses() {
    return courses == null ? Map.of() : courses;
  }

  /** Returns the preparatory visits, by host and start, in order of their first mobility. */
  Map<List<Object>, Group> prepVisits() {
    return prepVisits == null ? Map.of() : prepVisits;
  }

  /** Returns the preparatory visits by host, in order of the first visit to each. */
  Map<Object, HostVisits> prepHosts() {
    return prepHosts == null ? Map.of() : prepHosts;
  }

  // A host not known by identity is known by its name alone for grouping.
  private static Object hostOf(Object host, String name) {
    return host != null ? host : "?" + name;
  }

  /** Returns the number of mobilities added. */
  public long entries() {
    return entries;
  }

  /** Returns the participants counted for the KA122 cap. */
  public long participants() {
    return participants;
  }

  /** Returns whether a course is among the mobilities. */
  public boolean anyCourse() {
    return anyCourse;
  }

  /** Returns the cap the tally was made for, or 0. */
  public int participantCap() {
    return participantCap;
  }

  /**
   * Returns whether the participant of this key is beyond the cap (the cap-th smallest key is below
   * it). Only meaningful for a mobility that counted.
   */
  public boolean beyondCap(long key) {
    return capKeys != null && participants > participantCap && key > capKeys.max();
  }

  /**
   * Returns the exact rank (1 = first) of a key among the ranked mobilities of its activity type, 0
   * when it comes after the first {@link #EXACT_RANKS}, or -1 when no such key was added.
   */
  public int rank(ActivityType activity, long key) {
    Smallest s = rankKeys == null ? null : rankKeys[activity.ordinal()];
    if (s == null) {
      return -1;
    }
    return s.rankOf(key);
  }

  /** Returns whether hosts of other activities were all remembered, and all hosts known. */
  boolean hostsComplete() {
    return !otherHostsOverflow && !unknownHost;
  }

  boolean hostsOther(Object host) {
    return host.equals(firstOther) || (otherHosts != null && otherHosts.contains(host));
  }

  boolean hostsCourses(Object host) {
    return courseHosts != null && courseHosts.contains(host);
  }

  /**
   * The smallest n keys seen: a max-heap of at most n longs, whose array starts small and doubles
   * up to n as keys come (the same heap as one made at its full size); sorted once read.
   */
  static final class Smallest {
    /** The first size of the array. */
    static final int FIRST = 2;

    private final int bound;
    private long[] heap;
    private int size;
    private boolean sorted;

    Smallest(int n) {
      bound = n;
      heap = new long[Math.min(FIRST, n)];
    }

    void add(long key) {
      sorted = false;
      if (size < bound) {
        if (size == heap.length) {
          heap = Arrays.copyOf(heap, (int) Math.min(bound, 2L * heap.length));
        }
        int i = size++;
        heap[i] = key;
        while (i > 0 && heap[(i - 1) / 2] < heap[i]) {
          swap(i, (i - 1) / 2);
          i = (i - 1) / 2;
        }
      } else if (key < heap[0]) {
        heap[0] = key;
        int i = 0;
        while (true) {
          int l = 2 * i + 1;
          int r = l + 1;
          int top = i;
          if (l < size && heap[l] > heap[top]) {
            top = l;
          }
          if (r < size && heap[r] > heap[top]) {
            top = r;
          }
          if (top == i) {
            break;
          }
          swap(i, top);
          i = top;
        }
      }
    }

    private void swap(int a, int b) {
      long t = heap[a];
      heap[a] = heap[b];
      heap[b] = t;
    }

    long max() {
      if (!sorted && size > 0) {
        return heap[0];
      }
      return size == 0 ? Long.MIN_VALUE : heap[size - 1];
    }

    // The heap is no longer needed as a heap once the tally is complete: sort it for look-ups.
    void sort() {
      if (!sorted) {
        Arrays.sort(heap, 0, size);
        sorted = true;
      }
    }

    /** Returns the number of keys kept. */
    int size() {
      return size;
    }

    /** Returns the length of the array that holds them. */
    int capacity() {
      return heap.length;
    }

    int rankOf(long key) {
      sort();
      int i = Arrays.binarySearch(heap, 0, size, key);
      if (i >= 0) {
        return i + 1;
      }
      // Not kept: after the n-th, unless it is below them all (then it was never added).
      return size < bound || key < heap[size - 1] ? -1 : 0;
    }
  }
}
