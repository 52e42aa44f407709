package eu.dezky.api.common;

import java.util.regex.Pattern;

/** Identifies a reseller (partner); opaque to the engine but restricted to URL- and log-safe characters. */
public record PartnerId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public PartnerId {
        InvalidValueException.require(value != null && SHAPE.matcher(value).matches(),
                "partnerId", "partner id must be 1-64 of letters, digits, '.', '_' and '-'");
    }

    @Override
    public String toString() {
        return value;
    }
}
