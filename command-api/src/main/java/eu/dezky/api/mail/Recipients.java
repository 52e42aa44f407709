package eu.dezky.api.mail;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.claim.MailAddress;

import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list's recipients: at least one, at most {@link #MAX}, each a lower-case address with an A-label domain, no
 * address twice. Internal and external addresses alike: the mail server delivers to both.
 */
public record Recipients(List<String> addresses) {

    /** Enough for a company-wide list, small enough for one mail-server update. */
    public static final int MAX = 1000;
    /** How many bad entries a refusal names. */
    private static final int NAMED = 5;

    public Recipients {
        InvalidValueException.require(addresses != null && !addresses.isEmpty(), "recipients",
                "recipients must name at least one address");
        InvalidValueException.require(addresses.size() <= MAX, "recipients",
                "a list has at most " + MAX + " recipients, not " + addresses.size());
        addresses = List.copyOf(addresses);
        InvalidValueException.require(addresses.stream().distinct().count() == addresses.size(), "recipients",
                "recipients must not repeat an address");
    }

    /**
     * Parses what a person typed: trims, converts IDN domains to A-labels, lower-cases, merges duplicates (compared
     * case-insensitively) silently. Invalid entries fail together, each named, with any duplicates found.
     */
    public static Recipients parse(List<String> raw) {
        InvalidValueException.require(raw != null && !raw.isEmpty(), "recipients",
                "recipients must name at least one address");
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> invalid = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (String entry : raw) {
            String address = canonical(entry);
            if (address == null) {
                invalid.add(entry == null ? "null" : InvalidValueException.quote(entry));
            } else if (seen.putIfAbsent(address, entry) != null && !duplicates.contains(address)) {
                duplicates.add(address);
            }
        }
        if (!invalid.isEmpty()) {
            String message = "not e-mail addresses: " + some(invalid);
            if (!duplicates.isEmpty()) {
                message += "; also listed more than once: " + some(duplicates);
            }
            throw new InvalidValueException("recipients", message);
        }
        return new Recipients(new ArrayList<>(seen.keySet()));
    }

    /** The first {@link #NAMED} entries and how many more: 10,000 bad entries are not all echoed back. */
    private static String some(List<String> entries) {
        String named = String.join(", ", entries.subList(0, Math.min(NAMED, entries.size())));
        return entries.size() > NAMED ? named + " and " + (entries.size() - NAMED) + " more" : named;
    }

    /** The canonical form of one entry, or null when it is no address. */
    public static String canonical(String entry) {
        if (entry == null || entry.isBlank()) {
            return null;
        }
        String trimmed = entry.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            return null;
        }
        try {
            String domain = IDN.toASCII(trimmed.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
            return new MailAddress(trimmed.substring(0, at) + "@" + domain.toLowerCase(Locale.ROOT)).value();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
