package eu.dezky.api.reconcile;

/**
 * How one object in an external system relates to the engine's view of the tenant. {@code OK}: as expected;
 * {@code MISSING}: expected, the system lacks it; {@code DRIFTED}: exists but one field differs; {@code ORPHANED}: carries
 * dezky's ownership marker for this tenant but no live member, alias or list owns it; {@code FOREIGN}: not ours
 * (no marker) — reported, never changed.
 */
public enum Situation {
    OK, MISSING, DRIFTED, ORPHANED, FOREIGN
}
