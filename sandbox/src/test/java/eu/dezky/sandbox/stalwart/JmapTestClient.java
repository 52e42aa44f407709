package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A deliberately dumb JMAP caller for simulator tests: raw JSON in, raw JSON out. */
final class JmapTestClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final StalwartSimulator simulator;

    JmapTestClient(StalwartSimulator simulator) {
        this.simulator = simulator;
    }

    String basicAuth() {
        StalwartSimulatorSettings s = simulator.settings();
        return "Basic " + Base64.getEncoder().encodeToString((s.adminLogin() + ":" + s.adminSecret())
                .getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> raw(String method, String path, String auth, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one method call and returns its response triple {@code [name, args, callId]}. */
    JsonNode call(String method, String argsJson) {
        try {
            ObjectNode request = JSON.createObjectNode();
            request.putArray("using").add("urn:ietf:params:jmap:core").add("urn:stalwart:jmap");
            ArrayNode call = request.putArray("methodCalls").addArray();
            call.add(method).add(JSON.readTree(argsJson)).add("c1");
            HttpResponse<String> response = raw("POST", "/jmap/", basicAuth(), "application/json",
                    JSON.writeValueAsString(request));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).path("methodResponses").path(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The arguments of a successful call's response. */
    JsonNode ok(String method, String argsJson) {
        JsonNode response = call(method, argsJson);
        if (!response.path(0).asText().equals(method)) {
            throw new IllegalStateException("method error: " + response);
        }
        return response.path(1);
    }

    String createDomain(String name) {
        return ok("x:Domain/set", "{\"create\":{\"d\":{\"name\":\"" + name + "\"}}}")
                .path("created").path("d").path("id").asText();
    }
}
