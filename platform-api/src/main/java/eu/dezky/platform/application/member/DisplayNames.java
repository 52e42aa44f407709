package eu.dezky.platform.application.member;

import eu.dezky.api.common.InvalidValueException;

/** A member's display name as entered: required, trimmed, at most 200 characters. */
final class DisplayNames {

    static final int MAX = 200;

    private DisplayNames() {
    }

    static String require(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > MAX) {
            throw new InvalidValueException("displayName", "displayName is required (at most " + MAX + " characters)");
        }
        return raw.strip();
    }
}
