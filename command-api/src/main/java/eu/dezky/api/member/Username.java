package eu.dezky.api.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.InvalidValueException;

import java.util.regex.Pattern;

/**
 * The local part of a member's mailbox: lower-case, 2-64 characters, a letter first, then letters, digits, dots,
 * underscores or hyphens. It is not the SSO username: that is the whole mailbox address (see {@link MailAddress}).
 */
public record Username(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

    public Username {
        InvalidValueException.require(value != null && SHAPE.matcher(value).matches(), "username",
                "username must be 2-64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter");
        InvalidValueException.require(!value.endsWith(".") && !value.contains(".."), "username",
                "username must not end with a dot or contain two dots in a row");
    }

    @Override
    public String toString() {
        return value;
    }
}
