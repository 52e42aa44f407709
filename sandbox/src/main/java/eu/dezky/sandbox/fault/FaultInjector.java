package eu.dezky.sandbox.fault;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-operation fault plan of one simulator. An operation is any key the simulator chooses (for example
 * {@code "POST /core/users/"} or a JMAP method name); the key {@link #ANY} applies to every operation.
 * Counted faults (fail, throttle, hang, crash the next N calls) are consumed in that order of precedence
 * before the random failure rate is rolled; latency is added to every call that is let through.
 *
 * <p>Thread-safe: simulators call {@link #decide(String)} from their request threads while tests arm
 * faults. The random source is seeded so a failure-rate run is reproducible.
 */
public final class FaultInjector {

    /** Operation key that matches every operation. */
    public static final String ANY = "*";

    private long seed;
    private final Map<String, Plan> plans = new HashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private Random random;
    private volatile HangLatch hangs = new HangLatch();

    /** An injector whose failure-rate dice are seeded with {@code seed}. */
    public FaultInjector(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Adds {@code latency} to every call of {@code operation}. */
    public synchronized FaultInjector latency(String operation, Duration latency) {
        plan(operation).latency = latency;
        return this;
    }

    /** Fails each call of {@code operation} with {@code status} with probability {@code rate} (0..1). */
    public synchronized FaultInjector failureRate(String operation, double rate, int status) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be within 0..1: " + rate);
        }
        Plan plan = plan(operation);
        plan.failureRate = rate;
        plan.failureRateStatus = status;
        return this;
    }

    /** Answers the next {@code count} calls of {@code operation} with {@code status}. */
    public synchronized FaultInjector failNext(String operation, int count, int status) {
        Plan plan = plan(operation);
        plan.failCount = count;
        plan.failStatus = status;
        return this;
    }

    /** Answers the next {@code count} calls with 429 and a {@code Retry-After} of whole seconds. */
    public synchronized FaultInjector throttleNext(String operation, int count, Duration retryAfter) {
        Plan plan = plan(operation);
        plan.throttleCount = count;
        plan.retryAfter = retryAfter;
        return this;
    }

    /** Holds the next {@code count} calls unanswered until the client times out or {@link #clear()}. */
    public synchronized FaultInjector hangNext(String operation, int count) {
        plan(operation).hangCount = count;
        return this;
    }

    /** Drops the connection of the next {@code count} calls without any response. */
    public synchronized FaultInjector crashNext(String operation, int count) {
        plan(operation).crashCount = count;
        return this;
    }

    /** Processes the next {@code count} calls, then drops their connections without an answer. */
    public synchronized FaultInjector loseAnswerNext(String operation, int count) {
        plan(operation).loseAnswerCount = count;
        return this;
    }

    /** Uses {@code newSeed} for the failure-rate dice from now on, and after every {@link #clear()}. */
    public synchronized FaultInjector reseed(long newSeed) {
        this.seed = newSeed;
        this.random = new Random(newSeed);
        return this;
    }

    /** Removes every fault, releases hanging requests, resets the dice and the call counters. */
    public synchronized void clear() {
        plans.clear();
        calls.clear();
        random = new Random(seed);
        hangs.release();
        hangs = new HangLatch();
    }

    /** How many calls of {@code operation} reached the simulator (faulted or not) since the last clear. */
    public int calls(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    /** Counts the call and decides its fate; simulators call this once per request. */
    public synchronized Fault decide(String operation) {
        calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        Plan specific = plans.get(operation);
        Plan any = plans.get(ANY);
        Fault counted = consume(specific);
        if (counted == null) {
            counted = consume(any);
        }
        if (counted != null) {
            return counted;
        }
        Fault rolled = roll(specific);
        if (rolled == null) {
            rolled = roll(any);
        }
        if (rolled != null) {
            return rolled;
        }
        return new Fault.Proceed(latencyOf(specific).plus(latencyOf(any)));
    }

    /** Blocks the calling request thread for a {@link Fault.Hang}, at most {@code max}. */
    public void awaitHang(Duration max) throws InterruptedException {
        hangs.await(max);
    }

    private static Fault consume(Plan plan) {
        if (plan == null) {
            return null;
        }
        if (plan.failCount > 0) {
            plan.failCount--;
            return new Fault.Fail(plan.failStatus, null);
        }
        if (plan.throttleCount > 0) {
            plan.throttleCount--;
            return new Fault.Fail(429, plan.retryAfter);
        }
        if (plan.hangCount > 0) {
            plan.hangCount--;
            return new Fault.Hang();
        }
        if (plan.crashCount > 0) {
            plan.crashCount--;
            return new Fault.Crash();
        }
        if (plan.loseAnswerCount > 0) {
            plan.loseAnswerCount--;
            return new Fault.LoseAnswer();
        }
        return null;
    }

    private Fault roll(Plan plan) {
        if (plan == null || plan.failureRate <= 0) {
            return null;
        }
        return random.nextDouble() < plan.failureRate ? new Fault.Fail(plan.failureRateStatus, null) : null;
    }

    private static Duration latencyOf(Plan plan) {
        return plan == null ? Duration.ZERO : plan.latency;
    }

    private Plan plan(String operation) {
        return plans.computeIfAbsent(operation, k -> new Plan());
    }

    /** Mutable per-operation settings; only touched under the injector's lock. */
    private static final class Plan {
        Duration latency = Duration.ZERO;
        double failureRate;
        int failureRateStatus = 500;
        int failCount;
        int failStatus;
        int throttleCount;
        Duration retryAfter = Duration.ZERO;
        int hangCount;
        int crashCount;
        int loseAnswerCount;
    }
}
