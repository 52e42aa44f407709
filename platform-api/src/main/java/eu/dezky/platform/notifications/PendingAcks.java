package eu.dezky.platform.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The records one batch (one unit of work of the publisher's processor) has sent. Before the batch commits, and with
 * it the processor's token, {@link #awaitAll} waits until the broker acknowledged every one of them; a single failure
 * fails the batch, which is then rolled back and sent again from the stored token.
 */
final class PendingAcks {

    private final List<CompletableFuture<?>> sends = new ArrayList<>();
    private final Duration timeout;

    /** {@code timeout}: how long all sends of the batch may take; the producer settles each within its delivery timeout. */
    PendingAcks(Duration timeout) {
        this.timeout = timeout;
    }

    /** Sends one record; when the send fails at once (no broker, no topic) the batch fails without sending more. */
    void send(Supplier<CompletableFuture<?>> send) {
        CompletableFuture<?> future;
        try {
            future = send.get();
        } catch (RuntimeException e) {
            settle();
            throw e;
        }
        sends.add(future);
        if (future.isCompletedExceptionally()) {
            awaitAll();
        }
    }

    int size() {
        return sends.size();
    }

    /** Returns once every record is acknowledged; throws if any was not, after all of them have settled. */
    void awaitAll() {
        Throwable failure = settle();
        if (failure != null) {
            throw new NotificationsNotDeliveredException(sends.size(), failure);
        }
    }

    /**
     * Waits for every send to succeed or fail, so no record of a failed batch is still on its way when the batch is
     * sent again (the order of first deliveries stays the order of the events); answers the first failure, if any.
     */
    private Throwable settle() {
        long deadline = System.nanoTime() + timeout.toNanos();
        Throwable failure = null;
        for (CompletableFuture<?> future : sends) {
            try {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (TimeoutException e) {
                failure = failure == null ? e : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e;
            }
        }
        return failure;
    }

    /** The broker did not acknowledge every record of a batch; the processor retries the batch after a pause. */
    static final class NotificationsNotDeliveredException extends RuntimeException {

        NotificationsNotDeliveredException(int records, Throwable cause) {
            super("Kafka did not acknowledge every one of " + records + " lifecycle notifications: " + cause, cause);
        }
    }
}
