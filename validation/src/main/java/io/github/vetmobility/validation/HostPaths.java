package io.github.vetmobility.validation;

import io.github.vetmobility.InvalidValueException;
import io.github.vetmobility.mobility.Mobility;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The host's property for each field of a core {@link Mobility}, so that a violation of a host form
 * lies on the form's own property ({@code hostCountry}) rather than on the mobility's ({@code
 * receiving.country}). A {@link MobilityMapper} returns its paths from {@link
 * MobilityMapper#paths()}:
 *
 * <pre>{@code
 * private static final HostPaths PATHS =
 *     HostPaths.builder()
 *         .map("receiving.country", "hostCountry")
 *         .map("endDate", "end")
 *         .map("sending", "home") // sending.oid -> home.oid, sending.country -> home.country ...
 *         .build();
 *
 * @Override
 * public HostPaths paths() {
 *   return PATHS;
 * }
 * }</pre>
 *
 * <p>A field is mapped by its own entry, else by the entry of its closest enclosing field ({@code
 * sending} above maps {@code sending.oid} to {@code home.oid}); a field no entry covers keeps the
 * mobility's path. Each core field is checked when the paths are built: it must name a property of
 * {@code Mobility} (through {@code Organisation}, {@code Participant} and the other types it
 * holds), so that a misspelt field fails at once instead of never matching. Host paths are property
 * names separated by dots, relative to the validated bean.
 *
 * <p>Immutable and thread-safe.
 */
public final class HostPaths {
  private static final HostPaths NONE = new HostPaths(Map.of());
  private static final Pattern PATH =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  private final Map<String, String> paths;

  private HostPaths(Map<String, String> paths) {
    this.paths = paths;
  }

  /**
   * Returns the paths that map nothing: every violation lies on the mobility's own path.
   *
   * @return the empty paths
   */
  public static HostPaths none() {
    return NONE;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the host's path for a field of the mobility.
   *
   * @param field a field of the mobility as findings name it, e.g. {@code receiving.country}
   * @return the host path of the field or of its closest mapped enclosing field (with the rest of
   *     the field appended); {@code field} itself if no entry covers it
   */
  public String hostPath(String field) {
    if (paths.isEmpty()) {
      return field;
    }
    String exact = paths.get(field);
    if (exact != null) {
      return exact;
    }
    for (int dot = field.lastIndexOf('.'); dot > 0; dot = field.lastIndexOf('.', dot - 1)) {
      String host = paths.get(field.substring(0, dot));
      if (host != null) {
        return host + field.substring(dot);
      }
    }
    return field;
  }

  /**
   * Returns the entries, core field to host path, in the order they were added.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> asMap() {
    return paths;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HostPaths h && h.paths.equals(paths);
  }

  @Override
  public int hashCode() {
    return paths.hashCode();
  }

  @Override
  public String toString() {
    return "HostPaths" + paths;
  }

  /** Builds {@link HostPaths}; not thread-safe, build once and keep the result. */
  public static final class Builder {
    private final Map<String, String> paths = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Maps a field of the mobility to the host's property.
     *
     * @param field a property path of {@link Mobility}, e.g. {@code receiving.country}, {@code
     *     endDate} or {@code sending} (which then covers {@code sending.oid} and the rest)
     * @param hostPath the host's property path, relative to the validated bean, e.g. {@code
     *     hostCountry} or {@code host.country}
     * @return this builder
     * @throws InvalidValueException if {@code field} names no property of {@code Mobility}, is
     *     mapped already, or {@code hostPath} is not a dotted property path
     */
    public Builder map(String field, String hostPath) {
      InvalidValueException.requirePresent(field, "field");
      InvalidValueException.requirePresent(hostPath, "hostPath");
      if (!PATH.matcher(field).matches() || !isMobilityProperty(field)) {
        throw new InvalidValueException(
            "field",
            field,
            "a property path of Mobility, such as endDate, receiving.country or"
                + " participant.graduationDate");
      }
      if (!PATH.matcher(hostPath).matches()) {
        throw new InvalidValueException(
            "hostPath", hostPath, "property names separated by dots, such as hostCountry");
      }
      if (paths.containsKey(field)) {
        throw new InvalidValueException(
            "field", field, "a field not mapped yet (it is mapped to " + paths.get(field) + ")");
      }
      paths.put(field, hostPath);
      return this;
    }

    /**
     * Returns the paths mapped so far.
     *
     * @return the paths
     */
    public HostPaths build() {
      return paths.isEmpty()
          ? NONE
          : new HostPaths(Collections.unmodifiableMap(new LinkedHashMap<>(paths)));
    }
  }

  // Walks the path through the public accessors: Mobility.receiving() -> Organisation.country().
  private static boolean isMobilityProperty(String field) {
    Type type = Mobility.class;
    for (String name : field.split("\\.")) {
      Method accessor = accessor(raw(type), name);
      if (accessor == null) {
        return false;
      }
      type = element(accessor.getGenericReturnType());
    }
    return true;
  }

  private static Method accessor(Class<?> type, String name) {
    if (type == null) {
      return null;
    }
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() != Object.class) {
        return m;
      }
    }
    return null;
  }

  // Optional<X> and List<X> lead to X: a finding names the value, not its container.
  private static Type element(Type type) {
    if (type instanceof ParameterizedType p
        && p.getRawType() instanceof Class<?> c
        && (c == Optional.class || Collection.class.isAssignableFrom(c))) {
      return p.getActualTypeArguments()[0];
    }
    return type;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
  }
}
