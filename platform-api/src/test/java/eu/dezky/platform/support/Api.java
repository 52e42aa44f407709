package eu.dezky.platform.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small HTTP client for component tests: JSON in, status + headers + JSON out, tokens from {@code /dev/token}. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Contract contract;

    /** A client whose every answer is checked against the engine's own OpenAPI document (fetched once per port). */
    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.contract = Contract.of(base);
    }

    /** The contract check this client applies to every answer. */
    public Contract contract() {
        return contract;
    }

    /** The status, headers and parsed body of one response. */
    public record Response(int status, Map<String, List<String>> headers, JsonNode body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public String token(String subject, String audience) {
        return token(subject, audience, null);
    }

    public String token(String subject, String audience, String partnerId) {
        var body = new HashMap<String, Object>(Map.of("sub", subject, "audience", audience, "email", subject + "@example.test"));
        if (partnerId != null) {
            body.put("partnerId", partnerId);
        }
        Response response = send("POST", "/dev/token", null, body, Map.of());
        if (response.status() != 200) {
            throw new IllegalStateException("dev token refused: " + response);
        }
        return response.body().get("access_token").asText();
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    public Response send(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            if (body != null) {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
                    request.header("Content-Type", "application/json");
                }
                request.method(method, HttpRequest.BodyPublishers.ofString(text));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            List<String> violations = contract.violations(method, path, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
            if (!violations.isEmpty()) {
                throw new AssertionError("the answer breaks the engine's OpenAPI document: " + violations);
            }
            JsonNode json = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), response.headers().map(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The portal's exact create-tenant body. */
    public static Map<String, Object> tenantBody(String slug, String ownerSubject, String partnerId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("slug", slug);
        body.put("displayName", "Tenant " + slug);
        body.put("owner", Map.of("subject", ownerSubject, "email", ownerSubject + "@" + slug + ".test"));
        body.put("partnerId", partnerId);
        return body;
    }
}
