package eu.dezky.api.common;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address in the shape mail systems accept (dot-atom local part, DNS host name); the domain part
 * is lower-cased because domains are case-insensitive, the local part is kept as given.
 */
public record EmailAddress(String value) {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public EmailAddress {
        InvalidValueException.require(value != null && !value.isBlank(), "email", "e-mail address is required");
        value = value.trim();
        int at = value.lastIndexOf('@');
        InvalidValueException.require(at > 0 && at < value.length() - 1 && value.length() <= 254,
                "email", InvalidValueException.quote(value) + " is not an e-mail address");
        String local = value.substring(0, at);
        String domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
        InvalidValueException.require(local.length() <= 64 && LOCAL.matcher(local).matches()
                && domain.length() <= 253 && DOMAIN.matcher(domain).matches(),
                "email", InvalidValueException.quote(value) + " is not an e-mail address");
        value = local + "@" + domain;
    }

    @Override
    public String toString() {
        return value;
    }
}
