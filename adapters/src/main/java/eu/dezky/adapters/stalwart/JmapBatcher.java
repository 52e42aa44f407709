package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.adapters.http.AdapterException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Puts the method calls of concurrent callers (the saga threads onboarding many members at once) into shared JMAP
 * requests: every request counts against Stalwart's per-minute limit, a method call does not (RFC 8620 §3.3). One
 * request is under way at a time; a caller that finds none sends its calls at once, together with the calls of every
 * caller that queued while the last one was under way (whole callers, in arrival order, at most
 * {@code maxCallsInRequest} calls). So a lone caller never waits for company, and under load the calls of several
 * members share a request. A caller that has waited longer than {@code patience} sends beside the one under way (up
 * to the target's concurrent requests), so one slow or hanging request does not hold up every other caller. A failure
 * of the request as a whole (throttled, unreachable, refused) is every one of its callers' failure; a method error is
 * only its own caller's.
 */
final class JmapBatcher {

    /** Sends calls in one request and answers each call's method response ({@code [name, args, id]}), by position. */
    @FunctionalInterface
    interface Sender {
        List<JsonNode> send(List<JmapTransport.MethodCall> calls);
    }

    /** One caller's calls and, once settled, its answers or the request's failure. */
    private static final class Group {
        final List<JmapTransport.MethodCall> calls;
        List<JsonNode> answers;
        RuntimeException failure;
        boolean settled;

        Group(List<JmapTransport.MethodCall> calls) {
            this.calls = calls;
        }
    }

    /** How long a caller waits for the request under way before it sends beside it. */
    static final Duration PATIENCE = Duration.ofMillis(250);

    private final Sender sender;
    private final int maxInFlight;
    private final long patienceNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition requestEnded = lock.newCondition();
    private final ArrayDeque<Group> queue = new ArrayDeque<>();
    private int inFlight;

    JmapBatcher(Sender sender, int maxInFlight, Duration patience) {
        this.sender = sender;
        this.maxInFlight = Math.max(1, maxInFlight);
        this.patienceNanos = patience.toNanos();
    }

    /**
     * Sends {@code calls} (no more than {@code maxCalls}), alone or with other callers' calls, and answers their
     * method responses by position.
     */
    List<JsonNode> send(List<JmapTransport.MethodCall> calls, int maxCalls) {
        Group mine = new Group(calls);
        boolean interrupted = false;
        long impatientAt = System.nanoTime() + patienceNanos;
        lock.lock();
        try {
            queue.add(mine);
            while (!mine.settled) {
                long patience = impatientAt - System.nanoTime();
                if (inFlight == 0 || patience <= 0 && inFlight < maxInFlight && queue.contains(mine)) {
                    inFlight++;
                    List<Group> batch = take(maxCalls);
                    lock.unlock();
                    try {
                        send(batch);
                    } finally {
                        lock.lock();
                        inFlight--;
                        requestEnded.signalAll();
                    }
                } else {
                    try {
                        if (patience > 0) {
                            requestEnded.awaitNanos(patience);
                        } else {
                            requestEnded.await();
                        }
                    } catch (InterruptedException e) {
                        if (queue.remove(mine)) {
                            Thread.currentThread().interrupt();
                            throw new AdapterException(AdapterException.Kind.TRANSIENT, StalwartErrors.TARGET, 0,
                                    "interrupted while waiting to send " + calls.get(0).method(), null, e);
                        }
                        // already on its way: its answer is worth the short wait
                        interrupted = true;
                    }
                }
            }
        } finally {
            lock.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.answers;
    }

    /** Callers waiting for a request (tests watch a batch form). */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Whole groups from the head of the queue while they fit; the first always does (it is at most maxCalls). */
    private List<Group> take(int maxCalls) {
        List<Group> batch = new ArrayList<>();
        int calls = 0;
        while (!queue.isEmpty() && (batch.isEmpty() || calls + queue.peek().calls.size() <= maxCalls)) {
            Group next = queue.poll();
            batch.add(next);
            calls += next.calls.size();
        }
        return batch;
    }

    /** Sends the batch outside the lock and settles every group in it, whatever happens. */
    private void send(List<Group> batch) {
        List<JmapTransport.MethodCall> all = new ArrayList<>();
        batch.forEach(g -> all.addAll(g.calls));
        RuntimeException failure = null;
        List<JsonNode> answers = List.of();
        try {
            answers = sender.send(all);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            int from = 0;
            lock.lock();
            try {
                for (Group g : batch) {
                    if (failure == null && answers.size() == all.size()) {
                        g.answers = answers.subList(from, from + g.calls.size());
                    } else {
                        g.failure = failure != null ? failure : new AdapterException(AdapterException.Kind.TRANSIENT,
                                StalwartErrors.TARGET, 0, "the request ended without answers", null, null);
                    }
                    from += g.calls.size();
                    g.settled = true;
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
