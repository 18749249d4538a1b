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
 * keys they need. Not thread-safe. Not part of the API.
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
  private final Set<String> participantIds = new HashSet<>();
  private final Smallest capKeys;
  private final Smallest[] rankKeys = new Smallest[ACTIVITIES.length];
  private boolean anyCourse;
  final Map<List<Object>, Group> courses = new LinkedHashMap<>();
  final Map<List<Object>, Group> prepVisits = new LinkedHashMap<>();
  final Map<Object, HostVisits> prepHosts = new LinkedHashMap<>();
  private final Set<Object> courseHosts = new HashSet<>();
  private final Set<Object> otherHosts = new HashSet<>();
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
    this.capKeys = participantCap > 0 ? new Smallest(participantCap) : null;
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
      Smallest s = rankKeys[activity.ordinal()];
      if (s == null) {
        s = new Smallest(EXACT_RANKS);
        rankKeys[activity.ordinal()] = s;
      }
      s.add(key);
    }
    boolean counted = false;
    if (capCounts(activity, category)
        && (participantId == null || participantIds.add(participantId))) {
      counted = true;
      participants++;
      if (capKeys != null) {
        capKeys.add(key);
      }
    }
    if (activity == ActivityType.SM_COUR_TRAIN) {
      anyCourse = true;
      courses
          .computeIfAbsent(
              List.of(hostOf(host, hostName), start, hostOf(sender, "")),
              k -> new Group(hostName, start))
          .add(sequence);
    }
    if (activity == ActivityType.PREP_VISIT) {
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
      courseHosts.add(host);
    } else if (!otherHosts.contains(host)) {
      if (otherHosts.size() < otherHostsCap) {
        otherHosts.add(host);
      } else {
        otherHostsOverflow = true;
      }
    }
    return counted;
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
    Smallest s = rankKeys[activity.ordinal()];
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
    return otherHosts.contains(host);
  }

  boolean hostsCourses(Object host) {
    return courseHosts.contains(host);
  }

  /** The smallest n keys seen: a max-heap of n longs; sorted once read. */
  static final class Smallest {
    private final long[] heap;
    private int size;
    private boolean sorted;

    Smallest(int n) {
      heap = new long[n];
    }

    void add(long key) {
      sorted = false;
      if (size < heap.length) {
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
    int rankOf(long key) {
      if (!sorted) {
        Arrays.sort(heap, 0, size);
        sorted = true;
      }
      int i = Arrays.binarySearch(heap, 0, size, key);
      if (i >= 0) {
        return i + 1;
      }
      // Not kept: after the n-th, unless it is below them all (then it was never added).
      return size < heap.length || key < heap[size - 1] ? -1 : 0;
    }
  }
}
