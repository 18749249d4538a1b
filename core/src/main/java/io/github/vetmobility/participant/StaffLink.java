package io.github.vetmobility.participant;

/** How a member of staff is linked to the sending organisation. */
public enum StaffLink {
  /** Employed by the sending organisation. */
  EMPLOYED,
  /** Not employed, but regularly engaged in its activities (for example an in-company trainer). */
  REGULARLY_ENGAGED,
  /** No link to the sending organisation. */
  NONE
}
