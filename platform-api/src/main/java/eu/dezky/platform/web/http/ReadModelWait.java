package eu.dezky.platform.web.http;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Lets a controller answer with the read model right after its command: it subscribes to the query before the
 * command is sent, so an update emitted by the projection in between cannot be missed.
 */
@Component
public class ReadModelWait {

    private final QueryGateway queries;

    ReadModelWait(QueryGateway queries) {
        this.queries = queries;
    }

    /** Runs {@code command}, then waits up to {@code timeout} for the query to return a value. */
    public <Q, R> Optional<R> sendThenAwait(Runnable command, Q query, Class<R> type, Duration timeout) {
        return sendThenAwait(command, query, type, value -> true, timeout);
    }

    /** Runs {@code command}, then waits up to {@code timeout} for the query's answer to satisfy {@code until}. */
    public <Q, R> Optional<R> sendThenAwait(Runnable command, Q query, Class<R> type, Predicate<R> until, Duration timeout) {
        return await(command, query, type, until, true, timeout);
    }

    /**
     * Like {@link #sendThenAwait(Runnable, Object, Class, Predicate, Duration)} but only updates emitted after the
     * subscription count: for outcomes the current state may already seem to show (a refusal left by an earlier try).
     */
    public <Q, R> Optional<R> sendThenAwaitUpdate(Runnable command, Q query, Class<R> type, Predicate<R> until,
                                           Duration timeout) {
        return await(command, query, type, until, false, timeout);
    }

    private <Q, R> Optional<R> await(Runnable command, Q query, Class<R> type, Predicate<R> until,
                                     boolean initialCounts, Duration timeout) {
        try (SubscriptionQueryResult<Optional<R>, R> result = queries.subscriptionQuery(
                query, ResponseTypes.optionalInstanceOf(type), ResponseTypes.instanceOf(type))) {
            command.run();
            Flux<R> initial = initialCounts
                    ? result.initialResult().flatMap(Mono::justOrEmpty).flux()
                    : Flux.empty();
            return Flux.concat(initial, result.updates())
                    .filter(until)
                    .next()
                    .timeout(timeout, Mono.empty())
                    .blockOptional();
        }
    }
}
