package eu.dezky.api.domain;

import eu.dezky.api.common.InvalidValueException;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A fully qualified domain name in its canonical form: lower-case A-labels (IDN converted with {@code java.net.IDN}),
 * no trailing dot, at least two labels. It is the mail-domain aggregate's identifier, which makes a domain unique
 * across the whole platform.
 */
public record DomainName(String value) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    public DomainName {
        InvalidValueException.require(value != null && !value.isBlank(), "domain", "domain is required");
        String trimmed = value.strip();
        if (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(trimmed, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("domain", InvalidValueException.quote(value) + " is not a valid domain name");
        }
        String[] labels = ascii.split("\\.", -1);
        boolean valid = ascii.length() <= 253 && labels.length >= 2 && !labels[labels.length - 1].matches("[0-9]+");
        for (String label : labels) {
            valid &= LABEL.matcher(label).matches();
        }
        InvalidValueException.require(valid, "domain", InvalidValueException.quote(value) + " is not a fully qualified domain name");
        value = ascii;
    }

    @Override
    public String toString() {
        return value;
    }
}
