package eu.dezky.platform.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine's own OpenAPI document as a check on every answer a component test receives, so the document cannot
 * drift from the behaviour: the status must be documented for the route (or fall under its {@code default} problem),
 * the body must match the documented schema, and every 4xx/5xx, on any path, must be a problem with a {@code code}
 * and its {@code type} URI. The document is fetched from {@code /v3/api-docs} once per engine (base URL) and parsed
 * once.
 */
public final class Contract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Contract> BY_ENGINE = new ConcurrentHashMap<>();
    private static final String TYPE_BASE = "https://docs.dezky.eu/problems/";

    private final String base;
    private volatile OpenApiInteractionValidator validator;

    private Contract(String base) {
        this.base = base;
    }

    static Contract of(String base) {
        return BY_ENGINE.computeIfAbsent(base, Contract::new);
    }

    /** What is wrong with this answer to {@code method path}; empty when it keeps the contract. */
    public List<String> violations(String method, String pathAndQuery, int status, String contentType, String body) {
        String path = pathAndQuery.split("\\?", 2)[0];
        if (!isApi(path)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(problemShape(status, contentType, body));
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator().validateResponse(path,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        for (ValidationReport.Message message : report.getMessages()) {
            // An unknown route or method has no operation to check against; it must still answer a problem (above).
            boolean undocumentedPath = (message.getKey().endsWith(".path.missing")
                    || message.getKey().equals("validation.request.operation.notAllowed")) && status >= 400;
            if (message.getLevel() == ValidationReport.Level.ERROR && !undocumentedPath) {
                out.add(method + " " + path + " -> " + status + ": " + message.getKey() + " " + message.getMessage());
            }
        }
        return out;
    }

    /** The routes the document covers; the actuator and the document itself are not API routes. */
    private static boolean isApi(String path) {
        return !path.startsWith("/actuator") && !path.startsWith("/v3/api-docs") && !path.startsWith("/swagger-ui");
    }

    /** RFC 9457 with the engine's code on every error, whatever the path (an unknown route too). */
    private static List<String> problemShape(int status, String contentType, String body) {
        if (status < 400) {
            return List.of();
        }
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return List.of(status + " answered as " + contentType + ", not application/problem+json");
        }
        try {
            JsonNode problem = JSON.readTree(body);
            String code = problem.path("code").asText("");
            if (code.isEmpty() || !problem.path("type").asText("").equals(TYPE_BASE + code)
                    || problem.path("status").asInt() != status) {
                return List.of(status + " problem without code, matching type or status: " + body);
            }
            return List.of();
        } catch (IOException e) {
            return List.of(status + " problem body is no JSON: " + body);
        }
    }

    private OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(document()))
                            .build();
                }
            }
        }
        return validator;
    }

    /**
     * The validator reads OpenAPI 3.0 schemas only: given a 3.1 document it loads it but checks no {@code type}. The
     * engine's 3.1 document uses nothing 3.0 lacks (one type per schema, no {@code const}, no {@code null} type), so
     * it is checked as 3.0; should a 3.1-only construct appear, this fails rather than silently checking less.
     */
    static String asOpenApi30(String document) {
        try {
            JsonNode root = JSON.readTree(document);
            List<String> only31 = new ArrayList<>();
            root.findParents("type").forEach(node -> {
                if (node.get("type").isArray()) {
                    only31.add("type " + node.get("type"));
                }
            });
            for (String keyword : List.of("const", "prefixItems", "$schema", "unevaluatedProperties", "$dynamicRef")) {
                if (!root.findValues(keyword).isEmpty()) {
                    only31.add(keyword);
                }
            }
            if (!only31.isEmpty()) {
                throw new IllegalStateException("the document uses OpenAPI 3.1 only constructs the validator cannot"
                        + " check: " + only31);
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) root).put("openapi", "3.0.3");
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("the document is no JSON", e);
        }
    }

    private String document() {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/v3/api-docs")).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + base + "/v3/api-docs", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
