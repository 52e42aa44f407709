package eu.dezky.api.domain;

/**
 * Where a mail domain stands. PROVISIONING until the mail server has it (or the step is skipped); then PENDING
 * until every expected record is found, VERIFIED while they all match, NEEDS_ATTENTION when a verified domain's
 * records go wrong; FAILED when registration failed for good; REMOVING and REMOVED during and after removal.
 */
public enum DomainStatus {
    PROVISIONING, PENDING, VERIFIED, NEEDS_ATTENTION, FAILED, REMOVING, REMOVED
}
