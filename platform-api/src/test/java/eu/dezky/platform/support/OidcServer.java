package eu.dezky.platform.support;

import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import java.util.List;
import java.util.Map;

/**
 * One real OIDC server per test JVM ({@code mock-oauth2-server}): every path segment is an issuer of its own, with
 * its discovery document, JWKS and signing key, as Authentik gives each OAuth2 provider its own issuer. Started on
 * first use, stopped with the JVM.
 */
public final class OidcServer {

    private static MockOAuth2Server server;

    private OidcServer() {
    }

    public static synchronized MockOAuth2Server get() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    /** The issuer URI of {@code issuerId}, as its discovery document and its tokens name it. */
    public static String issuer(String issuerId) {
        return get().issuerUrl(issuerId).toString();
    }

    /** A token of {@code issuerId} for {@code subject} with {@code aud}, extra claims, valid for {@code seconds}. */
    public static String token(String issuerId, String subject, String audience, Map<String, Object> claims, long seconds) {
        SignedJWT jwt = get().issueToken(issuerId, "portal", new DefaultOAuth2TokenCallback(issuerId, subject, "JWT",
                List.of(audience), claims, seconds));
        return jwt.serialize();
    }
}
