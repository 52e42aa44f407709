package eu.dezky.platform.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;

/**
 * Lets a controller answer with the read model right after its command: it subscribes to the query before the
 * command is sent, so an update emitted by the projection in between cannot be missed.
 */
@Component
class ReadModelWait {

    private final QueryGateway queries;

    ReadModelWait(QueryGateway queries) {
        this.queries = queries;
    }

    /** Runs {@code command}, then waits up to {@code timeout} for the query to return a value. */
    <Q, R> Optional<R> sendThenAwait(Runnable command, Q query, Class<R> type, Duration timeout) {
        try (SubscriptionQueryResult<Optional<R>, R> result = queries.subscriptionQuery(
                query, ResponseTypes.optionalInstanceOf(type), ResponseTypes.instanceOf(type))) {
            command.run();
            return result.initialResult()
                    .flatMap(initial -> initial.map(Mono::just).orElseGet(Mono::empty))
                    .switchIfEmpty(result.updates().next())
                    .timeout(timeout, Mono.empty())
                    .blockOptional();
        }
    }
}
