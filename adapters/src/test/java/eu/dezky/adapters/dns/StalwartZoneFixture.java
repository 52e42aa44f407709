package eu.dezky.adapters.dns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@code dnsZoneFile} as Stalwart 0.16 writes it for {@code example.com} (reference §10: no $ORIGIN/$TTL,
 * a 2048-bit RSA DKIM key split into 255-byte chunks over several lines), re-targeted to any test domain.
 */
final class StalwartZoneFixture {

    static final String RSA_SELECTOR = "v1-rsa-20260821";
    static final String ED25519_SELECTOR = "v1-ed25519-20260821";

    private StalwartZoneFixture() {
    }

    static String forDomain(String domain) {
        return exampleCom().replace("example.com", domain);
    }

    static String exampleCom() {
        try (InputStream in = StalwartZoneFixture.class.getResourceAsStream("stalwart-example.com.zone")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zone with every line for {@code owner} (including a multi-line TXT) removed. */
    static String without(String zone, String ownerPrefix) {
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        for (String line : zone.split("\n")) {
            if (skipping) {
                skipping = !line.trim().equals(")");
                continue;
            }
            if (line.startsWith(ownerPrefix)) {
                skipping = line.trim().endsWith("(");
                continue;
            }
            kept.append(line).append('\n');
        }
        return kept.toString();
    }
}
