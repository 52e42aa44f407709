package eu.dezky.api.mail;

import eu.dezky.api.claim.MailAddress;

/** Identifies a distribution-list aggregate by its address, prefixed {@code list:} for the reason given at {@link MailAliasId}. */
public record MailingListId(MailAddress address) {

    public static MailingListId of(MailAddress address) {
        return new MailingListId(address);
    }

    /** Axon uses {@code toString()} as the aggregate identifier and as the saga association value. */
    @Override
    public String toString() {
        return "list:" + address.value();
    }
}
