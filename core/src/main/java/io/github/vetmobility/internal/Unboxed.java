package io.github.vetmobility.internal;

import io.github.vetmobility.identifier.OrganisationId;
import io.github.vetmobility.identifier.Pic;
import io.github.vetmobility.identifier.ProjectReference;
import io.github.vetmobility.mobility.Mobility;
import io.github.vetmobility.organisation.Organisation;
import java.util.function.Function;

/**
 * Reads a few optional attributes as plain values, for the rule engine's hot path: the generated
 * {@code Optional} accessors allocate on every call (JDK 17 cannot scalar-replace them), the hidden
 * derived attributes behind these readers do not. The domain classes register the readers when they
 * are initialised, which happens before any instance exists. Not part of the API.
 */
public final class Unboxed {
  private Unboxed() {}

  private static volatile Function<Mobility, ProjectReference> reference;
  private static volatile Function<Organisation, OrganisationId> oid;
  private static volatile Function<Organisation, Pic> pic;
  private static volatile Function<ProjectReference, String> field;

  /** Registers the reader of a mobility's project reference (called by {@code Mobility}). */
  public static void registerReference(Function<Mobility, ProjectReference> reader) {
    reference = reader;
  }

  /** Registers the readers of an organisation's OID and PIC (called by {@code Organisation}). */
  public static void registerIdentifiers(
      Function<Organisation, OrganisationId> oidReader, Function<Organisation, Pic> picReader) {
    oid = oidReader;
    pic = picReader;
  }

  /** Registers the reader of a reference's field (called by {@code ProjectReference}). */
  public static void registerField(Function<ProjectReference, String> reader) {
    field = reader;
  }

  /** Returns the mobility's project reference, or {@code null}. */
  public static ProjectReference reference(Mobility m) {
    return reference.apply(m);
  }

  /** Returns the organisation's OID, or {@code null}. */
  public static OrganisationId oid(Organisation o) {
    return oid.apply(o);
  }

  /** Returns the organisation's PIC, or {@code null}. */
  public static Pic pic(Organisation o) {
    return pic.apply(o);
  }

  /**
   * Returns the reference's field segment ({@code VET}, ...), or {@code null} (2014-2020 format).
   */
  public static String field(ProjectReference r) {
    return field.apply(r);
  }
}
