package io.github.vetmobility.internal;

import java.util.function.Function;

/**
 * Reads a few optional attributes as plain values, for the rule engine's hot path: the generated
 * {@code Optional} accessors allocate on every call (JDK 17 cannot scalar-replace them), the hidden
 * derived attributes behind these readers do not. The domain classes register the readers when they
 * are initialised, which happens before any instance exists. Typed as {@code Object} so that this
 * package depends on no domain package (no package cycle); callers cast. Not part of the API.
 */
public final class Unboxed {
  private Unboxed() {}

  private static volatile Function<Object, Object> reference;
  private static volatile Function<Object, Object> oid;
  private static volatile Function<Object, Object> pic;
  private static volatile Function<Object, Object> field;

  /** Registers the reader of a mobility's project reference (called by {@code Mobility}). */
  public static void registerReference(Function<Object, Object> reader) {
    reference = reader;
  }

  /** Registers the readers of an organisation's OID and PIC (called by {@code Organisation}). */
  public static void registerIdentifiers(
      Function<Object, Object> oidReader, Function<Object, Object> picReader) {
    oid = oidReader;
    pic = picReader;
  }

  /** Registers the reader of a reference's field (called by {@code ProjectReference}). */
  public static void registerField(Function<Object, Object> reader) {
    field = reader;
  }

  /** Returns a mobility's project reference, or {@code null}. */
  public static Object reference(Object mobility) {
    return reference.apply(mobility);
  }

  /** Returns an organisation's OID, or {@code null}. */
  public static Object oid(Object organisation) {
    return oid.apply(organisation);
  }

  /** Returns an organisation's PIC, or {@code null}. */
  public static Object pic(Object organisation) {
    return pic.apply(organisation);
  }

  /** Returns a project reference's field ({@code VET}, ...), or {@code null} (2014-2020 format). */
  public static Object field(Object projectReference) {
    return field.apply(projectReference);
  }
}
