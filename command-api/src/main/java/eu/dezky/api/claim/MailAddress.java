package eu.dezky.api.claim;

import eu.dezky.api.member.Username;
import eu.dezky.api.common.EmailAddress;

import java.util.Locale;

/**
 * A mailbox address in its canonical, lower-cased form. It is the id of its {@code MailAddressClaim} aggregate, and
 * it is the member's username in Authentik and oCIS: Authentik usernames are global across tenants, and the address
 * is unique platform-wide through the claim, so the usernames cannot collide.
 */
public record MailAddress(String value) {

    public MailAddress {
        value = new EmailAddress(value).value().toLowerCase(Locale.ROOT);
    }

    public static MailAddress of(Username username, String domain) {
        return new MailAddress(username.value() + "@" + domain);
    }

    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }

    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    /** Axon uses {@code toString()} as the aggregate identifier; keep it the bare address. */
    @Override
    public String toString() {
        return value;
    }
}
