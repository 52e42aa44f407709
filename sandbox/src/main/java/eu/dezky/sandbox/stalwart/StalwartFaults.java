package eu.dezky.sandbox.stalwart;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A scriptable {@link RequestGate} keyed by JMAP method name ({@code "x:Account/set"}, or {@code "*"}
 * for every request): queued one-shot faults (fail the next N, 429 the next N, hang, crash), a seeded
 * failure rate and a fixed latency. Thread-safe.
 */
public final class StalwartFaults implements RequestGate {

    /** Matches every request. */
    public static final String ANY = "*";

    private final Map<String, Deque<Fault>> queued = new HashMap<>();
    private final Map<String, Double> failureRates = new HashMap<>();
    private final Map<String, Duration> latencies = new HashMap<>();
    private Random random;
    private int failureStatus = 503;

    public StalwartFaults(long seed) {
        this.random = new Random(seed);
    }

    /** The next {@code n} requests carrying {@code method} fail with HTTP {@code status}. */
    public synchronized StalwartFaults failNext(String method, int n, int status) {
        return enqueue(method, n, Fault.status(status));
    }

    /** The next {@code n} requests carrying {@code method} get 429 with {@code Retry-After}. */
    public synchronized StalwartFaults throttleNext(String method, int n, Duration retryAfter) {
        return enqueue(method, n, Fault.tooManyRequests(retryAfter));
    }

    /** The next {@code n} requests carrying {@code method} hang until the client times out. */
    public synchronized StalwartFaults hangNext(String method, int n) {
        return enqueue(method, n, Fault.hang());
    }

    /** The next {@code n} requests lose their connection; {@code afterProcessing} keeps the change. */
    public synchronized StalwartFaults crashNext(String method, int n, boolean afterProcessing) {
        return enqueue(method, n, afterProcessing ? Fault.dropAfter() : Fault.dropBefore());
    }

    /** A share of requests (0..1, drawn from the seeded random) fails with {@code status}. */
    public synchronized StalwartFaults failureRate(String method, double rate, int status) {
        failureRates.put(method, rate);
        failureStatus = status;
        return this;
    }

    /** Every request carrying {@code method} is delayed by {@code latency}. */
    public synchronized StalwartFaults latency(String method, Duration latency) {
        latencies.put(method, latency);
        return this;
    }

    /** Forgets every fault and reseeds the random source. */
    public synchronized void clear(long seed) {
        queued.clear();
        failureRates.clear();
        latencies.clear();
        random = new Random(seed);
    }

    @Override
    public synchronized Fault decide(List<String> methodNames) {
        Duration latency = Duration.ZERO;
        for (String key : keys(methodNames)) {
            latency = latency.plus(latencies.getOrDefault(key, Duration.ZERO));
        }
        for (String key : keys(methodNames)) {
            Deque<Fault> faults = queued.get(key);
            if (faults != null && !faults.isEmpty()) {
                return faults.poll().withLatency(latency);
            }
        }
        for (String key : keys(methodNames)) {
            Double rate = failureRates.get(key);
            if (rate != null && random.nextDouble() < rate) {
                return Fault.status(failureStatus).withLatency(latency);
            }
        }
        return Fault.latency(latency);
    }

    private static List<String> keys(List<String> methodNames) {
        List<String> keys = new java.util.ArrayList<>(methodNames);
        keys.add(ANY);
        return keys;
    }

    private StalwartFaults enqueue(String method, int n, Fault fault) {
        Deque<Fault> faults = queued.computeIfAbsent(method, k -> new ArrayDeque<>());
        for (int i = 0; i < n; i++) {
            faults.add(fault);
        }
        return this;
    }
}
