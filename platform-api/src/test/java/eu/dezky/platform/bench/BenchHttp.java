package eu.dezky.platform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's HTTP client of the engine: dev tokens, JSON requests, the operator's Prometheus page. */
final class BenchHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CALLS = Pattern.compile(
            "^dezky_external_calls_seconds_count\\{([^}]*)}\\s+([0-9.eE+]+)$", Pattern.MULTILINE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    /** A status and a JSON body (null when there is none). */
    record Answer(int status, JsonNode body) {
    }

    BenchHttp(URI base) {
        this.base = base;
    }

    String token(String subject, String audience) {
        return send("POST", "/dev/token", null, Map.of("sub", subject, "audience", audience)).body()
                .get("access_token").asText();
    }

    Answer post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null);
    }

    /** Calls to {@code system} so far by outcome (success, rate-limited …), from {@code dezky_external_calls}. */
    Map<String, Double> externalCalls(String operatorToken, String system) {
        String page = text("/actuator/prometheus", operatorToken);
        Map<String, Double> byOutcome = new java.util.TreeMap<>();
        Matcher matcher = CALLS.matcher(page);
        while (matcher.find()) {
            String labels = matcher.group(1);
            if (labels.contains("system=\"" + system + "\"")) {
                String outcome = labels.replaceAll(".*outcome=\"([^\"]*)\".*", "$1");
                byOutcome.merge(outcome, Double.parseDouble(matcher.group(2)), Double::sum);
            }
        }
        return byOutcome;
    }

    private String text(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer send(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/json").header("Accept", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = response.body().length == 0 ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
