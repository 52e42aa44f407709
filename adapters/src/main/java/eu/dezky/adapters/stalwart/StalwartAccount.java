package eu.dezky.adapters.stalwart;

import eu.dezky.adapters.common.Ownership;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A user account ({@code x:Account} of {@code @type User}) as the engine sees it. */
public record StalwartAccount(String id, String localPart, String domainId, String emailAddress,
                              String description, boolean hasPassword, List<EmailAlias> aliases,
                              AccountPermissions permissions) {

    /**
     * Stalwart accounts have no free-form attributes; the one free text is {@code description}, so our ownership
     * marker rides at its end, after the display name a person reads: {@code Alice Doe [dezky:acme/m-1]}.
     */
    private static final Pattern MARKER = Pattern.compile("\\[dezky:([^/\\]]+)/([^/\\]]+)]$");

    /** The description of an account dezky creates for {@code owner}. */
    public static String describe(String displayName, Ownership owner) {
        return displayName + " [dezky:" + owner.compact() + "]";
    }

    /** Our marker, when the description ends with one. */
    public Optional<Ownership> ownership() {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = MARKER.matcher(description.trim());
        return m.find() ? Optional.of(new Ownership(m.group(1), m.group(2))) : Optional.empty();
    }
}
