package eu.dezky.api.reconcile;

/**
 * One object that is not as the engine expects it. {@code type} names the kind of object ({@code user},
 * {@code group-membership}, {@code domain}, {@code dkim}, {@code mailbox}, {@code alias}, {@code list},
 * {@code recipient}), {@code object} the object in words a person recognises (an address, a domain), {@code field} the
 * field that differs (null unless drifted) with the engine's value ({@code ours}) and the system's ({@code theirs}).
 * {@code memberId} is the member the object belongs to, where one does (what a repair re-creates or re-applies);
 * {@code externalId} the object's id in the system where it exists (what a repair of an orphan removes).
 */
public record Difference(String type, String object, Situation situation, String field, String ours, String theirs,
                         String memberId, String externalId) {

    public static Difference missing(String type, String object, String memberId) {
        return new Difference(type, object, Situation.MISSING, null, null, null, memberId, null);
    }

    public static Difference drifted(String type, String object, String field, String ours, String theirs,
                                     String memberId, String externalId) {
        return new Difference(type, object, Situation.DRIFTED, field, ours, theirs, memberId, externalId);
    }

    public static Difference orphaned(String type, String object, String externalId) {
        return new Difference(type, object, Situation.ORPHANED, null, null, null, null, externalId);
    }

    public static Difference foreign(String type, String object, String externalId) {
        return new Difference(type, object, Situation.FOREIGN, null, null, null, null, externalId);
    }

    /** One line for a person: what, where, and how it differs. */
    public String describe() {
        String what = type + " " + object;
        return switch (situation) {
            case OK -> what + " is as expected";
            case MISSING -> what + " is missing";
            case DRIFTED -> what + " differs in " + field + ": ours " + ours + ", theirs " + theirs;
            case ORPHANED -> what + " carries our marker but nothing of the tenant owns it";
            case FOREIGN -> what + " was not created by dezky (left untouched)";
        };
    }
}
