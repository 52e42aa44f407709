package eu.dezky.api.mail;

import eu.dezky.api.claim.MailAddress;

/**
 * Identifies an alias aggregate by its address. The event store's unique key is (aggregate id, sequence) whatever
 * the aggregate type, so the id carries an {@code alias:} prefix to stay apart from the address's claim aggregate.
 */
public record MailAliasId(MailAddress address) {

    public static MailAliasId of(MailAddress address) {
        return new MailAliasId(address);
    }

    /** Axon uses {@code toString()} as the aggregate identifier and as the saga association value. */
    @Override
    public String toString() {
        return "alias:" + address.value();
    }
}
