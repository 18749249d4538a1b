package io.github.vetmobility.organisation;

/** The kinds of accreditation that open VET mobility funding. */
public enum AccreditationKind {
  /** Erasmus accreditation in VET (KA120), 2021-2027; required for KA121-VET. */
  ERASMUS_ACCREDITATION,
  /** VET Mobility Charter (KA109), 2014-2020; its holders applied under KA116. */
  VET_MOBILITY_CHARTER
}
