package eu.dezky.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import eu.dezky.sandbox.fault.FaultGate;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One request to a simulator: decoded path and query, JSON body, and JSON or empty answers. */
public final class SimExchange {

    private final HttpExchange exchange;
    private final ObjectMapper json;
    private final Map<String, List<String>> query;
    private final byte[] body;

    /** Reads the request body eagerly so handlers can parse it more than once. */
    public SimExchange(HttpExchange exchange, ObjectMapper json) throws IOException {
        this.exchange = exchange;
        this.json = json;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.body = exchange.getRequestBody().readAllBytes();
    }

    /** The underlying JDK exchange, for fault injection. */
    public HttpExchange raw() {
        return exchange;
    }

    /** Upper-case HTTP method. */
    public String method() {
        return exchange.getRequestMethod();
    }

    /** Decoded request path. */
    public String path() {
        return exchange.getRequestURI().getPath();
    }

    /** A request header, if present. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** First value of a query parameter, if present. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a repeated query parameter ({@code ?a=1&a=2}), in order; empty when absent. */
    public List<String> queryAll(String name) {
        return List.copyOf(query.getOrDefault(name, List.of()));
    }

    /** The body parsed as JSON; empty when there is no body or it is not valid JSON. */
    public Optional<JsonNode> jsonBody() {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Answers with {@code value} serialised as JSON. */
    public void respond(int status, Object value) throws IOException {
        respond(status, json.writeValueAsBytes(value), "application/json");
    }

    /** Answers with a body, or with none when {@code body} is empty. */
    public void respond(int status, byte[] body, String contentType) throws IOException {
        if (answerLost()) {
            return;
        }
        if (body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Answers with no body (204, or a status whose body the vendor leaves empty). */
    public void respondEmpty(int status) throws IOException {
        if (answerLost()) {
            return;
        }
        exchange.sendResponseHeaders(status, -1);
    }

    /** A lose-answer fault: the request was handled, the connection closes before any response byte. */
    private boolean answerLost() {
        if (!FaultGate.answerLost(exchange)) {
            return false;
        }
        exchange.close();
        return true;
    }

    /** Sets a response header before answering. */
    public SimExchange withHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
        return this;
    }

    /** Serialises {@code value} to a JSON string (for error bodies built ahead of time). */
    public static String toJson(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
