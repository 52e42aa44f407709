package eu.dezky.adapters.stalwart;

/** A DKIM key of a domain ({@code x:DkimSignature}); {@code algorithm} is e.g. {@code Dkim1RsaSha256}. */
public record DkimSignature(String id, String domainId, String algorithm, String selector, String stage,
                            String publicKey) {
}
