package io.github.vetmobility.organisation;

/** The kind of an organisation, as far as the VET rules need it. */
public enum OrganisationType {
  /** A school or centre providing initial or continuing VET. */
  VET_PROVIDER,
  /** A company or other workplace hosting learners or staff. */
  ENTERPRISE,
  /** A public body (local, regional or national authority). */
  PUBLIC_BODY,
  /** A chamber, social partner or professional association. */
  INTERMEDIARY,
  /** A higher-education institution. */
  HIGHER_EDUCATION_INSTITUTION,
  /** A coordinator of a mobility consortium. */
  CONSORTIUM_COORDINATOR,
  /** Any other organisation. */
  OTHER
}
