package eu.dezky.adapters.stalwart;

/** An extra address of an account or list: {@code localPart@<domain of domainId>}. */
public record EmailAlias(String localPart, String domainId, boolean enabled) {
}
