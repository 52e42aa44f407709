package eu.dezky.api.operation;

/**
 * What an operation acts on: {@code type} ({@code member}, {@code mail-alias}, {@code mailing-list},
 * {@code mail-domain}, {@code tenant}), its id in the engine and a label a person recognises (the member's mailbox, the address, the
 * domain name).
 */
public record OperationTarget(String type, String id, String label) {

    public static OperationTarget member(String memberId, String mailbox) {
        return new OperationTarget("member", memberId, mailbox);
    }

    /** A tenant as a whole (a member import, a reconciliation, a repair, suspend, resume, offboarding), by its slug. */
    public static OperationTarget tenant(String slug) {
        return new OperationTarget("tenant", slug, slug);
    }

    public static OperationTarget mailAlias(String address) {
        return new OperationTarget("mail-alias", address, address);
    }

    public static OperationTarget mailingList(String address) {
        return new OperationTarget("mailing-list", address, address);
    }

    public static OperationTarget mailDomain(String domain) {
        return new OperationTarget("mail-domain", domain, domain);
    }
}
