package eu.dezky.sandbox.fault;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.IntFunction;

/**
 * Carries out a {@link FaultInjector}'s decision on a JDK {@link HttpExchange}. A simulator calls
 * {@link #intercept(String, HttpExchange)} once it knows which operation a request is; when that
 * returns {@code true} the request has been answered (or dropped) and the simulator must not touch it.
 */
public final class FaultGate {

    /**
     * Exchanges under a {@link Fault.LoseAnswer}, whose answer {@code SimExchange} drops. Not exchange attributes:
     * the JDK server keeps those in the shared context, so one fault would leak into every later request.
     */
    private static final Set<HttpExchange> LOSING = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    private final FaultInjector injector;
    private final IntFunction<String> errorJson;
    private final Duration maxHang;

    /**
     * @param errorJson the vendor's JSON error body for an injected status, so clients parse it as usual
     * @param maxHang   upper bound of a hang, so a forgotten fault cannot pin a server thread forever
     */
    public FaultGate(FaultInjector injector, IntFunction<String> errorJson, Duration maxHang) {
        this.injector = injector;
        this.errorJson = errorJson;
        this.maxHang = maxHang;
    }

    /** Applies the fault planned for {@code operation}; {@code true} when the exchange is finished. */
    public boolean intercept(String operation, HttpExchange exchange) throws IOException {
        Fault fault = injector.decide(operation);
        if (fault instanceof Fault.Proceed proceed) {
            pause(proceed.latency());
            return false;
        }
        if (fault instanceof Fault.Fail fail) {
            respond(exchange, fail);
            return true;
        }
        if (fault instanceof Fault.LoseAnswer) {
            LOSING.add(exchange);
            return false;
        }
        if (fault instanceof Fault.Hang) {
            try {
                injector.awaitHang(maxHang);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // Closing before the response headers are sent makes the JDK server drop the connection.
        exchange.close();
        return true;
    }

    /** True (once) when the answer to {@code exchange} must be lost: the caller closes it instead of answering. */
    public static boolean answerLost(HttpExchange exchange) {
        return LOSING.remove(exchange);
    }

    private void respond(HttpExchange exchange, Fault.Fail fail) throws IOException {
        if (fail.retryAfter() != null) {
            exchange.getResponseHeaders().set("Retry-After", Long.toString(fail.retryAfter().toSeconds()));
        }
        byte[] body = errorJson.apply(fail.status()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(fail.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void pause(Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
