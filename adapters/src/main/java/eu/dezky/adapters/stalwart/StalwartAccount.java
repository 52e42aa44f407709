package eu.dezky.adapters.stalwart;

import java.util.List;

/** A user account ({@code x:Account} of {@code @type User}) as the engine sees it. */
public record StalwartAccount(String id, String localPart, String domainId, String emailAddress,
                              String description, boolean hasPassword, List<EmailAlias> aliases,
                              AccountPermissions permissions) {
}
