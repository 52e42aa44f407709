package eu.dezky.api.mail;

/**
 * Where an alias or list stands. PROVISIONING until the mail server has it (or the step is skipped), UPDATING while a
 * list change is applied, ACTIVE afterwards; FAILED when provisioning failed for good and was undone (the address is
 * free again); NEEDS_ATTENTION when undoing or removing left something in the mail server an operator must clean up
 * (the address stays claimed); REMOVING and REMOVED during and after removal (the address is free again).
 */
public enum MailObjectStatus {
    PROVISIONING, UPDATING, ACTIVE, FAILED, NEEDS_ATTENTION, REMOVING, REMOVED;

    /** A create that ended without the object: undone ({@code FAILED}) or with leftovers to clean up. */
    public boolean failedProvisioning() {
        return this == FAILED || this == NEEDS_ATTENTION;
    }

    /** An object whose address still counts as in use on its domain. */
    public boolean inUse() {
        return this != FAILED && this != REMOVED;
    }
}
