package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The HTTP face of the simulator: {@code GET /jmap/session}, {@code GET /.well-known/jmap} (307),
 * {@code POST /jmap} and {@code /jmap/}; Basic or Bearer authentication with Stalwart's 401
 * problem document; the {@link RequestGate} consulted once per API request.
 */
final class SimulatorHttp implements HttpHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StalwartSimulatorSettings settings;
    private final JmapApi api;
    private final Supplier<RequestGate> gate;
    private final Consumer<List<String>> counter;
    private final StalwartSimulator.ExchangeLog log;
    private final Supplier<ObjectNode> session;
    private final CountDownLatch closed;

    SimulatorHttp(StalwartSimulatorSettings settings, JmapApi api, Supplier<RequestGate> gate,
                  Consumer<List<String>> counter, StalwartSimulator.ExchangeLog log, Supplier<ObjectNode> session,
                  CountDownLatch closed) {
        this.settings = settings;
        this.api = api;
        this.gate = gate;
        this.counter = counter;
        this.log = log;
        this.session = session;
        this.closed = closed;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/.well-known/jmap") && method.equals("GET")) {
                exchange.getResponseHeaders().add("Location", "/jmap/session");
                exchange.sendResponseHeaders(307, -1);
            } else if (path.equals("/jmap/session") && method.equals("GET")) {
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                if (auth != null && !authenticated(auth)) {
                    unauthorized(exchange);
                } else {
                    send(exchange, 200, "application/json", session(auth != null));
                }
            } else if ((path.equals("/jmap") || path.equals("/jmap/")) && method.equals("POST")) {
                api(exchange);
            } else {
                send(exchange, 404, "application/problem+json", problem("about:blank", 404, "Not Found",
                        "The requested resource does not exist on this server."));
            }
        }
    }

    private JsonNode session(boolean authenticated) {
        ObjectNode full = session.get();
        if (!authenticated) {
            full.putObject("accounts");
            full.putObject("primaryAccounts");
            full.put("username", "");
        }
        return full;
    }

    private void api(HttpExchange exchange) throws IOException {
        if (!authenticated(exchange.getRequestHeaders().getFirst("Authorization"))) {
            unauthorized(exchange);
            return;
        }
        JsonNode request;
        try {
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null && !contentType.split(";")[0].trim().equalsIgnoreCase("application/json")) {
                throw new JmapApi.RequestProblem("urn:ietf:params:jmap:error:notJSON", "Expected application/json");
            }
            try {
                request = JSON.readTree(exchange.getRequestBody());
            } catch (IOException e) {
                throw new JmapApi.RequestProblem("urn:ietf:params:jmap:error:notJSON", "Invalid JSON");
            }
            List<String> names = JmapApi.methodNames(request == null ? JSON.nullNode() : request);
            counter.accept(names);
            Fault fault = gate.get().decide(names);
            if (!fault.latency().isZero()) {
                Thread.sleep(fault.latency().toMillis());
            }
            switch (fault.kind()) {
                case STATUS -> send(exchange, fault.status(), "application/problem+json",
                        problem("about:blank", fault.status(), "Injected fault", "Simulated server failure."));
                case TOO_MANY_REQUESTS -> {
                    long seconds = (fault.retryAfter().toMillis() + 999) / 1000;
                    exchange.getResponseHeaders().add("Retry-After", Long.toString(seconds));
                    send(exchange, 429, "application/problem+json",
                            problem("about:blank", 429, "Too Many Requests", "Rate limit exceeded."));
                }
                case HANG -> closed.await(60, TimeUnit.SECONDS);
                case DROP_BEFORE -> {
                    // closing without a response makes the JDK server drop the TCP connection
                }
                case DROP_AFTER -> log.record(request, api.handle(request));
                default -> {
                    ObjectNode response = api.handle(request);
                    log.record(request, response);
                    send(exchange, 200, "application/json", response);
                }
            }
        } catch (JmapApi.RequestProblem e) {
            send(exchange, 400, "application/problem+json", problem(e.type, 400, "Bad Request", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean authenticated(String header) {
        if (header == null) {
            return false;
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim().equals(settings.apiKey());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0
                        && decoded.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(settings.adminLogin())
                        && decoded.substring(colon + 1).equals(settings.adminSecret());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    private static void unauthorized(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"Stalwart Server\"");
        exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Stalwart Server\"");
        send(exchange, 401, "application/problem+json",
                problem("about:blank", 401, "Unauthorized", "You have to authenticate first."));
    }

    private static ObjectNode problem(String type, int status, String title, String detail) {
        return JSON.createObjectNode().put("type", type).put("status", status).put("title", title)
                .put("detail", detail);
    }

    private static void send(HttpExchange exchange, int status, String contentType, JsonNode body)
            throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
