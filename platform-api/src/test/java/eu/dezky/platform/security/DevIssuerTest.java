package eu.dezky.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The development issuer's tokens: ES256, accepted across restarts on the same data directory, and only its own. */
class DevIssuerTest {

    @Test
    void itsTokensOutliveARestartAndATokenOfAnotherKeyIsRefused(@TempDir Path data, @TempDir Path elsewhere)
            throws Exception {
        DevIssuer issuer = new DevIssuer(data);
        String token = issuer.issue("alice", "alice@acme.test", "customer-admin", "partner_id", null);

        DevIssuer restarted = new DevIssuer(data);
        JwtDecoder decoder = restarted.decoder(JwtValidators.createDefaultWithIssuer(DevIssuer.ISSUER));
        assertThat(decoder.decode(token).getSubject()).isEqualTo("alice");
        assertThat(decoder.decode(token).getHeaders()).containsEntry("alg", "ES256");
        assertThat(Files.readString(data.resolve("dev-issuer/signing-key-es256.jwk.json"))).contains("\"P-256\"");

        String foreign = new DevIssuer(elsewhere).issue("mallory", null, "operator", "partner_id", null);
        assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtException.class);
    }
}
