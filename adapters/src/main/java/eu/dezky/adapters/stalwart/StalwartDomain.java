package eu.dezky.adapters.stalwart;

/**
 * A Stalwart domain as the engine needs it; {@code dnsZoneFile} is Stalwart's generated zone text
 * (parse it with a zone parser, it is one RR per line without {@code $ORIGIN}).
 */
public record StalwartDomain(String id, String name, boolean dkimAutomatic, String dnsZoneFile) {
}
