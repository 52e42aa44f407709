package eu.dezky.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.ComponentTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an SSO issuer configured the engine trusts that issuer's keys (found through its OIDC discovery document)
 * and nothing else, and the development token route does not exist.
 */
@ComponentTest
class ConfiguredIssuerTest {

    private static final RSAKey KEY = generateKey();
    private static final HttpServer ISSUER = startIssuer();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("OIDC_ISSUER_URI", ConfiguredIssuerTest::issuerUri);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    @Test
    void devTokenRouteDoesNotExist() {
        var response = new Api(port).send("POST", "/dev/token", null,
                Map.of("sub", "x", "audience", "operator"), Map.of());

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void tokensFromTheIssuerAreAccepted() {
        var me = new Api(port).get("/api/me", sign(issuerUri(), "operator", KEY));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("audience").asText()).isEqualTo("operator");
    }

    @Test
    void tokensForAnotherAudienceOrFromAnotherKeyOrIssuerAreRejected() {
        Api api = new Api(port);
        assertThat(api.get("/api/me", sign(issuerUri(), "some-other-app", KEY)).status()).isEqualTo(401);
        assertThat(api.get("/api/me", sign(issuerUri(), "operator", generateKey())).status()).isEqualTo(401);
        assertThat(api.get("/api/me", sign("https://evil.example/", "operator", KEY)).status()).isEqualTo(401);
    }

    private static String issuerUri() {
        return "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/application/o/dezky/";
    }

    private static String sign(String issuer, String audience, RSAKey key) {
        try {
            var claims = new JWTClaimsSet.Builder().issuer(issuer).subject("sso-user").audience(List.of(audience))
                    .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("k-" + System.nanoTime()).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A minimal OIDC issuer as Authentik exposes it: discovery document plus JWKS. */
    private static HttpServer startIssuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/application/o/dezky/.well-known/openid-configuration", exchange -> {
                String base = issuerUri();
                respond(exchange, "{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base + "jwks/\","
                        + "\"authorization_endpoint\":\"" + base + "authorize/\",\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"response_types_supported\":[\"code\"]}");
            });
            server.createContext("/application/o/dezky/jwks/", exchange ->
                    respond(exchange, new JWKSet(KEY.toPublicJWK()).toString()));
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
