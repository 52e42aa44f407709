package eu.dezky.platform.application.member;

import eu.dezky.api.common.DisplayText;

/** A member's display name as entered: required, trimmed, at most 200 characters, text only. */
final class DisplayNames {

    static final int MAX = 200;

    private DisplayNames() {
    }

    static String require(String raw) {
        return DisplayText.require("displayName", raw, MAX);
    }
}
